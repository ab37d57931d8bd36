package org.mailspec.pop3.steps;

import java.util.Objects;
import java.util.Optional;

import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.wire.ClientOptions;

/**
 * What one scenario's {@link Pop3World} needs from the run: where the POP3 server listens, the
 * account every client logs in as, the run id the seeded messages carry, how connections are made
 * (timeout, TLS trust, local address; the transcript is replaced per scenario), and the maildrop
 * the seeded messages go to.
 *
 * @param target the target's name, for the capability cache and messages
 */
public record Pop3Setup(String target, Endpoint pop3, Optional<Endpoint> pop3s, Account account, String runId,
                        ClientOptions options, Maildrop maildrop) {

    public Pop3Setup {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(pop3, "pop3");
        Objects.requireNonNull(pop3s, "pop3s");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(maildrop, "maildrop");
    }
}
