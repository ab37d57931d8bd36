package org.mailspec.wire;

import java.time.Duration;

/**
 * A point in time by which something must have arrived, with the budget it was set from (for
 * messages: "timed out after 2.000s"). One deadline can span several reads: the line and the
 * literals of one response, or every response until a command completes.
 */
public record Deadline(long nanoTime, Duration budget) {

    public static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos(), budget);
    }

    public long remainingNanos() {
        return nanoTime - System.nanoTime();
    }

    public boolean passed() {
        return remainingNanos() <= 0;
    }
}
