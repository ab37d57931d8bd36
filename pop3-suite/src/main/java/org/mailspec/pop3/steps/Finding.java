package org.mailspec.pop3.steps;

import java.util.Objects;

/**
 * Something the server did wrong that the harness saw outside any assertion step (while it looked
 * for the seeded messages, read a reply no step judged, or cleaned up): {@link Verdicts} turns it
 * into a {@link org.mailspec.run.RuleViolation} after the scenario, so that nothing the server said
 * is dropped.
 *
 * @param rule     what the RFC requires, with its section
 * @param expected the acceptable answers
 * @param actual   what arrived, escaped
 */
public record Finding(String rule, String expected, String actual) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
    }
}
