package org.mailspec.imap.response;

import java.util.Objects;

/**
 * {@code mailbox = "INBOX" / astring}: the name as the server sent it (decoded from quoted, literal
 * or atom form; modified UTF-7 of IMAP4rev1 is not decoded). INBOX is case-insensitive: every case
 * variant is INBOX, so two names are equal when both are INBOX or when their spelling is identical.
 */
public record MailboxName(String name) {
    public MailboxName {
        Objects.requireNonNull(name, "name");
    }

    public static MailboxName of(String name) {
        return new MailboxName(name);
    }

    /** True for any case variant of INBOX ("iNbOx" is INBOX, RFC 9051 section 5.1). */
    public boolean isInbox() {
        return name.equalsIgnoreCase("INBOX");
    }

    /** "INBOX" for any case variant of INBOX, else the name unchanged. */
    public String canonical() {
        return isInbox() ? "INBOX" : name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MailboxName m && m.canonical().equals(canonical());
    }

    @Override
    public int hashCode() {
        return canonical().hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
