package org.mailspec.pop3.steps.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mailspec.audit.FailedLogins;
import org.mailspec.audit.steps.Advertised;
import org.mailspec.audit.steps.AuditSession;
import org.mailspec.audit.steps.AuditWorld;
import org.mailspec.audit.steps.Observation;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.pop3.Pop3Status;
import org.mailspec.run.RuleViolation;
import org.mailspec.settings.Account;
import org.mailspec.wire.WireException;

/**
 * POP3's own credential checks: USER/PASS and AUTH PLAIN sent before TLS, AUTH ANONYMOUS, USER
 * with an unknown name, and what CAPA advertises (USER, the SASL mechanisms). The shared steps
 * judge the answers (org.mailspec.audit.steps).
 */
public final class Pop3CredentialAuditSteps {
    private final AuditWorld<Pop3Client> world;

    public Pop3CredentialAuditSteps(AuditWorld<Pop3Client> world) {
        this.world = world;
    }

    // ------------------------------------------------------------------ cleartext

    @When("the auditor sends USER and PASS with the test account's password in cleartext")
    public void cleartextUserPass() throws WireException {
        Pop3Client c = world.session().client();
        Account a = world.account();
        long t0 = System.nanoTime();
        Pop3Reply u = c.user(a.user());
        if (!u.ok()) {
            world.observe(Observation.of("USER " + a.user(), Pop3Audit.reply(u, c.name()), FailedLogins.millisSince(t0)));
            return;
        }
        Pop3Reply p = c.pass(a.password());
        world.observe(Observation.of("USER " + a.user() + " / PASS ***", Pop3Audit.reply(p, c.name()), FailedLogins.millisSince(t0)));
    }

    @When("the auditor sends AUTH PLAIN with the test account's password in cleartext")
    public void cleartextAuthPlain() throws WireException {
        Pop3Client c = world.session().client();
        long t0 = System.nanoTime();
        Pop3Reply r = c.authPlain(world.account(), true);
        world.observe(Observation.of("AUTH PLAIN ***", Pop3Audit.reply(r, c.name()), FailedLogins.millisSince(t0)));
    }

    @Then("the audit finds no cleartext login advertised")
    public void noCleartextLoginAdvertised() {
        Advertised caps = world.beforeTls().orElseThrow(() -> new IllegalStateException("no CAPA was read before TLS"));
        List<String> offered = new ArrayList<>();
        if (caps.has("USER")) {
            offered.add("USER");
        }
        caps.saslMechanisms().stream().filter(m -> m.equalsIgnoreCase("PLAIN") || m.equalsIgnoreCase("LOGIN"))
                .forEach(m -> offered.add("SASL " + m));
        if (!offered.isEmpty()) {
            throw new RuleViolation("without TLS the server offers no login that sends the password in clear (RFC 2595 2.3)",
                    "neither USER nor SASL PLAIN/LOGIN in CAPA before STLS", caps.listing() + " offers " + offered,
                    world.sessionName());
        }
    }

    // ------------------------------------------------------------------ anonymous

    @When("the auditor sends AUTH ANONYMOUS")
    public void authAnonymous() throws WireException {
        Pop3Client c = world.session().client();
        String trace = Base64.getEncoder().encodeToString("mailspec-audit".getBytes(StandardCharsets.US_ASCII));
        long t0 = System.nanoTime();
        c.sendRaw(("AUTH ANONYMOUS " + trace + "\r\n").getBytes(StandardCharsets.US_ASCII));
        Pop3Reply r = c.readReply(c.connection().timeout());
        if (r.status() == Pop3Status.CONTINUE) {
            c.sendRaw("*\r\n".getBytes(StandardCharsets.US_ASCII));
            r = c.readReply(c.connection().timeout());
        }
        world.observe(Observation.of("AUTH ANONYMOUS", Pop3Audit.reply(r, c.name()), FailedLogins.millisSince(t0)));
    }

    @Then("the audit finds the ANONYMOUS mechanism not advertised")
    public void anonymousNotAdvertised() throws WireException {
        List<Advertised> seen = new ArrayList<>();
        world.beforeTls().ifPresent(seen::add);
        world.afterTls().ifPresent(seen::add);
        if (seen.isEmpty()) {
            seen.add(world.protocol().advertised(world.session().client()));
        }
        for (Advertised caps : seen) {
            if (caps.offers("ANONYMOUS")) {
                throw new RuleViolation("the server offers no anonymous login (RFC 4505 6)", "no ANONYMOUS in the SASL capability",
                        "CAPA SASL " + caps.saslMechanisms(), world.sessionName());
            }
        }
    }

    // ------------------------------------------------------------------ user names

    /** Two USER commands, each on a connection of its own over TLS; the shared "both answered alike" judges them. */
    @When("the auditor sends USER with an unknown user and with the test account's user")
    public void userUnknownAndKnown() throws WireException {
        for (String user : List.of(FailedLogins.unknownUser(), world.account().user())) {
            AuditSession<Pop3Client> s = world.connectSecure(Optional.empty());
            long t0 = System.nanoTime();
            Pop3Reply r = s.client().user(user);
            world.observe(Observation.of("USER " + user, Pop3Audit.reply(r, s.name()), FailedLogins.millisSince(t0)));
            s.close();
        }
    }
}
