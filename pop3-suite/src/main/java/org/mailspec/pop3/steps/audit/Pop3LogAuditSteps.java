package org.mailspec.pop3.steps.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mailspec.audit.LogSecrets;
import org.mailspec.audit.ServerLog;
import org.mailspec.audit.SourceAddress;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.Skip;
import org.mailspec.settings.Account;
import org.mailspec.wire.WireException;

/** What the server writes to its log about POP3 credentials: the test password and a marker password. */
public final class Pop3LogAuditSteps {
    private static final Duration LOG_WAIT = Duration.ofSeconds(3);

    private final Pop3AuditWorld world;
    private ServerLog log;
    private String marker;

    public Pop3LogAuditSteps(Pop3AuditWorld world) {
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
        Pop3Client bad = world.connectSecure(SourceAddress.forFailureProbe(world.target().pop3(), world.target().clientBind()));
        Pop3Reply f = login(bad, new Account(a.user(), marker));
        world.transcript().event("audit", "marker password " + marker.substring(0, 16) + "… answered " + f.status());
        bad.close();
        Pop3Client ok = world.connectSecure(Optional.empty());
        Pop3Reply r = login(ok, a);
        if (!r.ok()) {
            throw new IllegalStateException("the test account could not log in: " + r);
        }
        ok.quit();
    }

    private static Pop3Reply login(Pop3Client c, Account a) throws WireException {
        var caps = c.capa();
        return caps.has("USER") || !caps.has("SASL") ? c.login(a) : c.authPlain(a, true);
    }

    @Then("the audit finds no password or password hash in the server log")
    public void noPasswordInLog() throws IOException {
        Account a = world.account();
        String appended = log.since(a.user(), LOG_WAIT);
        List<LogSecrets.Hit> hits = new LogSecrets().password(a.user(), a.password(), "the test account's password")
                .password(a.user(), marker, "the marker password").scan(appended);
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
}
