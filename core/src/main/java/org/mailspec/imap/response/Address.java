package org.mailspec.imap.response;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code address = "(" addr-name SP addr-adl SP addr-mailbox SP addr-host ")"}. RFC 5322 group
 * syntax: host NIL and mailbox non-NIL starts a group (mailbox holds the group name); host and
 * mailbox both NIL ends it.
 */
public record Address(Optional<String> name, Optional<String> adl, Optional<String> mailbox,
                      Optional<String> host) {
    public Address {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(adl, "adl");
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(host, "host");
    }

    public boolean isGroupStart() {
        return host.isEmpty() && mailbox.isPresent();
    }

    public boolean isGroupEnd() {
        return host.isEmpty() && mailbox.isEmpty();
    }

    /** {@code mailbox@host}, or just the mailbox when the host is NIL. */
    public String emailAddress() {
        return mailbox.orElse("") + host.map(h -> "@" + h).orElse("");
    }

    /** RFC 5322 form: {@code "Terry Gray" <gray@cac.washington.edu>}, or the bare address without a name. */
    public String format() {
        if (isGroupStart()) {
            return mailbox.get() + ":";
        }
        if (isGroupEnd()) {
            return ";";
        }
        String route = adl.map(a -> a + ":").orElse("");
        if (name.isEmpty()) {
            return route.isEmpty() ? emailAddress() : "<" + route + emailAddress() + ">";
        }
        return quotePhrase(name.get()) + " <" + route + emailAddress() + ">";
    }

    private static String quotePhrase(String phrase) {
        boolean atomText = !phrase.isEmpty();
        for (int i = 0; i < phrase.length() && atomText; i++) {
            char c = phrase.charAt(i);
            atomText = Character.isLetterOrDigit(c) || c == ' ' || "!#$%&'*+-/=?^_`{|}~".indexOf(c) >= 0;
        }
        return atomText ? phrase : '"' + phrase.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Override
    public String toString() {
        return format();
    }
}
