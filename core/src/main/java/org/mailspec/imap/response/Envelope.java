package org.mailspec.imap.response;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code envelope}: the message's RFC 5322 header fields as the server parsed them. NIL strings are
 * empty Optionals; a NIL address list is an empty list (the grammar forbids "()", so the two cannot
 * be confused).
 */
public record Envelope(Optional<String> date, Optional<String> subject, List<Address> from,
                       List<Address> sender, List<Address> replyTo, List<Address> to, List<Address> cc,
                       List<Address> bcc, Optional<String> inReplyTo, Optional<String> messageId) {
    public Envelope {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(subject, "subject");
        from = List.copyOf(from);
        sender = List.copyOf(sender);
        replyTo = List.copyOf(replyTo);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        Objects.requireNonNull(messageId, "messageId");
    }

    /**
     * An address list in RFC 5322 form: {@code "A" <a@x>, b@y}, groups as {@code team: a@x, b@y;}.
     */
    public static String format(List<Address> addresses) {
        StringBuilder sb = new StringBuilder();
        String separator = "";
        for (Address a : addresses) {
            if (a.isGroupEnd()) {
                sb.append(';');
                separator = ", ";
            } else if (a.isGroupStart()) {
                sb.append(separator).append(a.format());
                separator = " ";
            } else {
                sb.append(separator).append(a.format());
                separator = ", ";
            }
        }
        return sb.toString();
    }
}
