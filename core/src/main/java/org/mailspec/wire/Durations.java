package org.mailspec.wire;

import java.time.Duration;
import java.util.Locale;

/** Durations as people read them in messages: {@code 2.000s}. */
public final class Durations {
    private Durations() {
    }

    public static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3fs", d.toNanos() / 1e9);
    }
}
