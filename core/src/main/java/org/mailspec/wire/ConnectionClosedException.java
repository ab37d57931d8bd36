package org.mailspec.wire;

import org.mailspec.settings.Endpoint;

/** The peer closed (FIN) or reset (RST) the connection while something was still awaited or being sent. */
public final class ConnectionClosedException extends WireException {
    private final boolean reset;
    private final byte[] received;

    public ConnectionClosedException(String connection, Endpoint endpoint, String awaited, boolean reset,
                                     byte[] received, Throwable cause) {
        super(connection, endpoint, awaited,
                (reset ? "the connection was reset by the server" : "the server closed the connection")
                        + " while " + awaited + "; received so far (" + received.length + " bytes): \""
                        + excerpt(received) + "\"",
                cause);
        this.reset = reset;
        this.received = received.clone();
    }

    /** True for a reset (RST, "connection reset"), false for an orderly close (end of stream). */
    public boolean reset() {
        return reset;
    }

    /** The bytes of the incomplete unit received before the close (possibly none). */
    public byte[] received() {
        return received.clone();
    }
}
