package org.mailspec.audit.steps;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mailspec.audit.DovecotAuthLogging;
import org.mailspec.audit.ServerLog;
import org.mailspec.audit.ServerLogAudit;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.Skip;
import org.mailspec.settings.Account;
import org.mailspec.wire.WireException;

/**
 * What the server writes to its log about credentials: a login with the account's password and a
 * failed one with a marker password, then the log searched for either (and for password hashes);
 * and, on a Dovecot the harness manages, the effective values of the settings that decide it.
 *
 * @param <C> the protocol's client
 */
public final class LogAuditSteps<C> {
    private final AuditWorld<C> world;
    private ServerLog log;
    private String marker;
    private DovecotAuthLogging dovecot;

    public LogAuditSteps(AuditWorld<C> world) {
        this.world = world;
    }

    @Given("the auditor can read the server log")
    public void canReadLog() throws IOException {
        log = ServerLogAudit.mark(world.target(), world.transcript());
    }

    @When("the auditor logs in with the test account's password and fails once with a marker password")
    public void loginAndFailWithMarker() throws WireException {
        Account a = world.account();
        AuditProtocol<C> protocol = world.protocol();
        marker = ServerLogAudit.marker();
        AuditSession<C> bad = world.connectSecureForFailures();
        AuditReply f = protocol.login(bad.client(), new Account(a.user(), marker));
        ServerLogAudit.noteMarker(world.transcript(), marker, f.status());
        bad.close();
        AuditSession<C> ok = world.connectSecure(Optional.empty());
        AuditReply r = protocol.login(ok.client(), a);
        if (!r.accepted()) {
            throw new IllegalStateException("the test account could not log in: " + r.escaped());
        }
        protocol.logout(ok.client());
    }

    @Then("the audit finds no password or password hash in the server log")
    public void noPasswordInLog() throws IOException {
        ServerLogAudit.noPasswordIn(log, world.account(), marker, world.transcript());
    }

    @Given("the auditor reads the target's effective Dovecot configuration")
    public void readDovecotConfiguration() {
        if (!world.target().traits().contains("dovecot")) {
            throw Skip.because("not a Dovecot the harness manages: its effective configuration (doveconf -n) is not available");
        }
        String conf = world.target().effectiveConfig().orElseThrow(() -> Skip.because("doveconf -n gave no output"));
        dovecot = DovecotAuthLogging.parse(conf);
        for (DovecotAuthLogging.Setting s : dovecot.all()) {
            world.transcript().event("doveconf", s.toString());
        }
    }

    @Then("the audit finds Dovecot's password logging off")
    public void passwordLoggingOff() {
        judge(DovecotAuthLogging.PASSWORD_LOGGING, "Dovecot writes no password to its log");
    }

    @Then("the audit finds Dovecot's authentication debug logging off")
    public void debugLoggingOff() {
        judge(DovecotAuthLogging.DEBUG_LOGGING, "Dovecot does not log each authentication's details");
    }

    private void judge(List<String> names, String rule) {
        List<String> on = new ArrayList<>();
        for (String n : names) {
            DovecotAuthLogging.Setting s = dovecot.setting(n);
            if (s.dangerous()) {
                on.add(s.name() + " = " + s.value() + " (logs " + s.exposes() + ")");
            }
        }
        if (!on.isEmpty()) {
            throw new RuleViolation(rule, String.join(", ", names) + " at their defaults (no)", String.join("; ", on), "doveconf");
        }
    }
}
