package org.mailspec.imap.response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * RFC 2342 / RFC 9051 {@code "NAMESPACE" SP namespace SP namespace SP namespace}: personal, other
 * users' and shared namespaces; a NIL namespace is an empty list.
 */
public record NamespaceData(List<Namespace> personal, List<Namespace> otherUsers, List<Namespace> shared, byte[] raw)
        implements UntaggedResponse {

    /** {@code namespace-descr}: prefix, delimiter (empty for NIL), and response extensions. */
    public record Namespace(String prefix, Optional<String> delimiter, Map<String, List<String>> extensions) {
        public Namespace {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(delimiter, "delimiter");
            extensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
        }
    }

    public NamespaceData {
        personal = List.copyOf(personal);
        otherUsers = List.copyOf(otherUsers);
        shared = List.copyOf(shared);
    }
}
