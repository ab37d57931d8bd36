package org.mailspec.wire;

import java.time.Duration;
import org.mailspec.settings.Endpoint;

/** The server stopped reading: a write did not complete before the deadline, so the connection was closed. */
public final class WriteTimeoutException extends WireException {
    private final Duration timeout;

    public WriteTimeoutException(String connection, Endpoint endpoint, String what, Duration timeout) {
        super(connection, endpoint, what, "timed out after " + Durations.seconds(timeout) + " sending " + what
                + " (the server does not read); connection closed", null);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
