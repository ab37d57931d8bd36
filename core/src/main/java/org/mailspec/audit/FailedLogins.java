package org.mailspec.audit;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The protocol-independent rules of the failed-login audit: the credentials it makes up, how many
 * failures it may cause, what counts as delayed, and how two failure answers are compared.
 */
public final class FailedLogins {
    /** A failure answered sooner than this is "not delayed". */
    public static final Duration NO_DELAY = Duration.ofMillis(1000);
    /** The user names the audit makes up start with this, followed by 8 hex digits. */
    public static final String UNKNOWN_USER_PREFIX = "mailspec-nobody-";
    /** The most failed logins one probe may cause. */
    public static final int MAX_FAILURES = 5;

    private FailedLogins() {
    }

    /** A user name no server has: {@link #UNKNOWN_USER_PREFIX} and 8 hex digits. */
    public static String unknownUser() {
        return UNKNOWN_USER_PREFIX + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String wrongPassword() {
        return "wrong-" + UUID.randomUUID();
    }

    /** The wrong password of the {@code i}th failure of a series. */
    public static String wrongPassword(int i) {
        return "wrong-" + i + "-" + UUID.randomUUID();
    }

    /** Refuses a probe of fewer than 1 or more than {@link #MAX_FAILURES} failures. */
    public static void requireBounded(int times) {
        if (times < 1 || times > MAX_FAILURES) {
            throw new IllegalArgumentException("between 1 and " + MAX_FAILURES + " failed logins, not " + times
                    + ": the probe stays bounded");
        }
    }

    /** True when an answer that took {@code millis} counts as delayed. */
    public static boolean delayed(long millis) {
        return millis >= NO_DELAY.toMillis();
    }

    /** The text with the user names tried replaced by {@code <user>}: echoing the name back tells nothing. */
    public static String withoutUserNames(String text, String knownUser) {
        return text.replaceAll(UNKNOWN_USER_PREFIX + "[0-9a-f]{8}", "<user>")
                .replaceAll("(?<![\\w.-])" + Pattern.quote(knownUser) + "(?![\\w.-])", "<user>");
    }

    /** Milliseconds since {@code t0}, a {@link System#nanoTime()} reading. */
    public static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
