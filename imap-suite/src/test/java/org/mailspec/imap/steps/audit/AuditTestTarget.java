package org.mailspec.imap.steps.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.target.Target;

/** A target made of scripted servers, for the audit steps' negative controls. */
record AuditTestTarget(Endpoint imap, Optional<Endpoint> imaps, boolean tlsInsecure, Optional<Path> serverLog,
                       Set<String> traits, Optional<String> effectiveConfig, Optional<String> clientBind) implements Target {

    static final Account ACCOUNT = new Account("mailspec1", "PklYcUEsime9Yjvom3wdZk6X");

    static AuditTestTarget of(Endpoint imap) {
        return new AuditTestTarget(imap, Optional.empty(), true, Optional.empty(), Set.of(), Optional.empty(), Optional.empty());
    }

    AuditTestTarget withImaps(Endpoint e) {
        return new AuditTestTarget(imap, Optional.of(e), tlsInsecure, serverLog, traits, effectiveConfig, clientBind);
    }

    AuditTestTarget strictTls() {
        return new AuditTestTarget(imap, imaps, false, serverLog, traits, effectiveConfig, clientBind);
    }

    AuditTestTarget withLog(Path log) {
        return new AuditTestTarget(imap, imaps, tlsInsecure, Optional.of(log), traits, effectiveConfig, clientBind);
    }

    AuditTestTarget dovecot(String doveconf) {
        return new AuditTestTarget(imap, imaps, tlsInsecure, serverLog, Set.of("dovecot"), Optional.of(doveconf), clientBind);
    }

    AuditTestTarget boundTo(String address) {
        return new AuditTestTarget(imap, imaps, tlsInsecure, serverLog, traits, effectiveConfig, Optional.of(address));
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
    public Endpoint pop3() {
        return imap;
    }

    @Override
    public Optional<Endpoint> pop3s() {
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
