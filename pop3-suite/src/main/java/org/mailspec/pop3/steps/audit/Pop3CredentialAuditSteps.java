package org.mailspec.pop3.steps.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mailspec.audit.FailedLogins;
import org.mailspec.audit.SourceAddress;
import org.mailspec.audit.VersionDisclosure;
import org.mailspec.pop3.Pop3Capabilities;
import org.mailspec.pop3.Pop3Capability;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.pop3.Pop3Status;
import org.mailspec.run.RuleViolation;
import org.mailspec.settings.Account;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ConnectionClosedException;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.WireException;

/**
 * What the POP3 server does with credentials and what it tells: USER/PASS and AUTH PLAIN before
 * TLS, the ANONYMOUS mechanism, the greeting, what a failed login tells, and repeated failures.
 */
public final class Pop3CredentialAuditSteps {
    private final Pop3AuditWorld world;

    public Pop3CredentialAuditSteps(Pop3AuditWorld world) {
        this.world = world;
    }

    @Given("the auditor connects to POP3 without TLS from an untrusted address")
    public void connectWithoutTls() throws WireException {
        Pop3Client c = world.connectCleartext();
        world.capabilitiesBeforeTls = Optional.of(c.capa());
    }

    @Given("the auditor connects to POP3 with TLS from an untrusted address")
    public void connectWithTls() throws WireException {
        world.connectSecure(Optional.empty());
    }

    @Given("the auditor connects to POP3 from an untrusted address")
    public void connect() throws WireException {
        var e = world.target().pop3();
        world.open(e, world.untrustedAddress(e));
    }

    // ------------------------------------------------------------------ cleartext

    @When("the auditor sends USER and PASS with the test account's password in cleartext")
    public void cleartextUserPass() throws WireException {
        Pop3Client c = world.client;
        Account a = world.account();
        long t0 = System.nanoTime();
        Pop3Reply u = c.user(a.user());
        if (!u.ok()) {
            world.observations.add(new Pop3AuditWorld.Observation("USER " + a.user(), c.name(), Optional.of(u), "-ERR", FailedLogins.millisSince(t0)));
            return;
        }
        Pop3Reply p = c.pass(a.password());
        world.observations.add(new Pop3AuditWorld.Observation("USER " + a.user() + " / PASS ***", c.name(), Optional.of(p),
                p.ok() ? "+OK" : "-ERR", FailedLogins.millisSince(t0)));
    }

    @When("the auditor sends AUTH PLAIN with the test account's password in cleartext")
    public void cleartextAuthPlain() throws WireException {
        Pop3Client c = world.client;
        long t0 = System.nanoTime();
        Pop3Reply r = c.authPlain(world.account(), true);
        world.observations.add(new Pop3AuditWorld.Observation("AUTH PLAIN ***", c.name(), Optional.of(r),
                r.ok() ? "+OK" : "-ERR", FailedLogins.millisSince(t0)));
    }

    @Then("the audit finds the cleartext credentials refused")
    public void cleartextCredentialsRefused() {
        Pop3AuditWorld.Observation o = last();
        if (o.ok()) {
            throw new RuleViolation("without TLS the server refuses a cleartext password (RFC 2595 2.3)",
                    "-ERR (e.g. -ERR [AUTH] Plaintext authentication disallowed)", o.attempt() + " answered \"" + raw(o) + "\"",
                    o.connection());
        }
    }

    @Then("the audit finds no cleartext login advertised")
    public void noCleartextLoginAdvertised() {
        Pop3Capabilities caps = world.capabilitiesBeforeTls.orElseThrow();
        List<String> offered = new ArrayList<>();
        if (caps.has("USER")) {
            offered.add("USER");
        }
        caps.get("SASL").map(Pop3Capability::arguments).ifPresent(args -> args.stream()
                .filter(m -> m.equalsIgnoreCase("PLAIN") || m.equalsIgnoreCase("LOGIN")).forEach(m -> offered.add("SASL " + m)));
        if (!offered.isEmpty()) {
            throw new RuleViolation("without TLS the server offers no login that sends the password in clear (RFC 2595 2.3)",
                    "neither USER nor SASL PLAIN/LOGIN in CAPA before STLS", "CAPA " + caps.names() + " offers " + offered,
                    world.client.name());
        }
    }

    // ------------------------------------------------------------------ anonymous

