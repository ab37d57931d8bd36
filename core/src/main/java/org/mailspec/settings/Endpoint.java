package org.mailspec.settings;

import java.util.Objects;

/** Where a server listens and how TLS is reached there. */
public record Endpoint(String host, int port, TlsMode tls) {
    public Endpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tls, "tls");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /**
     * The same host and port without TLS: the plain side of a STARTTLS endpoint, where the
     * connection starts before STARTTLS/STLS (an implicit-TLS endpoint has no plain side; callers
     * check {@code tls()} first).
     */
    public Endpoint plain() {
        return tls == TlsMode.NONE ? this : new Endpoint(host, port, TlsMode.NONE);
    }

    @Override
    public String toString() {
        return host + ":" + port + " (" + tls.settingValue() + ")";
    }
}
