package org.mailspec.wire;

import org.mailspec.settings.Endpoint;

/** TLS did not come up. {@link #reason()} classifies the cause; the message says it in one line. */
public final class TlsHandshakeException extends WireException {

    public enum Reason {
        /** The chain does not lead to a trusted root (self-signed, private CA, expired). */
        CERTIFICATE_NOT_TRUSTED,
        /** The certificate does not name the host connected to. */
        HOSTNAME_MISMATCH,
        /** This JVM will not offer the requested protocols (disabled by jdk.tls.disabledAlgorithms). */
        PROTOCOL_DISABLED_LOCALLY,
        /** The server sent a TLS alert refusing the handshake (e.g. protocol_version, handshake_failure). */
        REFUSED_BY_SERVER,
        /** The server closed or reset the connection during the handshake. */
        CLOSED_BY_SERVER,
        /** The server answered with something that is not TLS (plaintext). */
        NOT_TLS,
        /** The handshake did not finish before the deadline. */
        TIMEOUT,
        OTHER
    }

    private final Reason reason;

    public TlsHandshakeException(String connection, Endpoint endpoint, Reason reason, String detail, Throwable cause) {
        super(connection, endpoint, "a TLS handshake", "TLS handshake failed: " + describe(reason) + " (" + detail + ")"
                + (reason == Reason.CERTIFICATE_NOT_TRUSTED || reason == Reason.HOSTNAME_MISMATCH
                        ? "; set tls.insecure=true to accept a self-signed certificate" : "")
                + (reason == Reason.PROTOCOL_DISABLED_LOCALLY
                        ? "; this JVM disables it, so the server's answer was never tested" : ""),
                cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    private static String describe(Reason reason) {
        return switch (reason) {
            case CERTIFICATE_NOT_TRUSTED -> "certificate not trusted";
            case HOSTNAME_MISMATCH -> "certificate does not match the host name";
            case PROTOCOL_DISABLED_LOCALLY -> "no requested protocol is enabled in this JVM";
            case REFUSED_BY_SERVER -> "the server refused the handshake";
            case CLOSED_BY_SERVER -> "the server closed the connection during the handshake";
            case NOT_TLS -> "the server did not answer with TLS";
            case TIMEOUT -> "timed out";
            case OTHER -> "handshake error";
        };
    }
}
