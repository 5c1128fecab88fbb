package dev.scalinglens.catalog;

/**
 * What a merge does with a field that both the base catalog and the overlay set, to different values.
 * Either way the field is listed in the {@link MergeReport}; a field that only one side sets is always
 * kept (an overlay never erases what it does not carry).
 */
public enum MergePolicy {
    /** The overlay (the user's file, the later catalog) wins. The default. */
    OVERLAY_WINS,
    /**
     * The base (curated) value is kept when it is a reported value: any field other than a quantity marked
     * estimated. An estimated base quantity is still replaced by the overlay's.
     */
    KEEP_CURATED_REPORTED;

    public static MergePolicy defaultPolicy() {
        return OVERLAY_WINS;
    }
}
