package org.mailspec.pop3.steps;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.TlsOptions;

/**
 * The step classes of one scenario on fresh parts, wired constructor by constructor as
 * picocontainer wires them, against a {@link FakePop3}: what a negative control drives. The
 * timeout is short so that a server that never answers fails fast.
 */
final class Harness implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** For TLS: the first handshake of a JVM (key material, JSSE start-up) can take seconds on a busy machine. */
    static final Duration TLS_TIMEOUT = Duration.ofSeconds(15);

    final FakePop3 server;
    final Pop3Setup setup;
    final Maildrop maildropPart;
    final CapabilityProbe probe;
    final Sessions sessions;
    final Verdicts verdicts;
    final Placeholders placeholders;
    final SessionSteps session;
    final CommandSteps command;
    final MaildropSteps maildrop;
    final StatusSteps status;
    final GreetingSteps greeting;
    final ListingSteps listing;
    final TransferSteps transfer;
    final UniqueIdSteps uidl;
    final CapabilitySteps capa;
    final MaildropAssertions drop;
    final TlsSteps tls;

    Harness(FakePop3 server) {
        this(server, server.server().endpoint());
    }

    Harness(FakePop3 server, Endpoint pop3) {
        this(server, pop3, TIMEOUT);
    }

    Harness(FakePop3 server, Endpoint pop3, Duration timeout) {
        this.server = server;
        setup = Pop3Setup.of(new Pop3Setup.Values("fake", pop3, Optional.empty(),
                List.of(new Account(FakePop3.USER, FakePop3.PASSWORD)), "steptest",
                ClientOptions.defaults().withTimeout(timeout).withTls(TlsOptions.insecureTrust()), server));
        maildropPart = new Maildrop(setup, org.mailspec.run.schedule.ScenarioLease.fixed(setup.accounts()));
        probe = new CapabilityProbe(setup);
        sessions = new Sessions(setup, maildropPart, probe);
        verdicts = new Verdicts(sessions);
        placeholders = new Placeholders(setup, maildropPart);
        session = new SessionSteps(sessions, probe);
        command = new CommandSteps(sessions, placeholders);
        maildrop = new MaildropSteps(maildropPart, sessions);
        status = new StatusSteps(sessions, verdicts);
        greeting = new GreetingSteps(sessions, verdicts);
        listing = new ListingSteps(sessions, maildropPart, verdicts);
        transfer = new TransferSteps(sessions, maildropPart, verdicts);
        uidl = new UniqueIdSteps(sessions, maildropPart, verdicts);
        capa = new CapabilitySteps(sessions, verdicts);
        drop = new MaildropAssertions(sessions, maildropPart, verdicts);
        tls = new TlsSteps(sessions, verdicts);
    }

    static Harness on(FakePop3 server) {
        return new Harness(server);
    }

    /** For scenarios with STLS. */
    static Harness withTls(FakePop3 server) {
        return new Harness(server, server.server().endpoint(), TLS_TIMEOUT);
    }

    /** {@code Given the maildrop holds message <label> from fixture <fixture>}. */
    Harness seed(String label, String fixture) {
        maildrop.holds(label, fixture);
        return this;
    }

    Harness login(String client) {
        session.inTransaction(client);
        return this;
    }

    Harness connect(String client) {
        session.connected(client);
        return this;
    }

    /** {@code When client <client> sends <line>}, for each line. */
    Harness send(String client, String... lines) {
        for (String l : lines) {
            command.sends(client, l);
        }
        return this;
    }

    @Override
    public void close() {
        try {
            sessions.closeAll();
            maildropPart.cleanUp();
        } finally {
            probe.forget();
            server.close();
        }
    }
}
