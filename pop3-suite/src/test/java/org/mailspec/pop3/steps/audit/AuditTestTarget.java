package org.mailspec.pop3.steps.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.target.Target;

/** A target made of scripted servers, for the audit steps' negative controls. */
record AuditTestTarget(Endpoint pop3, Optional<Endpoint> pop3s, boolean tlsInsecure, Optional<Path> serverLog,
                       Set<String> traits, Optional<String> effectiveConfig, Optional<String> clientBind) implements Target {

    static final Account ACCOUNT = new Account("mailspec1", "PklYcUEsime9Yjvom3wdZk6X");

    static AuditTestTarget of(Endpoint pop3) {
        return new AuditTestTarget(pop3, Optional.empty(), true, Optional.empty(), Set.of(), Optional.empty(), Optional.empty());
    }

    AuditTestTarget withPop3s(Endpoint e) {
        return new AuditTestTarget(pop3, Optional.of(e), tlsInsecure, serverLog, traits, effectiveConfig, clientBind);
    }

    AuditTestTarget strictTls() {
        return new AuditTestTarget(pop3, pop3s, false, serverLog, traits, effectiveConfig, clientBind);
    }

    AuditTestTarget withLog(Path log) {
        return new AuditTestTarget(pop3, pop3s, tlsInsecure, Optional.of(log), traits, effectiveConfig, clientBind);
    }

    AuditTestTarget dovecot(String doveconf) {
        return new AuditTestTarget(pop3, pop3s, tlsInsecure, serverLog, Set.of("dovecot"), Optional.of(doveconf), clientBind);
    }

    AuditTestTarget boundTo(String address) {
        return new AuditTestTarget(pop3, pop3s, tlsInsecure, serverLog, traits, effectiveConfig, Optional.of(address));
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public String resolvedBecause() {
        return "a negative control";
    }

    @Override
    public Endpoint imap() {
        return pop3;
    }

    @Override
    public Optional<Endpoint> imaps() {
        return Optional.empty();
    }

    @Override
    public Optional<Endpoint> smtp() {
        return Optional.empty();
    }

    @Override
    public List<Account> accounts() {
        return List.of(ACCOUNT);
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(5);
    }
}
