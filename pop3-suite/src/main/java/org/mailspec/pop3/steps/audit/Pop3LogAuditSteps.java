package org.mailspec.pop3.steps.audit;

import java.io.IOException;
import java.util.Optional;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mailspec.audit.ServerLog;
import org.mailspec.audit.ServerLogAudit;
import org.mailspec.audit.SourceAddress;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.settings.Account;
import org.mailspec.wire.WireException;

/** What the server writes to its log about POP3 credentials: the test password and a marker password. */
public final class Pop3LogAuditSteps {
    private final Pop3AuditWorld world;
    private ServerLog log;
    private String marker;

    public Pop3LogAuditSteps(Pop3AuditWorld world) {
        this.world = world;
    }

    @Given("the auditor can read the server log")
    public void canReadLog() throws IOException {
        log = ServerLogAudit.mark(world.target(), world.transcript());
    }

    @When("the auditor logs in with the test account's password and fails once with a marker password")
    public void loginAndFailWithMarker() throws WireException {
        Account a = world.account();
        marker = ServerLogAudit.marker();
        Pop3Client bad = world.connectSecure(SourceAddress.forFailureProbe(world.target().pop3(), world.target().clientBind()));
        Pop3Reply f = login(bad, new Account(a.user(), marker));
        ServerLogAudit.noteMarker(world.transcript(), marker, f.status());
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
        ServerLogAudit.noPasswordIn(log, world.account(), marker, world.transcript());
    }
}
