package org.mailspec.audit.steps;

import org.mailspec.run.RuleViolation;

/**
 * How one protocol's RFCs word the rules that the shared steps judge alike.
 *
 * @param accepting        the answer that accepts a command, as a finding names it ({@code OK}, {@code +OK})
 * @param refusing         the answers that refuse one ({@code NO or BAD}, {@code -ERR})
 * @param cleartextRefused the rule a password accepted without TLS breaks, with the refusal expected
 * @param userNamesHidden  the rule two failed logins answered differently break, with what is expected
 */
public record AuditRules(String accepting, String refusing, Rule cleartextRefused, Rule userNamesHidden) {

    /** A rule and the answers it accepts, as a {@link RuleViolation} states them. */
    public record Rule(String rule, String expected) {
        public RuleViolation brokenBy(String actual, String connection) {
            return new RuleViolation(rule, expected, actual, connection);
        }
    }
}
