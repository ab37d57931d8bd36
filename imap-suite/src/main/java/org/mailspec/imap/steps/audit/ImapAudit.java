package org.mailspec.imap.steps.audit;

import java.util.List;
import java.util.Optional;

import org.mailspec.audit.steps.Advertised;
import org.mailspec.audit.steps.AuditProtocol;
import org.mailspec.audit.steps.AuditReply;
import org.mailspec.audit.steps.AuditReply.Outcome;
import org.mailspec.audit.steps.AuditRules;
import org.mailspec.audit.steps.AuditRules.Rule;
import org.mailspec.audit.steps.AuditSession;
import org.mailspec.audit.steps.ProtocolFacts;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.ImapClient;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.Greeting;
import org.mailspec.imap.response.Status;
import org.mailspec.imap.response.TaggedResponse;
import org.mailspec.imap.response.UntaggedStatus;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.target.Target;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.WireException;

/**
 * IMAP as the shared audit steps reach it: STARTTLS and the IMAPS port, CAPABILITY with its
 * {@code AUTH=} mechanisms, LOGIN (AUTHENTICATE PLAIN where LOGINDISABLED says so), the untagged
 * BYE, and the rules as RFC 9051 and RFC 3501 word them.
 */
public final class ImapAudit implements AuditProtocol<ImapClient> {
    private static final ProtocolFacts FACTS = new ProtocolFacts("IMAP", "STARTTLS", Target::imap, Target::imaps,
            new AuditRules("OK", "NO or BAD",
                    new Rule("without TLS the server refuses a cleartext password (RFC 9051 6.2.3, RFC 2595 2.3)",
                            "NO or BAD (e.g. NO [PRIVACYREQUIRED])"),
                    new Rule("a failed login does not tell why the credentials are invalid (RFC 3501 11.2)",
                            "the same answer for an unknown user and for a wrong password")));

    @Override
    public ProtocolFacts facts() {
        return FACTS;
    }

    @Override
    public AuditSession<ImapClient> connect(Endpoint endpoint, ClientOptions options) throws WireException {
        ImapClient c = ImapClient.connect(endpoint, options);
        return new AuditSession<>(c, c.connection(), reply(c.greetingReceived()));
    }

    @Override
    public Advertised advertised(ImapClient client) throws WireException {
        List<String> caps = client.capabilities();
        List<String> mechanisms = caps.stream().filter(c -> c.regionMatches(true, 0, "AUTH=", 0, 5))
                .map(c -> c.substring(5)).toList();
        return new Advertised("CAPABILITY " + String.join(" ", caps), caps, mechanisms);
    }

    @Override
    public AuditReply login(ImapClient client, Account account) throws WireException {
        if (client.hasCapability("LOGINDISABLED")) {
            return reply(client.authenticatePlain(account, client.hasCapability("SASL-IR")));
        }
        return reply(client.login(account));
    }

    @Override
    public AuditReply startTls(ImapClient client) throws WireException {
        return reply(client.startTls().result());
    }

    @Override
    public AuditReply requestTls(ImapClient client) throws WireException {
        return reply(client.execute("STARTTLS"));
    }

    @Override
    public Optional<AuditReply> closing(ImapClient client) {
        return client.bye().map(ImapAudit::reply);
    }

    @Override
    public void logout(ImapClient client) throws WireException {
        client.logout();
    }

    /** A command's completion as the shared steps judge it. */
    static AuditReply reply(CommandResult result) {
        return reply(result.completion());
    }

    /** OK accepts, NO and BAD refuse; compared without the tag. */
    static AuditReply reply(Received received) {
        if (received.response() instanceof TaggedResponse t) {
            return judged(t.status(), t.status() + " " + t.text(), received);
        }
        if (received.response() instanceof UntaggedStatus u) {
            return judged(u.status(), "* " + u.status() + " " + u.text(), received);
        }
        if (received.response() instanceof Greeting g) {
            return judged(g.status(), "* " + g.status() + " " + g.text(), received);
        }
        return new AuditReply(Outcome.OTHER, "OTHER", "", received.raw(), received.connection());
    }

    private static AuditReply judged(Status status, String normal, Received received) {
        Outcome outcome = status == Status.OK ? Outcome.ACCEPTED
                : status == Status.NO || status == Status.BAD ? Outcome.REFUSED : Outcome.OTHER;
        return new AuditReply(outcome, status.name(), normal, received.raw(), received.connection());
    }
}
