package org.mailspec.pop3.steps.audit;

import java.util.List;
import java.util.Optional;

import org.mailspec.audit.steps.Advertised;
import org.mailspec.audit.steps.AuditProtocol;
import org.mailspec.audit.steps.AuditReply;
import org.mailspec.audit.steps.AuditRules;
import org.mailspec.audit.steps.AuditSession;
import org.mailspec.audit.steps.ProtocolFacts;
import org.mailspec.pop3.Pop3Capabilities;
import org.mailspec.pop3.Pop3Capability;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.target.Target;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.WireException;

/**
 * POP3 as the shared audit steps reach it: STLS and the POP3S port, CAPA with its SASL
 * mechanisms, USER/PASS (AUTH PLAIN when the server offers SASL and no USER), QUIT, and the rules
 * as RFC 1939 and RFC 2595 word them. POP3 has no BYE: a server that gives up closes.
 */
public final class Pop3Audit implements AuditProtocol<Pop3Client> {

    /** RFC 1939 13 (user names), RFC 2595 2.3 (cleartext passwords); POP3 refuses with -ERR alone. */
    private final ProtocolFacts facts = new ProtocolFacts("POP3", "STLS", Target::pop3, Target::pop3s, new AuditRules(
            "+OK", "-ERR",
            new AuditRules.Rule("without TLS the server refuses a cleartext password (RFC 2595 2.3)",
                    "-ERR (e.g. -ERR [AUTH] Plaintext authentication disallowed)"),
            new AuditRules.Rule("the server does not tell which user names exist (RFC 1939 13)",
                    "the same answer for an unknown user and for the test account")));

    @Override
    public AuditSession<Pop3Client> connect(Endpoint endpoint, ClientOptions options) throws WireException {
        Pop3Client c = Pop3Client.connect(endpoint, options);
        return new AuditSession<>(c, c.connection(), reply(c.greeting(), c.name()));
    }

    /** USER/PASS when offered (or when CAPA names no SASL either), else AUTH PLAIN with an initial response. */
    @Override
    public AuditReply login(Pop3Client client, Account account) throws WireException {
        Pop3Capabilities caps = client.capa();
        Pop3Reply r = caps.has("USER") || !caps.has("SASL") ? client.login(account) : client.authPlain(account, true);
        return reply(r, client.name());
    }

    @Override
    public Advertised advertised(Pop3Client client) throws WireException {
        Pop3Capabilities caps = client.capa();
        List<String> sasl = caps.get("SASL").map(Pop3Capability::arguments).orElse(List.of());
        return new Advertised("CAPA " + caps.names(), caps.names(), sasl);
    }

    @Override
    public AuditReply requestTls(Pop3Client client) throws WireException {
        return reply(client.command("STLS"), client.name());
    }

    @Override
    public AuditReply startTls(Pop3Client client) throws WireException {
        return reply(client.stls().reply(), client.name());
    }

    @Override
    public void logout(Pop3Client client) throws WireException {
        client.quit();
    }

    @Override
    public Optional<AuditReply> closing(Pop3Client client) {
        return Optional.empty();
    }

    @Override
    public ProtocolFacts facts() {
        return facts;
    }

    /** +OK accepts, -ERR refuses, the SASL continuation does neither; compared by status, response code and text. */
    static AuditReply reply(Pop3Reply r, String connection) {
        AuditReply.Outcome outcome = r.ok() ? AuditReply.Outcome.ACCEPTED
                : r.err() ? AuditReply.Outcome.REFUSED : AuditReply.Outcome.OTHER;
        String normal = r.status() + " " + r.code().map(Object::toString).orElse("") + " " + r.text();
        return new AuditReply(outcome, r.status().wire(), normal, r.raw(), connection);
    }
}
