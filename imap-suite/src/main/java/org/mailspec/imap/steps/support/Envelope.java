package org.mailspec.imap.steps.support;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * RFC 9051 7.5.2: "The fields of the envelope structure are in the following order: date,
 * subject, from, sender, reply-to, to, cc, bcc, in-reply-to, and message-id."
 */
public final class Envelope {

    public static final List<String> FIELDS = List.of(
            "date", "subject", "from", "sender", "reply-to", "to", "cc", "bcc", "in-reply-to", "message-id");

    private final List<Value> fields;

    public Envelope(Value envelope) {
        if (!(envelope instanceof Value.ListV l) || l.items().size() != 10) {
            throw new IllegalArgumentException("an ENVELOPE is a list of 10 fields, got " + envelope);
        }
        this.fields = l.items();
    }

    public Value field(String name) {
        int i = FIELDS.indexOf(name.toLowerCase(Locale.ROOT));
        if (i < 0) {
            throw new IllegalArgumentException("no envelope field " + name + "; fields: " + FIELDS);
        }
        return fields.get(i);
    }

    /**
     * The field as text: strings as they are; address lists as {@code Name <local@domain>}
     * (or {@code local@domain} without a name) joined by {@code ", "}; empty when NIL.
     */
    public Optional<String> render(String name) {
        Value v = field(name);
        if (v instanceof Value.Nil) {
            return Optional.empty();
        }
        if (v instanceof Value.ListV list) {
            StringJoiner out = new StringJoiner(", ");
            for (Value address : list.items()) {
                out.add(address(address));
            }
            return Optional.of(out.toString());
        }
        return Optional.ofNullable(Value.text(v));
    }

    private static String address(Value v) {
        if (!(v instanceof Value.ListV a) || a.items().size() != 4) {
            return String.valueOf(v);
        }
        String name = Value.text(a.items().get(0));
        String mailbox = Value.text(a.items().get(2));
        String host = Value.text(a.items().get(3));
        String addr = (mailbox == null ? "" : mailbox) + (host == null ? "" : "@" + host);
        return name == null ? addr : name + " <" + addr + ">";
    }
}
