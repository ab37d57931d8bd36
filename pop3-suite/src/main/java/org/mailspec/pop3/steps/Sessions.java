package org.mailspec.pop3.steps;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mailspec.pop3.Pop3Capabilities;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.Pop3Command;
import org.mailspec.pop3.Pop3ProtocolViolation;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.pop3.Pop3Status;
import org.mailspec.pop3.UniqueIdListing;
import org.mailspec.run.Skip;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.CloseObservation;
import org.mailspec.wire.ConnectionClosedException;
import org.mailspec.wire.ParserMode;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.Transcript;
import org.mailspec.wire.WireException;

/**
 * The POP3 sessions of one scenario (picocontainer makes one per scenario): the named clients, all
 * on one transcript; connecting (as configured, plain, or to the POP3S port), STLS, logging in,
 * sending a command and recording what came back, drops and closes. Steps never touch sockets:
 * they call this, which uses core's {@link Pop3Client}.
 *
 * <p>What a session learns it learns from the typed replies: the state after +OK to PASS, APOP or
 * the end of AUTH, the capabilities CAPA announced, the unique-ids UIDL gave (for {@link Maildrop}).
 * Clients parse replies LENIENTLY: a grammar violation is recorded (and judged by {@link Verdicts}
 * after the scenario) instead of ending the exchange, so that each assertion judges its own rule.
 */
public final class Sessions {

    public enum Route {
        /** As the target is configured: plain, STLS first, or implicit TLS. */
        CONFIGURED,
        /** The POP3 port without STLS. */
        PLAIN,
        /** The implicit-TLS POP3S port. */
        POP3S
    }

    private final Pop3Setup setup;
    private final Maildrop maildrop;
    private final CapabilityProbe capabilities;
    private final Transcript transcript = new Transcript();
    private final Map<String, Client> clients = new LinkedHashMap<>();

    public Sessions(Pop3Setup setup, Maildrop maildrop, CapabilityProbe capabilities) {
        this.setup = setup;
        this.maildrop = maildrop;
        this.capabilities = capabilities;
    }

    /** The scenario's transcript: every connection of every client writes to it. */
    public Transcript transcript() {
        return transcript;
    }

    public Duration timeout() {
        return setup.timeout();
    }

    public Client client(String name) {
        Client c = clients.get(name);
        if (c == null) {
            throw new IllegalStateException("client " + name + " is not connected: the scenario needs \"Given client "
                    + name + " is connected\" first");
        }
        return c;
    }

    public List<Client> clients() {
        return List.copyOf(clients.values());
    }

    // ---------------------------------------------------------------- connecting and logging in

    /** Opens client {@code name} and reads its greeting; the session is in the AUTHORIZATION state. */
    public Client connect(String name, Route route) {
        if (clients.containsKey(name)) {
            throw new IllegalStateException("client " + name + " is already connected");
        }
        Endpoint endpoint = switch (route) {
            case CONFIGURED -> setup.pop3();
            case PLAIN -> {
                if (setup.pop3().tls() == TlsMode.IMPLICIT) {
                    throw Skip.because("the target's POP3 port speaks implicit TLS; there is no plain POP3 port");
                }
                yield setup.pop3().plain();
            }
            case POP3S -> setup.pop3s().orElseThrow(() -> Skip.because("the target has no POP3S (implicit TLS) port"));
        };
        ClientOptions options = setup.options().withTranscript(transcript).withParserMode(ParserMode.LENIENT)
                .withName(name);
        Pop3Client pop3;
        try {
            pop3 = Pop3Client.connect(endpoint, options);
        } catch (WireException e) {
            throw new IllegalStateException("client " + name + " could not connect: " + e.getMessage(), e);
        }
        Client c = new Client(name, pop3, endpoint.tls() == TlsMode.IMPLICIT);
        clients.put(name, c);
        if (route == Route.CONFIGURED && endpoint.tls() == TlsMode.STARTTLS) {
            Exchange x = send(c, "STLS");
            if (!x.status(Pop3Status.OK)) {
                throw new IllegalStateException("client " + name + ": the target is configured for STLS, but STLS got "
                        + x.shown());
            }
            negotiateTls(c);
        }
        return c;
    }

