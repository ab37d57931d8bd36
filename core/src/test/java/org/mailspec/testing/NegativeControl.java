package org.mailspec.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a unit test that shows an assertion step failing against a scripted server that breaks
 * the step's rule. The value names the step method as {@code SimpleClassName#method}. Each suite
 * has a test that every {@code @Then} method is named by at least one NegativeControl.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NegativeControl {
    String[] value();
}