    @When("the auditor sends AUTH ANONYMOUS")
    public void authAnonymous() throws WireException {
        Pop3Client c = world.client;
        String trace = Base64.getEncoder().encodeToString("mailspec-audit".getBytes(StandardCharsets.US_ASCII));
        long t0 = System.nanoTime();
        c.sendRaw(("AUTH ANONYMOUS " + trace + "\r\n").getBytes(StandardCharsets.US_ASCII));
        Pop3Reply r = c.readReply(c.connection().timeout());
        if (r.status() == Pop3Status.CONTINUE) {
            c.sendRaw("*\r\n".getBytes(StandardCharsets.US_ASCII));
            r = c.readReply(c.connection().timeout());
        }
        world.observations.add(new Pop3AuditWorld.Observation("AUTH ANONYMOUS", c.name(), Optional.of(r), r.ok() ? "+OK" : "-ERR", FailedLogins.millisSince(t0)));
    }

    @Then("the audit finds the ANONYMOUS mechanism not advertised")
    public void anonymousNotAdvertised() throws WireException {
        List<Pop3Capabilities> seen = new ArrayList<>();
        world.capabilitiesBeforeTls.ifPresent(seen::add);
        world.capabilitiesAfterTls.ifPresent(seen::add);
        if (seen.isEmpty()) {
            seen.add(world.client.capa());
        }
        for (Pop3Capabilities caps : seen) {
            boolean anonymous = caps.get("SASL").map(s -> s.arguments().stream().anyMatch(m -> m.equalsIgnoreCase("ANONYMOUS")))
                    .orElse(false);
            if (anonymous) {
                throw new RuleViolation("the server offers no anonymous login (RFC 4505 6)", "no ANONYMOUS in the SASL capability",
                        "CAPA SASL " + caps.get("SASL").orElseThrow().arguments(), world.client.name());
            }
        }
    }

    @Then("the audit finds the anonymous login refused")
    public void anonymousLoginRefused() {
        Pop3AuditWorld.Observation o = last();
        if (o.ok()) {
            throw new RuleViolation("the server refuses an anonymous login (RFC 4505 6)", "-ERR",
                    "AUTH ANONYMOUS answered \"" + raw(o) + "\"", o.connection());
        }
    }

    // ------------------------------------------------------------------ banner

    @Then("the audit finds no software version in the greeting")
    public void noVersionInGreeting() {
        Pop3Reply g = world.client.greeting();
        String text = new String(g.raw(), StandardCharsets.ISO_8859_1).strip();
        Optional<String> version = VersionDisclosure.find(text);
        if (version.isPresent()) {
            throw new RuleViolation("the greeting does not name the server software's version", "a greeting without a version number",
                    "\"" + Ascii.escape(text) + "\" names version " + version.get(), world.client.name());
        }
    }

    // ------------------------------------------------------------------ failed logins

    @When("the auditor sends USER with an unknown user and with the test account's user")
    public void userUnknownAndKnown() throws WireException {
        for (String user : List.of(FailedLogins.unknownUser(), world.account().user())) {
            Pop3Client c = world.connectSecure(Optional.empty());
            long t0 = System.nanoTime();
            Pop3Reply r = c.user(user);
            world.observations.add(new Pop3AuditWorld.Observation("USER " + user, c.name(), Optional.of(r), r.ok() ? "+OK" : "-ERR", FailedLogins.millisSince(t0)));
            c.close();
        }
    }

    @When("the auditor fails to log in as an unknown user and as the test account with a wrong password")
    public void failUnknownUserAndWrongPassword() throws WireException {
        String unknown = FailedLogins.unknownUser();
        failOnce(new Account(unknown, FailedLogins.wrongPassword()), "an unknown user");
        failOnce(new Account(world.account().user(), FailedLogins.wrongPassword()), "a wrong password");
    }

    private void failOnce(Account account, String what) throws WireException {
        Pop3Client c = world.connectSecure(SourceAddress.forFailureProbe(world.target().pop3(), world.target().clientBind()));
        long t0 = System.nanoTime();
        Pop3Reply r = login(c, account);
        world.observations.add(new Pop3AuditWorld.Observation(what + " (" + account.user() + ")", c.name(), Optional.of(r),
                r.ok() ? "+OK" : "-ERR", FailedLogins.millisSince(t0)));
        c.close();
    }

