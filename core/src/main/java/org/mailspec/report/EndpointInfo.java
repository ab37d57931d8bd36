package org.mailspec.report;

import java.util.List;
import java.util.Objects;

/**
 * One protocol endpoint of the target as the run found it.
 *
 * @param layout the discovered mailbox layout (IMAP), or null when unknown
 */
public record EndpointInfo(String host, int port, String tls, String greeting, List<String> capabilities,
                           LayoutInfo layout) {
    public EndpointInfo {
        host = Objects.requireNonNullElse(host, "");
        tls = Objects.requireNonNullElse(tls, "");
        greeting = Objects.requireNonNullElse(greeting, "");
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
    }

    /** An endpoint whose layout is unknown (POP3, or before discovery). */
    public EndpointInfo(String host, int port, String tls, String greeting, List<String> capabilities) {
        this(host, port, tls, greeting, capabilities, null);
    }

    /** This endpoint with the layout discovery found. */
    public EndpointInfo withLayout(LayoutInfo discovered) {
        return new EndpointInfo(host, port, tls, greeting, capabilities, discovered);
    }

    /** {@code host:port (tls)}. */
    public String address() {
        return host + ":" + port + (tls.isEmpty() ? "" : " (" + tls + ")");
    }
}
