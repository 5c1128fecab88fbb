package dev.scalinglens.charts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The accepted range of a numeric settings component, for editors to state ("128 … 1,048,576 tokens") before the
 * record refuses a value. Give the record's own constants ({@code min = MIN_CONTEXT_TOKENS}) so its constructor
 * check and this statement cannot drift apart: the constructor stays the one that refuses.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface SettingRange {
    double min();

    double max();

    /** Unit after the range ("tokens"), or empty. */
    String unit() default "";
}
