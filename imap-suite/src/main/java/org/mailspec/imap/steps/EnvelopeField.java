package org.mailspec.imap.steps;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mailspec.imap.response.Address;
import org.mailspec.imap.response.Envelope;

/**
 * The fields of RFC 9051 7.5.2's envelope ("date, subject, from, sender, reply-to, to, cc, bcc,
 * in-reply-to, and message-id") as the {@code {envelopeField}} steps name and render them from
 * core's {@link Envelope}: strings as they are, address lists as {@code Name <local@domain>}
 * joined by {@code ", "}; empty for NIL.
 */
enum EnvelopeField {
    DATE(Envelope::date),
    SUBJECT(Envelope::subject),
    FROM(e -> addresses(e.from())),
    SENDER(e -> addresses(e.sender())),
    REPLY_TO(e -> addresses(e.replyTo())),
    TO(e -> addresses(e.to())),
    CC(e -> addresses(e.cc())),
    BCC(e -> addresses(e.bcc())),
    IN_REPLY_TO(Envelope::inReplyTo),
    MESSAGE_ID(Envelope::messageId);

    private final Function<Envelope, Optional<String>> render;

    EnvelopeField(Function<Envelope, Optional<String>> render) {
        this.render = render;
    }

    /** The field a step names ({@code reply-to}, {@code message-id}...). */
    static EnvelopeField of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    Optional<String> render(Envelope e) {
        return render.apply(e);
    }

    private static Optional<String> addresses(List<Address> list) {
        if (list.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(list.stream().map(a -> a.name().map(n -> n + " <" + a.emailAddress() + ">").orElse(a.emailAddress()))
                .collect(Collectors.joining(", ")));
    }
}
