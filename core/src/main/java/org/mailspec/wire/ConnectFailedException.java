package org.mailspec.wire;

import org.mailspec.settings.Endpoint;

/** The TCP connection could not be opened; {@link #reason()} says why in one word. */
public final class ConnectFailedException extends WireException {

    public enum Reason {
        REFUSED("connection refused: nothing listens on that port"),
        UNKNOWN_HOST("unknown host: the name does not resolve"),
        UNREACHABLE("host unreachable: no route to it"),
        TIMEOUT("connect timed out"),
        BIND_FAILED("cannot bind the local address set by client.bind"),
        OTHER("connect failed");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final Reason reason;

    public ConnectFailedException(String connection, Endpoint endpoint, Reason reason, String detail, Throwable cause) {
        super(connection, endpoint, "a TCP connection",
                "cannot connect to " + hostPort(endpoint) + " (" + reason.text()
                        + (detail == null || detail.isBlank() ? "" : "; " + detail) + ")", cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
