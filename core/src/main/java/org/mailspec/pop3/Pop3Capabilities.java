package org.mailspec.pop3;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The answer to CAPA: each capability with its arguments, in the server's order. */
public record Pop3Capabilities(List<Pop3Capability> capabilities, MultiLineReply reply) {

    public Pop3Capabilities {
        capabilities = List.copyOf(capabilities);
    }

    /** Parses the data lines of a CAPA reply; names keep the server's case. */
    public static Pop3Capabilities of(MultiLineReply reply) {
        List<Pop3Capability> out = new ArrayList<>();
        for (String line : reply.textLines()) {
            String[] words = line.trim().split(" +");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            out.add(new Pop3Capability(words[0], List.of(words).subList(1, words.length)));
        }
        return new Pop3Capabilities(out, reply);
    }

    /** Case-insensitive. */
    public boolean has(String name) {
        return get(name).isPresent();
    }

    public Optional<Pop3Capability> get(String name) {
        return capabilities.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    public List<String> names() {
        return capabilities.stream().map(Pop3Capability::name).toList();
    }
}
