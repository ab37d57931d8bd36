package org.mailspec.report;

/**
 * What a scenario concluded about the server.
 *
 * <ul>
 * <li>{@link #PASS}: the rule holds.</li>
 * <li>{@link #FAIL}: a {@code @must} rule is broken.</li>
 * <li>{@link #WARN}: a {@code @should} rule is broken.</li>
 * <li>{@link #SKIP}: not applicable here (capability absent, or not configured).</li>
 * <li>{@link #ERROR}: the harness could not judge (connection refused, timeout, unparseable reply).
 * Never folded into PASS or FAIL.</li>
 * </ul>
 *
 * The declaration order is the order every writer uses.
 */
public enum Verdict {
    PASS, FAIL, WARN, SKIP, ERROR;

    /** Whether this verdict, on a scenario not in the baseline, fails the build. */
    public boolean failsBuild(boolean strict) {
        return this == FAIL || this == ERROR || (strict && this == WARN);
    }
}