    /** USER/PASS when offered, else AUTH PLAIN. */
    private static Pop3Reply login(Pop3Client c, Account a) throws WireException {
        Pop3Capabilities caps = c.capa();
        if (caps.has("USER") || !caps.has("SASL")) {
            return c.login(a);
        }
        return c.authPlain(a, true);
    }

    @Then("the audit finds both answered alike")
    public void answeredAlike() {
        if (world.observations.size() < 2) {
            throw new IllegalStateException("two attempts expected, got " + world.observations);
        }
        Pop3AuditWorld.Observation a = world.observations.get(world.observations.size() - 2);
        Pop3AuditWorld.Observation b = world.observations.get(world.observations.size() - 1);
        if (a.attempt().startsWith("an unknown user") && (a.ok() || b.ok())) {
            throw new IllegalStateException("a login meant to fail succeeded: " + raw(a) + " / " + raw(b));
        }
        String ra = a.reply().map(r -> r.status() + " " + r.code().map(Object::toString).orElse("") + " " + r.text()).orElse(a.outcome());
        String rb = b.reply().map(r -> r.status() + " " + r.code().map(Object::toString).orElse("") + " " + r.text()).orElse(b.outcome());
        if (!withoutUserNames(ra).equals(withoutUserNames(rb))) {
            throw new RuleViolation("the server does not tell which user names exist (RFC 1939 13)",
                    "the same answer for an unknown user and for the test account",
                    a.attempt() + ": \"" + raw(a) + "\"; " + b.attempt() + ": \"" + raw(b) + "\"", a.connection());
        }
    }

    @When("the auditor fails to log in {int} times in a row")
    public void failRepeatedly(int times) throws WireException {
        FailedLogins.requireBounded(times);
        Pop3Client c = world.connectSecure(SourceAddress.forFailureProbe(world.target().pop3(), world.target().clientBind()));
        for (int i = 1; i <= times; i++) {
            Account wrong = new Account(world.account().user(), FailedLogins.wrongPassword(i));
            String attempt = "failed login " + i + " of " + times;
            long t0 = System.nanoTime();
            try {
                Pop3Reply r = login(c, wrong);
                long ms = FailedLogins.millisSince(t0);
                world.observations.add(new Pop3AuditWorld.Observation(attempt, c.name(), Optional.of(r), r.ok() ? "+OK" : "-ERR", ms));
                if (r.ok()) {
                    throw new IllegalStateException("a login with a wrong password succeeded: " + r);
                }
                if (FailedLogins.delayed(ms)) {
                    c.connection().event(attempt + " answered after " + ms + " ms: delayed; the probe stops here");
                    return;
                }
            } catch (ConnectionClosedException e) {
                world.observations.add(new Pop3AuditWorld.Observation(attempt, c.name(), Optional.empty(), "CLOSED", FailedLogins.millisSince(t0)));
                return;
            } catch (ReadTimeoutException e) {
                world.observations.add(new Pop3AuditWorld.Observation(attempt, c.name(), Optional.empty(), "NO ANSWER", FailedLogins.millisSince(t0)));
                return;
            }
        }
    }

    @Then("the audit finds the failures delayed or refused")
    public void failuresDelayedOrRefused() {
        boolean slowed = world.observations.stream().anyMatch(o -> FailedLogins.delayed(o.millis()) || o.reply().isEmpty());
        if (!slowed) {
            StringBuilder sb = new StringBuilder();
            for (Pop3AuditWorld.Observation o : world.observations) {
                sb.append(o.attempt()).append(": ").append(raw(o)).append(" after ").append(o.millis()).append(" ms; ");
            }
            throw new RuleViolation("failed logins slow an attacker down: a delay or a closed connection",
                    "a failure answered after " + FailedLogins.NO_DELAY.toMillis() + " ms or more, or the connection closed",
                    sb.toString().strip(), world.observations.get(0).connection());
        }
    }

    // ------------------------------------------------------------------ helpers

    private String withoutUserNames(String text) {
        return FailedLogins.withoutUserNames(text, world.account().user());
    }

    private Pop3AuditWorld.Observation last() {
        if (world.observations.isEmpty()) {
            throw new IllegalStateException("no attempt was made before this assertion");
        }
        return world.observations.get(world.observations.size() - 1);
    }

    static String raw(Pop3AuditWorld.Observation o) {
        return o.reply().map(r -> Ascii.escape(r.raw()).strip()).orElse(o.outcome());
    }


    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
