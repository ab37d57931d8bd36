package org.mailspec.imap.response;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * {@code "STATUS" SP mailbox SP "(" [status-att-list] ")"}: attribute names upper-cased (MESSAGES,
 * UIDNEXT, UIDVALIDITY, UNSEEN, DELETED, SIZE, RECENT, HIGHESTMODSEQ, APPENDLIMIT), in the order sent.
 */
public record StatusData(MailboxName mailbox, Map<String, Long> attributes, byte[] raw) implements UntaggedResponse {
    public StatusData {
        Objects.requireNonNull(mailbox, "mailbox");
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The value of a status attribute, e.g. {@code get("MESSAGES")}. */
    public OptionalLong get(String attribute) {
        Long v = attributes.get(attribute.toUpperCase(Locale.ROOT));
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    public OptionalLong messages() {
        return get("MESSAGES");
    }

    public OptionalLong uidNext() {
        return get("UIDNEXT");
    }

    public OptionalLong uidValidity() {
        return get("UIDVALIDITY");
    }

    public OptionalLong unseen() {
        return get("UNSEEN");
    }
}