    /** The TLS handshake after a +OK to STLS; the upgrade, with any bytes sent before it, stays on the client. */
    public void negotiateTls(Client c) {
        if (!c.stlsAccepted()) {
            throw new IllegalStateException("client " + c.name() + " has no +OK to STLS to negotiate TLS after");
        }
        try {
            var upgrade = c.pop3().connection().startTls();
            if (upgrade.plaintextInjected()) {
                c.pop3().connection().event("bytes the server sent after its +OK to STLS and before the handshake: "
                        + upgrade.bufferedPlaintext().length + " (not read as POP3)");
            }
            c.upgraded(upgrade);
        } catch (WireException e) {
            throw new IllegalStateException("client " + c.name() + ": TLS negotiation failed: " + e.getMessage(), e);
        }
    }

    /**
     * Authenticates as the maildrop's account with what the server offers: USER/PASS when CAPA
     * announces USER or is not implemented, else AUTH PLAIN when SASL lists PLAIN. Returns the final
     * exchange, not judged.
     */
    public Exchange authenticate(Client c) {
        awaitEndedSessions(c);
        ServerCapabilities caps = capabilities.capabilities();
        Account a = maildrop.account();
        if (!caps.implemented() || caps.announces("USER")) {
            Exchange user = send(c, "USER " + a.user());
            if (!user.status(Pop3Status.OK)) {
                c.authentication(user);
                return user;
            }
            return send(c, "PASS " + a.password());
        }
        if (caps.announces("SASL=PLAIN")) {
            return send(c, "AUTH PLAIN " + SaslExchange.plain(a.user(), a.password()));
        }
        throw new IllegalStateException("the server announces neither USER nor SASL PLAIN: no way to log in "
                + "that the harness knows");
    }

    /** {@code client X is in the TRANSACTION state}: connected as configured and authenticated with +OK. */
    public Client inTransaction(String name) {
        Client c = connect(name, Route.CONFIGURED);
        Exchange x = authenticate(c);
        if (c.state() != SessionState.TRANSACTION) {
            throw new IllegalStateException("client " + name + " could not log in as " + maildrop.account().user()
                    + ": " + x.command() + " got " + x.shown());
        }
        return c;
    }

    /**
     * Before a login: waits until the server has closed every client of this scenario that sent QUIT
     * or dropped, so that a lock it held is released (RFC 1939 section 6).
     */
    private void awaitEndedSessions(Client except) {
        for (Client o : clients.values()) {
            if (o != except && o.endRequested() && o.close().isEmpty()) {
                o.close(o.pop3().awaitClose(timeout()));
            }
        }
    }

    /** Ends the session without QUIT: the socket is closed. */
    public void drop(Client c) {
        c.pop3().close();
        c.endRequested(true);
        c.close(new CloseObservation(CloseObservation.Outcome.CLOSED, new byte[0], Duration.ZERO));
        c.state(SessionState.ENDED);
    }

    /** Waits for the server to close this client's connection (after QUIT), once. */
    public CloseObservation awaitClose(Client c) {
        if (c.close().isEmpty()) {
            c.close(c.pop3().awaitClose(timeout()));
        }
        return c.close().get();
    }

    // ---------------------------------------------------------------- commands

    /** Sends one command line (placeholders already expanded) and records what came back. */
    public Exchange send(Client c, String line) {
        Pop3Command command = new Pop3Command(line);
        SaslExchange sasl = c.sasl();
        if (c.outOfStep()) {
            throw new IllegalStateException("client " + c.name() + " is out of step: an earlier reply never completed, "
                    + "so the reply to \"" + sasl.shown(command) + "\" could not be told apart");
        }
        if (c.state() == SessionState.ENDED && c.close().isPresent()) {
            throw new IllegalStateException("client " + c.name() + " has no connection left to send \""
                    + sasl.shown(command) + "\" on");
        }
        drainUnsolicited(c);
        boolean inSasl = sasl.carries(command);
        SessionState before = c.state();
        Exchange x = new Exchange(sasl.shown(command), before, read(c, command, inSasl));
        c.add(x);
        boolean closeAllowed = c.closeAllowed();
        c.closeAllowed(false);
        if (x.outcome() instanceof Outcome.Closed && closeAllowed) {
            throw Skip.because("the server closed client " + c.name() + "'s connection after its -ERR, as RFC 1939 "
                    + "section 4 allows (\"After returning a negative status indicator, the server may close the "
                    + "connection\"), so the rest cannot be judged");
        }
        if (inSasl) {
            afterSasl(c, x);
        } else {
            afterCommand(c, x, command.keyword());
        }
        return x;
    }

