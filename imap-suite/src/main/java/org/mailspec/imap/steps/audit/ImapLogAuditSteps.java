package org.mailspec.imap.steps.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mailspec.audit.DovecotAuthLogging;
import org.mailspec.audit.LogSecrets;
import org.mailspec.audit.ServerLog;
import org.mailspec.audit.SourceAddress;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.ImapClient;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.Skip;
import org.mailspec.settings.Account;
import org.mailspec.wire.WireException;

/**
 * What the server writes to its log about credentials: a login with the account's password and a
 * failed one with a marker password, then the log searched for either (and for password hashes);
 * and, on a Dovecot the harness manages, the effective values of the settings that decide it.
 */
public final class ImapLogAuditSteps {
    /** How long the audit waits for the server to log the test account's login (the last thing it did). */
    private static final Duration LOG_WAIT = Duration.ofSeconds(3);

    private final ImapAuditWorld world;
    private ServerLog log;
    private String marker;
    private String appended;
    private DovecotAuthLogging dovecot;

    public ImapLogAuditSteps(ImapAuditWorld world) {
        this.world = world;
    }

    @Given("the auditor can read the server log")
    public void canReadLog() throws IOException {
        Path file = world.target().serverLog().orElseThrow(() -> Skip.because(
                "server.log not readable: set server.log=FILE (a log file of the server this harness can read)"));
        if (!Files.isReadable(file)) {
            throw Skip.because("server.log " + file + " is not readable by this user");
        }
        log = ServerLog.mark(file);
        world.transcript().event("audit", "server log " + file + " marked at byte " + Files.size(file));
    }

    @When("the auditor logs in with the test account's password and fails once with a marker password")
    public void loginAndFailWithMarker() throws WireException {
        Account a = world.account();
        marker = "mailspec-marker-" + UUID.randomUUID();
        ImapClient bad = world.connectSecure(SourceAddress.forFailureProbe(world.target().imap(), world.target().clientBind()));
        CommandResult f = login(bad, new Account(a.user(), marker));
        world.transcript().event("audit", "marker password " + marker.substring(0, 16) + "… answered " + f.status());
        bad.close();
        ImapClient ok = world.connectSecure(Optional.empty());
        CommandResult r = login(ok, a);
        if (!r.ok()) {
            throw new IllegalStateException("the test account could not log in: " + r.text());
        }
        ok.logout();
    }

    private static CommandResult login(ImapClient c, Account a) throws WireException {
        return c.hasCapability("LOGINDISABLED") ? c.authenticatePlain(a, c.hasCapability("SASL-IR")) : c.login(a);
    }

    @Then("the audit finds no password or password hash in the server log")
    public void noPasswordInLog() throws IOException {
        Account a = world.account();
        appended = log.since(a.user(), LOG_WAIT);
        LogSecrets secrets = new LogSecrets().password(a.user(), a.password(), "the test account's password")
                .password(a.user(), marker, "the marker password");
        List<LogSecrets.Hit> hits = secrets.scan(appended);
        world.transcript().event("audit", "server log: " + appended.lines().count() + " lines written during the scenario, "
                + hits.size() + " with a secret");
        for (LogSecrets.Hit h : hits.subList(0, Math.min(hits.size(), 20))) {
            world.transcript().event("audit", "log " + h);
        }
        if (!hits.isEmpty()) {
            throw new RuleViolation("the server log holds no password and no password hash", "no secret in " + log.file(),
                    hits.size() + " lines; first: " + hits.get(0), "audit");
        }
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
