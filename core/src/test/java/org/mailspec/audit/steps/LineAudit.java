package org.mailspec.audit.steps;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.mailspec.audit.steps.AuditReply.Outcome;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.target.Target;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.Connection;
import org.mailspec.wire.SecretMasker;
import org.mailspec.wire.WireException;

/**
 * A protocol made up for the shared steps' tests, as little as a scripted server needs to speak
 * to show a shared rule broken or kept: every answer is one line whose first word is {@code OK} (accepted), {@code NO}
 * (refused) or {@code BYE} (the server closes); {@code CAPS} answers {@code OK} and the
 * capability names ({@code AUTH=X} offers mechanism X); {@code STARTTLS}, {@code LOGIN user
 * password} and {@code QUIT} do what they say.
 */
final class LineAudit implements AuditProtocol<LineAudit.Client> {

    /** The rules worded so that a test can tell them from another protocol's. */
    static final AuditRules RULES = new AuditRules("OK", "NO",
            new AuditRules.Rule("LINE: no password without TLS", "NO"),
            new AuditRules.Rule("LINE: failures alike", "one answer for both"));

    /** One connection of the line protocol. */
    static final class Client {
        final Connection connection;
        Optional<AuditReply> bye = Optional.empty();

        Client(Connection connection) {
            this.connection = connection;
        }

        AuditReply command(String line, String shown) throws WireException {
            connection.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII), shown);
            return read();
        }

        AuditReply read() throws WireException {
            byte[] raw = connection.readLine(4096, "an answer", connection.timeout());
            connection.endFrame();
            String text = new String(raw, StandardCharsets.US_ASCII).strip();
            String status = text.split(" ", 2)[0];
            Outcome outcome = status.equals("OK") ? Outcome.ACCEPTED : status.equals("NO") ? Outcome.REFUSED : Outcome.OTHER;
            AuditReply r = new AuditReply(outcome, status, text, raw, connection.name());
            if (status.equals("BYE")) {
                bye = Optional.of(r);
            }
            return r;
        }
    }

    @Override
    public ProtocolFacts facts() {
        // on the scripted target's IMAP endpoints, which answer as any protocol the script speaks
        return new ProtocolFacts("LINE", "STARTTLS", Target::imap, Target::imaps, RULES);
    }

    @Override
    public AuditSession<Client> connect(Endpoint endpoint, ClientOptions options) throws WireException {
        Client c = new Client(Connection.open(endpoint, options, "line", SecretMasker.NONE));
        return new AuditSession<>(c, c.connection, c.read());
    }

    @Override
    public Advertised advertised(Client client) throws WireException {
        AuditReply r = client.command("CAPS", "CAPS");
        List<String> names = Arrays.asList(r.normal().substring(r.status().length()).strip().split(" +"));
        List<String> mechanisms = names.stream().filter(n -> n.startsWith("AUTH=")).map(n -> n.substring(5)).toList();
        return new Advertised("CAPS " + String.join(" ", names), names, mechanisms);
    }

    @Override
    public AuditReply startTls(Client client) throws WireException {
        AuditReply r = requestTls(client);
        if (r.accepted()) {
            client.connection.startTls();
        }
        return r;
    }

    @Override
    public AuditReply requestTls(Client client) throws WireException {
        return client.command("STARTTLS", "STARTTLS");
    }

    @Override
    public AuditReply login(Client client, Account account) throws WireException {
        return client.command("LOGIN " + account.user() + " " + account.password(), "LOGIN " + account.user() + " ***");
    }

    @Override
    public Optional<AuditReply> closing(Client client) {
        return client.bye;
    }

    @Override
    public void logout(Client client) throws WireException {
        client.command("QUIT", "QUIT");
    }
}
