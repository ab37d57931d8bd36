package org.mailspec.report;

import java.time.Instant;
import java.util.Objects;

/** One run of the suites: its id (shared by the IMAP and POP3 JVMs), when it started, how long it took. */
public record RunInfo(String id, Instant startedAt, long durationMs) {
    public RunInfo {
        Objects.requireNonNull(id, "run id");
        Objects.requireNonNull(startedAt, "startedAt");
        if (durationMs < 0) {
            throw new IllegalArgumentException("run durationMs is negative: " + durationMs);
        }
    }
}