    /** Sends the line and reads its reply; a timeout, a close or unreadable bytes are the outcome, not errors. */
    private Outcome read(Client c, Pop3Command command, boolean inSasl) {
        try {
            if (inSasl) {
                c.pop3().sendRaw(command.line() + "\r\n");
                return new Outcome.Single(c.pop3().readReply(timeout()));
            }
            if (command.multiLine()) {
                return new Outcome.Multi(c.pop3().multiLine(command.line()));
            }
            return new Outcome.Single(c.pop3().command(command.line()));
        } catch (ReadTimeoutException e) {
            c.outOfStep(true);
            return new Outcome.TimedOut(e);
        } catch (ConnectionClosedException e) {
            c.state(SessionState.ENDED);
            c.close(new CloseObservation(e.reset() ? CloseObservation.Outcome.RESET : CloseObservation.Outcome.CLOSED,
                    e.received(), Duration.ZERO));
            return new Outcome.Closed(e);
        } catch (Pop3ProtocolViolation e) {
            c.outOfStep(true);
            return new Outcome.Unreadable(e);
        } catch (WireException e) {
            throw new IllegalStateException("client " + c.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Bytes already received before the next command answer no command (RFC 1939 section 3: a
     * response after each command). They are read off, so that the next reply is the next command's,
     * and remembered for {@link Verdicts}. Only what arrived with the previous reply can be seen here.
     */
    private void drainUnsolicited(Client c) {
        while (c.pop3().connection().hasBufferedInput()) {
            String after = c.exchanges().isEmpty() ? "the greeting" : "the reply to " + c.last().command();
            try {
                byte[] line = c.pop3().readLine(timeout());
                c.unsolicited("after " + after + ": \"" + Ascii.escape(line) + "\"");
                c.pop3().connection().event("the line above answers no command: it came after " + after);
            } catch (WireException e) {
                c.outOfStep(true);
                return;
            }
        }
    }

    private void afterSasl(Client c, Exchange x) {
        if (c.sasl().answered(x) && x.first().isPresent() && x.before() == SessionState.AUTHORIZATION) {
            authenticated(c, x);
        }
    }

    /** What the session learns from a reply to one of its commands. */
    private void afterCommand(Client c, Exchange x, String keyword) {
        boolean ok = x.status(Pop3Status.OK);
        switch (keyword) {
            case "PASS", "APOP" -> {
                if (x.first().isPresent() && x.before() == SessionState.AUTHORIZATION) {
                    authenticated(c, x);
                }
            }
            case "QUIT" -> {
                c.endRequested(true);
                if (ok) {
                    c.state(SessionState.ENDED);
                }
            }
            case "STLS" -> c.stlsAccepted(ok);
            case "CAPA" -> x.multi().filter(m -> x.positiveAndComplete())
                    .ifPresent(m -> c.capabilities(x.before(), Pop3Capabilities.of(m)));
            case "UIDL" -> maildrop.given(c, uniqueIds(x));
            default -> {
            }
        }
    }

    /** The end of an authentication: on +OK the session is in TRANSACTION and looks for the seeded messages. */
    private void authenticated(Client c, Exchange x) {
        c.authentication(x);
        if (x.status(Pop3Status.OK)) {
            c.state(SessionState.TRANSACTION);
            maildrop.opened(c);
        }
    }

    /**
     * The unique-ids a positive, complete UIDL reply gave, whether or not a step judges the reply:
     * a later step compares them across sessions. Lines that do not parse are left to the steps.
     */
    private static List<UniqueIdListing> uniqueIds(Exchange x) {
        if (x.multi().isPresent()) {
            return x.positiveAndComplete() ? UniqueIdListing.all(x.multi().get()).entries() : List.of();
        }
        return x.first().filter(Pop3Reply::ok).flatMap(UniqueIdListing::of).map(List::of).orElse(List.of());
    }

    // ---------------------------------------------------------------- after the scenario

    /**
     * Leaves the server as the scenario found it: clients still in a session send RSET (nothing the
     * scenario marked is removed) and QUIT; every connection is closed. Problems here are noted in
     * the transcript, not thrown.
     */
    public void closeAll() {
        for (Client c : clients.values()) {
            try {
                if (c.state() != SessionState.ENDED && !c.outOfStep() && !c.sasl().continuing()) {
                    if (c.state() == SessionState.TRANSACTION) {
                        c.pop3().command("RSET");
                    }
                    c.pop3().quit();
                }
            } catch (WireException | RuntimeException e) {
                transcript.event("mailspec", "clean-up of client " + c.name() + ": " + e.getMessage());
            } finally {
                c.pop3().close();
            }
        }
    }
}
