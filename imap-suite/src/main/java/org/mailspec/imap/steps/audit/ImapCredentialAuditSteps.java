package org.mailspec.imap.steps.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mailspec.audit.FailedLogins;
import org.mailspec.audit.steps.Advertised;
import org.mailspec.audit.steps.AuditWorld;
import org.mailspec.audit.steps.Observation;
import org.mailspec.imap.Command;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.ImapClient;
import org.mailspec.imap.PendingCommand;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.ContinuationRequest;
import org.mailspec.run.RuleViolation;
import org.mailspec.wire.WireException;

/**
 * IMAP's own credential checks: LOGIN and AUTHENTICATE PLAIN sent before TLS, AUTHENTICATE
 * ANONYMOUS, and what CAPABILITY advertises (LOGINDISABLED, the {@code AUTH=} mechanisms). The
 * shared steps judge the answers (org.mailspec.audit.steps).
 */
public final class ImapCredentialAuditSteps {
    private final AuditWorld<ImapClient> world;

    public ImapCredentialAuditSteps(AuditWorld<ImapClient> world) {
        this.world = world;
    }

    // ------------------------------------------------------------------ cleartext

    @When("the auditor sends LOGIN with the test account's password in cleartext")
    public void cleartextLogin() throws WireException {
        ImapClient c = world.session().client();
        long t0 = System.nanoTime();
        CommandResult r = c.login(world.account());
        world.observe(Observation.of("LOGIN " + world.account().user() + " ***", ImapAudit.reply(r), FailedLogins.millisSince(t0)));
    }

    @When("the auditor sends AUTHENTICATE PLAIN with the test account's password in cleartext")
    public void cleartextAuthenticatePlain() throws WireException {
        ImapClient c = world.session().client();
        long t0 = System.nanoTime();
        CommandResult r = c.authenticatePlain(world.account(), c.hasCapability("SASL-IR"));
        world.observe(Observation.of("AUTHENTICATE PLAIN ***", ImapAudit.reply(r), FailedLogins.millisSince(t0)));
    }

    @Then("the audit finds LOGINDISABLED advertised")
    public void loginDisabledAdvertised() {
        Advertised before = beforeTls();
        if (!before.has("LOGINDISABLED")) {
            throw new RuleViolation("without TLS the server advertises LOGINDISABLED (RFC 9051 6.2.3)",
                    "LOGINDISABLED among the capabilities", before.listing(), world.sessionName());
        }
    }

    @Then("the audit finds no cleartext mechanism advertised")
    public void noCleartextMechanismAdvertised() {
        Advertised before = beforeTls();
        List<String> offered = before.names().stream()
                .filter(c -> c.equalsIgnoreCase("AUTH=PLAIN") || c.equalsIgnoreCase("AUTH=LOGIN")).toList();
        if (!offered.isEmpty()) {
            throw new RuleViolation("without TLS the server offers no mechanism that sends the password in clear (RFC 2595 2.3)",
                    "neither AUTH=PLAIN nor AUTH=LOGIN before STARTTLS", before.listing() + " (offers " + offered + ")",
                    world.sessionName());
        }
    }

    private Advertised beforeTls() {
        return world.beforeTls().orElseThrow(() -> new IllegalStateException("no CAPABILITY was read before TLS"));
    }

    // ------------------------------------------------------------------ anonymous

    @When("the auditor sends AUTHENTICATE ANONYMOUS")
    public void authenticateAnonymous() throws WireException {
        ImapClient c = world.session().client();
        String trace = Base64.getEncoder().encodeToString("mailspec-audit".getBytes(StandardCharsets.US_ASCII));
        long t0 = System.nanoTime();
        PendingCommand p = c.send(Command.of("AUTHENTICATE").atom("ANONYMOUS"));
        Received first = readUntil(c, p);
        if (first.response() instanceof ContinuationRequest) {
            c.sendRaw((trace + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        CommandResult r = c.await(p);
        world.observe(Observation.of("AUTHENTICATE ANONYMOUS", ImapAudit.reply(r), FailedLogins.millisSince(t0)));
    }

    /** The continuation request or the completion of {@code p}, whichever comes first. */
    private static Received readUntil(ImapClient c, PendingCommand p) throws WireException {
        while (true) {
            Received r = c.readResponse(c.connection().timeout());
            if (r.response() instanceof ContinuationRequest || p.isDone()) {
                return r;
            }
        }
    }

    @Then("the audit finds the ANONYMOUS mechanism not advertised")
    public void anonymousNotAdvertised() throws WireException {
        List<String> before = world.beforeTls().map(Advertised::names).orElse(List.of());
        List<String> after = world.afterTls().map(Advertised::names).orElse(List.of());
        List<String> seen = new ArrayList<>(before);
        seen.addAll(after);
        if (seen.isEmpty()) {
            seen.addAll(world.protocol().advertised(world.session().client()).names());
        }
        if (seen.stream().anyMatch(c -> c.equalsIgnoreCase("AUTH=ANONYMOUS"))) {
            throw new RuleViolation("the server offers no anonymous login (RFC 4505 6)",
                    "no AUTH=ANONYMOUS capability", "before TLS: " + before + "; after TLS: " + after, world.sessionName());
        }
    }
}
