package org.mailspec.pop3.steps;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mailspec.pop3.Pop3Capabilities;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.Pop3Command;
import org.mailspec.pop3.Pop3ProtocolViolation;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.pop3.Pop3Status;
import org.mailspec.pop3.QuitResult;
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
        maildrop.transcriptIs(transcript);
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
                observeClose(o);
            }
        }
    }

    /** Ends the session without QUIT: the socket is closed (after reading off what had already arrived). */
    public void drop(Client c) {
        c.drainUnsolicited(timeout());
        c.pop3().close();
        c.endRequested(true);
        c.close(new CloseObservation(CloseObservation.Outcome.CLOSED, new byte[0], Duration.ZERO));
        c.state(SessionState.ENDED);
    }

    /** Waits for the server to close this client's connection (after QUIT), once. */
    public CloseObservation awaitClose(Client c) {
        if (c.close().isEmpty()) {
            observeClose(c);
        }
        return c.close().get();
    }

    /** Waits for the close; bytes the server sent after its last reply and before closing answer no command. */
    private void observeClose(Client c) {
        closed(c, c.pop3().awaitClose(timeout()),
                c.exchanges().isEmpty() ? "the greeting" : "the reply to " + c.last().command());
    }

    private static void closed(Client c, CloseObservation o, String after) {
        c.close(o);
        if (o.received().length > 0) {
            c.unsolicited("after " + after + ", before the connection " + (o.closed() ? "closed" : "was given up") + ": \""
                    + Ascii.escape(o.received()) + "\"");
        }
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
        c.drainUnsolicited(timeout());
        if (c.outOfStep()) {
            throw new IllegalStateException("client " + c.name() + " is out of step: a line that answered no command "
                    + "never ended, so the reply to \"" + sasl.shown(command) + "\" could not be told apart");
        }
        boolean inSasl = sasl.carries(command);
        SessionState before = c.state();
        Exchange x = new Exchange(sasl.shown(command), before, c.markedDeleted(), read(c, command, inSasl));
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
            partial(c, command, e.received());
            return new Outcome.TimedOut(e);
        } catch (ConnectionClosedException e) {
            partial(c, command, e.received());
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
     * A reply that stopped part-way (no CRLF before the timeout or the close) is bytes no parser read:
     * a finding, whether or not a step judges the exchange.
     */
    private static void partial(Client c, Pop3Command command, byte[] received) {
        if (received.length > 0) {
            c.finding(new Finding("every response is terminated by a CRLF pair (RFC 1939 section 3: \"All responses "
                    + "are terminated by a CRLF pair.\")", "a whole reply to " + command.masked(),
                    "\"" + Ascii.escape(received) + "\" and then no more"));
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
            case "DELE" -> {
                if (ok) {
                    messageNumber(x).ifPresent(c::markDeleted);
                }
            }
            case "RSET" -> {
                if (ok) {
                    c.unmarkAll();
                }
            }
            case "CAPA" -> x.multi().filter(m -> x.positiveAndComplete())
                    .ifPresent(m -> c.capabilities(x.before(), Pop3Capabilities.of(m)));
            case "UIDL" -> maildrop.given(c, uniqueIds(x));
            default -> {
            }
        }
    }

    /** The message-number a DELE named, when its argument is one. */
    private static Optional<Integer> messageNumber(Exchange x) {
        List<String> args = new Pop3Command(x.command()).arguments();
        if (args.size() != 1 || !args.get(0).matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(args.get(0)));
    }

    /**
     * The end of an authentication: on +OK the session is in TRANSACTION and, once what else arrived
     * with the reply is read off, looks for the seeded messages.
     */
    private void authenticated(Client c, Exchange x) {
        c.authentication(x);
        if (x.status(Pop3Status.OK)) {
            c.state(SessionState.TRANSACTION);
            c.drainUnsolicited(timeout());
            if (c.outOfStep()) {
                throw new IllegalStateException("client " + c.name() + " is out of step after " + x.command()
                        + ": a line that answered no command never ended, so the seeded messages cannot be looked for");
            }
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
     * Leaves the server as the scenario found it: clients still in a session send RSET, when the
     * session sent DELE at all (nothing the scenario marked is removed), and QUIT; a RSET not
     * answered +OK drops the connection instead, so that QUIT cannot commit a deletion. Every connection is closed. What the server says meanwhile
     * is read as in the scenario: lines that answer no command, and bytes after the reply to QUIT,
     * are remembered for {@link Verdicts}; grammar deviations are recorded by the client. Other
     * problems are noted in the transcript, not thrown.
     */
    public void closeAll() {
        for (Client c : clients.values()) {
            try {
                if (c.state() != SessionState.ENDED && !c.outOfStep() && !c.sasl().continuing()) {
                    endSession(c);
                } else if (c.endRequested() && c.close().isEmpty() && !c.outOfStep()) {
                    c.drainUnsolicited(timeout());
                    observeClose(c);
                }
            } catch (WireException | RuntimeException e) {
                transcript.event("mailspec", "clean-up of client " + c.name() + ": " + e.getMessage());
            } finally {
                c.pop3().close();
            }
        }
    }

    private void endSession(Client c) throws WireException {
        c.drainUnsolicited(timeout());
        if (c.outOfStep()) {
            return;
        }
        boolean undo = c.state() == SessionState.TRANSACTION
                && c.exchanges().stream().anyMatch(x -> x.verb().equals("DELE"));
        c.pop3().connection().event("mailspec clean-up: " + (undo ? "RSET and " : "") + "QUIT");
        if (undo) {
            Pop3Reply rset = c.pop3().command("RSET");
            if (!rset.ok()) {
                c.pop3().connection().event("mailspec clean-up: RSET was not answered +OK; the connection is dropped "
                        + "without QUIT, so that nothing this scenario marked as deleted is removed");
                return;
            }
            c.drainUnsolicited(timeout(), "the reply to the clean-up RSET");
            if (c.outOfStep()) {
                return;
            }
        }
        c.endRequested(true);
        QuitResult quit = c.pop3().quit(timeout());
        c.state(SessionState.ENDED);
        if (!quit.reply().map(Pop3Reply::ok).orElse(false)) {
            c.pop3().connection().event("mailspec clean-up: QUIT was not answered +OK");
        }
        closed(c, quit.close(), "the reply to the clean-up QUIT");
    }
}
