package org.mailspec.pop3.steps;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.mailspec.fixture.Fixtures;
import org.mailspec.run.SuiteContext;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.target.Target;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.Transcript;

/**
 * What one scenario's parts need from the run: where the POP3 server listens, the accounts, the
 * run id the seeded messages carry, how connections are made (timeout, TLS trust, local address;
 * {@link Sessions} gives each scenario its own transcript), and the {@link Delivery} that puts
 * messages in a maildrop. Read from the injected {@link SuiteContext} when a part first needs it,
 * so that a target that could not be started skips the scenario from its first step, with why.
 */
public final class Pop3Setup {

    /**
     * The setup's values.
     *
     * @param target   the target's name, for the capability cache and messages
     * @param accounts every account of the run, at least one ({@link Maildrop#account()} picks the scenario's)
     */
    public record Values(String target, Endpoint pop3, Optional<Endpoint> pop3s, List<Account> accounts, String runId,
                         ClientOptions options, Delivery delivery) {

        public Values {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(pop3, "pop3");
            Objects.requireNonNull(pop3s, "pop3s");
            accounts = List.copyOf(accounts);
            if (accounts.isEmpty()) {
                throw new IllegalArgumentException("no account to log in as");
            }
            Objects.requireNonNull(runId, "runId");
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(delivery, "delivery");
        }
    }

    private final Supplier<Values> source;
    private Values values;

    /** For Cucumber: from the run's target, settings and run id. */
    public Pop3Setup(SuiteContext context) {
        this(() -> fromRun(context));
    }

    private Pop3Setup(Supplier<Values> source) {
        this.source = source;
    }

    /** A setup on explicit values (unit tests against a scripted server). */
    static Pop3Setup of(Values values) {
        return new Pop3Setup(() -> values);
    }

    private static Values fromRun(SuiteContext context) {
        Target target = context.target();
        return new Values(target.name(), target.pop3(), target.pop3s(), target.accounts(), context.runId(),
                org.mailspec.target.Sessions.options(target, new Transcript()),
                new FixtureDelivery(new Fixtures(target, context.runId()), context.settings(), target));
    }

    private Values values() {
        if (values == null) {
            values = source.get();
        }
        return values;
    }

    public String target() {
        return values().target();
    }

    /** The POP3 endpoint as configured: plain, STLS, or implicit TLS. */
    public Endpoint pop3() {
        return values().pop3();
    }

    public Optional<Endpoint> pop3s() {
        return values().pop3s();
    }

    public List<Account> accounts() {
        return values().accounts();
    }

    public String runId() {
        return values().runId();
    }

    /** The target's connection options; the transcript in them is a placeholder each connection replaces. */
    public ClientOptions options() {
        return values().options();
    }

    public Duration timeout() {
        return options().timeout();
    }

    public Delivery delivery() {
        return values().delivery();
    }
}
