package org.mailspec.pop3;

import java.util.List;

/** One CAPA line (RFC 2449 section 5): {@code capability = capa-tag *(SP param)}. */
public record Pop3Capability(String name, List<String> arguments) {
    public Pop3Capability {
        arguments = List.copyOf(arguments);
    }
}
