package org.mailspec.imap.response;

import java.util.List;

/** {@code capability-data = "CAPABILITY" *(SP capability) SP ("IMAP4rev2" / "IMAP4rev1") *(SP capability)}. */
public record CapabilityData(List<String> capabilities, byte[] raw) implements UntaggedResponse {
    public CapabilityData {
        capabilities = List.copyOf(capabilities);
    }

    /** Capability names compare case-insensitively, e.g. {@code has("AUTH=PLAIN")}. */
    public boolean has(String capability) {
        return capabilities.stream().anyMatch(c -> c.equalsIgnoreCase(capability));
    }
}
