package org.mailspec.pop3.steps;

import java.time.Duration;
import java.util.Optional;

import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.TlsOptions;

/**
 * The step classes of one scenario, on a fresh world wired to a {@link FakePop3}: what a negative
 * control drives. The timeout is short so that a server that never answers fails fast.
 */
final class Harness implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** For TLS: the first handshake of a JVM (key material, JSSE start-up) can take seconds on a busy machine. */
    static final Duration TLS_TIMEOUT = Duration.ofSeconds(15);

    final FakePop3 server;
    final Pop3World world;
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

    Harness(FakePop3 server) {
        this(server, server.server().endpoint());
    }

    Harness(FakePop3 server, Endpoint pop3) {
        this(server, pop3, TIMEOUT);
    }

    Harness(FakePop3 server, Endpoint pop3, Duration timeout) {
        this.server = server;
        Pop3Setup setup = new Pop3Setup("fake", pop3, Optional.empty(),
                new Account(FakePop3.USER, FakePop3.PASSWORD), "steptest",
                ClientOptions.defaults().withTimeout(timeout).withTls(TlsOptions.insecureTrust()), server);
        world = Pop3World.of(setup);
        session = new SessionSteps(world);
        command = new CommandSteps(world);
        maildrop = new MaildropSteps(world);
        status = new StatusSteps(world);
        greeting = new GreetingSteps(world);
        listing = new ListingSteps(world);
        transfer = new TransferSteps(world);
        uidl = new UniqueIdSteps(world);
        capa = new CapabilitySteps(world);
        drop = new MaildropAssertions(world);
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
            world.cleanUp();
        } finally {
            world.forgetCapabilities();
            server.close();
        }
    }
}
