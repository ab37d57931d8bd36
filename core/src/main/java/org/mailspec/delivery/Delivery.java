package org.mailspec.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mailspec.settings.Endpoint;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.WireException;

/**
 * One message handed to a server by SMTP or LMTP, and what each step of the dialogue answered.
 *
 * @param protocol  SMTP or LMTP
 * @param recipient the forward-path given to RCPT TO
 * @param replies   every reply in order: greeting, EHLO/LHLO, MAIL, RCPT, and if RCPT was accepted,
 *                  DATA and the final reply
 */
public record Delivery(MailTransfer.Protocol protocol, String recipient, List<SmtpReply> replies) {

    public Delivery {
        replies = List.copyOf(replies);
    }

    /** Delivers {@code message} to {@code recipient} with the empty reverse-path, then QUIT. */
    public static Delivery send(MailTransfer.Protocol protocol, Endpoint endpoint, ClientOptions options,
                                String clientName, String recipient, byte[] message) throws WireException {
        return send(protocol, endpoint, options, clientName, "", recipient, message);
    }

    /**
     * Delivers {@code message} from {@code reversePath} ({@code ""} for the null path {@code <>})
     * to {@code recipient}, then QUIT.
     */
    public static Delivery send(MailTransfer.Protocol protocol, Endpoint endpoint, ClientOptions options,
                                String clientName, String reversePath, String recipient, byte[] message)
            throws WireException {
        List<SmtpReply> replies = new ArrayList<>();
        try (MailTransfer t = MailTransfer.connect(protocol, endpoint, options)) {
            replies.add(t.greeting());
            if (t.greeting().code() != 220) {
                return new Delivery(protocol, recipient, replies);
            }
            SmtpReply hello = t.hello(clientName);
            replies.add(hello);
            if (!hello.positive()) {
                t.quit();
                return new Delivery(protocol, recipient, replies);
            }
            SmtpReply from = t.mailFrom(reversePath);
            replies.add(from);
            if (!from.positive()) {
                t.quit();
                return new Delivery(protocol, recipient, replies);
            }
            SmtpReply rcpt = t.rcptTo(recipient);
            replies.add(rcpt);
            if (!rcpt.positive()) {
                t.quit();
                return new Delivery(protocol, recipient, replies);
            }
            replies.addAll(t.data(message, 1));
            t.quit();
        }
        return new Delivery(protocol, recipient, replies);
    }

    /** The reply to RCPT TO, if the dialogue got that far. */
    public Optional<SmtpReply> rcptReply() {
        return replies.size() >= 4 ? Optional.of(replies.get(3)) : Optional.empty();
    }

    /** True when the server took the message: RCPT accepted, DATA 354, and a positive final reply. */
    public boolean accepted() {
        return replies.size() >= 6 && replies.get(4).code() == 354 && replies.get(replies.size() - 1).positive();
    }

    /** Where it ended, for messages: {@code "RCPT TO:<x> answered 550 5.1.1 unknown user"}. */
    public String outcome() {
        if (accepted()) {
            return protocol + " accepted: " + replies.get(replies.size() - 1).firstLine();
        }
        String[] steps = {"the greeting", protocol == MailTransfer.Protocol.LMTP ? "LHLO" : "EHLO", "MAIL FROM",
            "RCPT TO:<" + recipient + ">", "DATA", "the end of the message"};
        SmtpReply last = replies.get(replies.size() - 1);
        int i = Math.min(replies.size() - 1, steps.length - 1);
        return protocol + ": " + steps[i] + " answered " + last.firstLine();
    }
}
