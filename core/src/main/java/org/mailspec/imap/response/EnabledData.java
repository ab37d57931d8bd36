package org.mailspec.imap.response;

import java.util.List;

/** RFC 5161 / RFC 9051 {@code enable-data = "ENABLED" *(SP capability)}. */
public record EnabledData(List<String> capabilities, byte[] raw) implements UntaggedResponse {
    public EnabledData {
        capabilities = List.copyOf(capabilities);
    }

    public boolean has(String capability) {
        return capabilities.stream().anyMatch(c -> c.equalsIgnoreCase(capability));
    }
}
