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

    /**
     * The wire form of a mailbox whose name is {@code unicode}: modified UTF-7 (RFC 3501 section
     * 5.1.3), or the name itself in UTF-8 once the client has enabled {@code UTF8=ACCEPT} (RFC 6855
     * section 3).
     */
    public static MailboxName encode(String unicode, boolean utf8Accepted) {
        return new MailboxName(utf8Accepted ? unicode : ModifiedUtf7.encode(unicode));
    }

    /**
     * True when this name, as the server sent it, stands for the mailbox named {@code unicode}:
     * spelled the same (a UTF-8 name, or INBOX in any case), or its modified UTF-7 form decodes to it.
     */
    public boolean names(String unicode) {
        if (equals(new MailboxName(unicode))) {
            return true;
        }
        return ModifiedUtf7.decode(name).map(unicode::equals).orElse(false);
    }

    /** True when the name travelled exactly as the modified UTF-7 form of {@code unicode}. */
    public boolean isModifiedUtf7Of(String unicode) {
        return name.equals(ModifiedUtf7.encode(unicode));
    }

    /** True when the name travelled exactly as {@code unicode} in UTF-8. */
    public boolean isUtf8Of(String unicode) {
        return name.equals(unicode);
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
