package org.mailspec.imap.response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code "LIST" SP mailbox-list} or {@code "LSUB" SP mailbox-list}: name attributes, hierarchy
 * delimiter (empty for NIL: a flat name), the mailbox, and RFC 5258 extended data (CHILDINFO,
 * OLDNAME, ...) in the order sent, names upper-cased.
 */
public record MailboxList(Kind kind, List<Flag> attributes, Optional<String> delimiter, MailboxName mailbox,
                          Map<String, ExtensionValue> extended, byte[] raw) implements UntaggedResponse {

    public enum Kind { LIST, LSUB }

    public MailboxList {
        Objects.requireNonNull(kind, "kind");
        attributes = List.copyOf(attributes);
        Objects.requireNonNull(delimiter, "delimiter");
        Objects.requireNonNull(mailbox, "mailbox");
        extended = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extended));
    }

    /** True if the attribute (e.g. {@code \Noselect}) is present, ignoring case. */
    public boolean hasAttribute(String attribute) {
        return attributes.contains(Flag.of(attribute));
    }

    /** RFC 5258 CHILDINFO extended data, e.g. {@code ["SUBSCRIBED"]}. */
    public List<String> childInfo() {
        ExtensionValue v = extended.get("CHILDINFO");
        if (v instanceof ExtensionValue.ListValue l) {
            return l.items().stream().map(i -> i.text().orElse("")).toList();
        }
        return List.of();
    }

    /** RFC 9051 OLDNAME extended data: the name before a RENAME. */
    public Optional<MailboxName> oldName() {
        ExtensionValue v = extended.get("OLDNAME");
        if (v instanceof ExtensionValue.ListValue l && l.items().size() == 1) {
            return l.items().get(0).text().map(MailboxName::new);
        }
        return Optional.empty();
    }
}
