package org.mailspec.report;

import java.util.List;
import java.util.Objects;

/** One protocol endpoint of the target as the run found it. */
public record EndpointInfo(String host, int port, String tls, String greeting, List<String> capabilities) {
    public EndpointInfo {
        host = Objects.requireNonNullElse(host, "");
        tls = Objects.requireNonNullElse(tls, "");
        greeting = Objects.requireNonNullElse(greeting, "");
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
    }

    /** {@code host:port (tls)}. */
    public String address() {
        return host + ":" + port + (tls.isEmpty() ? "" : " (" + tls + ")");
    }
}
