package dev.scalinglens.science.trends;

/** How the points are split into groups, each with its own fit beside the overall one. */
public enum TrendGrouping {
    /** One fit over every point. */
    NONE,
    /** By the model's organisation (the accelerator's vendor). */
    ORGANIZATION,
    /** Open weights against closed (unknown kept apart). */
    OPEN_WEIGHTS,
    /** Before and after a split date (default 2022-11-30, ChatGPT's release). */
    ERA;

    public static final java.time.LocalDate CHATGPT = java.time.LocalDate.of(2022, 11, 30);
}
