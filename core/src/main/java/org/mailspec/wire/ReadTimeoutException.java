package org.mailspec.wire;

import java.time.Duration;
import org.mailspec.settings.Endpoint;

/**
 * Nothing complete arrived before the deadline. The deadline covers the whole awaited unit (a line,
 * a literal, a response), so a server trickling one byte at a time cannot stretch it.
 */
public final class ReadTimeoutException extends WireException {
    private final Duration timeout;
    private final byte[] received;

    public ReadTimeoutException(String connection, Endpoint endpoint, String awaited, Duration timeout, byte[] received) {
        super(connection, endpoint, awaited,
                "timed out after " + Durations.seconds(timeout) + " awaiting " + awaited
                        + "; received so far (" + received.length + " bytes): \"" + excerpt(received) + "\"",
                null);
        this.timeout = timeout;
        this.received = received.clone();
    }

    public Duration timeout() {
        return timeout;
    }

    /** The bytes of the incomplete unit received before the deadline (possibly none). */
    public byte[] received() {
        return received.clone();
    }
}
