package org.mailspec.wire;

import java.io.IOException;
import java.util.Optional;
import org.mailspec.text.Ascii;
import org.mailspec.settings.Endpoint;

/**
 * Something went wrong on the wire, as opposed to the server breaking a protocol rule: the harness
 * could not connect, the server went silent, the connection ended, TLS did not come up. Every
 * message names the connection, the endpoint and what was awaited, so reports can print it as is.
 */
public abstract class WireException extends IOException {
    private final String connection;
    private final Endpoint endpoint;
    private final String expected;

    protected WireException(String connection, Endpoint endpoint, String expected, String problem, Throwable cause) {
        super(connection + " to " + hostPort(endpoint) + ": " + problem, cause);
        this.connection = connection;
        this.endpoint = endpoint;
        this.expected = expected;
    }

    /** The connection's name in the transcript, e.g. {@code imap#1}. */
    public String connection() {
        return connection;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /** What the harness was waiting for or trying to do, e.g. "the greeting". */
    public Optional<String> expected() {
        return Optional.ofNullable(expected);
    }

    /** Bytes for a message: escaped, and past 320 bytes only the head and tail with the count between. */
    public static String excerpt(byte[] bytes) {
        if (bytes.length <= 320) {
            return Ascii.escape(bytes);
        }
        return Ascii.escape(bytes, 0, 200) + "…(" + (bytes.length - 280) + " bytes)…"
                + Ascii.escape(bytes, bytes.length - 80, bytes.length);
    }

    /** {@code host:port}, with brackets around an IPv6 literal. */
    public static String hostPort(Endpoint endpoint) {
        String host = endpoint.host();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + endpoint.port();
    }
}
