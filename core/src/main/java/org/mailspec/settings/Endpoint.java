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

    @Override
    public String toString() {
        return host + ":" + port + " (" + tls.settingValue() + ")";
    }
}
