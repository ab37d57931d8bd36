package org.mailspec.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.target.Target;

/**
 * A {@link Target} over a {@link ScriptedServer}, for negative-control tests: one endpoint
 * answers as both the IMAP and the POP3 server (a test speaks only one of them), no implicit-TLS
 * endpoints, no SMTP, one account, certificates not verified, a five-second timeout. The
 * {@code with...} methods change one fact each.
 */
public record ScriptedTarget(Endpoint imap, Optional<Endpoint> imaps, Endpoint pop3, Optional<Endpoint> pop3s,
                             List<Account> accounts, boolean tlsInsecure, Duration timeout, Optional<Path> serverLog,
                             Set<String> traits, Optional<String> effectiveConfig, Optional<String> clientBind)
        implements Target {

    /** The account a scripted server accepts unless a test says otherwise. */
    public static final Account ACCOUNT = new Account("mailspec1", "PklYcUEsime9Yjvom3wdZk6X");

    public ScriptedTarget {
        accounts = List.copyOf(accounts);
        traits = Set.copyOf(traits);
    }

    /** The scripted server at {@code endpoint}, as both the IMAP and the POP3 server. */
    public static ScriptedTarget of(Endpoint endpoint) {
        return new ScriptedTarget(endpoint, Optional.empty(), endpoint, Optional.empty(), List.of(ACCOUNT), true,
                Duration.ofSeconds(5), Optional.empty(), Set.of(), Optional.empty(), Optional.empty());
    }

    public ScriptedTarget withImaps(Endpoint e) {
        return new ScriptedTarget(imap, Optional.of(e), pop3, pop3s, accounts, tlsInsecure, timeout, serverLog, traits,
                effectiveConfig, clientBind);
    }

    public ScriptedTarget withPop3s(Endpoint e) {
        return new ScriptedTarget(imap, imaps, pop3, Optional.of(e), accounts, tlsInsecure, timeout, serverLog, traits,
                effectiveConfig, clientBind);
    }

    public ScriptedTarget withAccounts(List<Account> a) {
        return new ScriptedTarget(imap, imaps, pop3, pop3s, a, tlsInsecure, timeout, serverLog, traits,
                effectiveConfig, clientBind);
    }

    public ScriptedTarget withTimeout(Duration t) {
        return new ScriptedTarget(imap, imaps, pop3, pop3s, accounts, tlsInsecure, t, serverLog, traits,
                effectiveConfig, clientBind);
    }

    /** Certificates are verified (the default accepts any). */
    public ScriptedTarget strictTls() {
        return new ScriptedTarget(imap, imaps, pop3, pop3s, accounts, false, timeout, serverLog, traits,
                effectiveConfig, clientBind);
    }

    public ScriptedTarget withLog(Path log) {
        return new ScriptedTarget(imap, imaps, pop3, pop3s, accounts, tlsInsecure, timeout, Optional.of(log), traits,
                effectiveConfig, clientBind);
    }

    /** Claims to be a Dovecot whose {@code doveconf -n} prints {@code doveconf}. */
    public ScriptedTarget dovecot(String doveconf) {
        return new ScriptedTarget(imap, imaps, pop3, pop3s, accounts, tlsInsecure, timeout, serverLog,
                Set.of("dovecot"), Optional.of(doveconf), clientBind);
    }

    public ScriptedTarget boundTo(String address) {
        return new ScriptedTarget(imap, imaps, pop3, pop3s, accounts, tlsInsecure, timeout, serverLog, traits,
                effectiveConfig, Optional.of(address));
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public String resolvedBecause() {
        return "a scripted server";
    }

    @Override
    public Optional<Endpoint> smtp() {
        return Optional.empty();
    }
}
