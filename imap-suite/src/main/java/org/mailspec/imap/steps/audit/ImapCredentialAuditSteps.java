package org.mailspec.imap.steps.audit;

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
import org.mailspec.imap.Command;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.ImapClient;
import org.mailspec.imap.PendingCommand;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.ContinuationRequest;
import org.mailspec.imap.response.Status;
import org.mailspec.imap.response.TaggedResponse;
import org.mailspec.run.RuleViolation;
import org.mailspec.settings.Account;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ConnectionClosedException;
import org.mailspec.wire.ParserMode;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.WireException;

/**
 * What the server does with credentials: cleartext LOGIN and AUTHENTICATE PLAIN before TLS, the
 * ANONYMOUS mechanism, what a failed login tells, and whether repeated failures slow down.
 */
public final class ImapCredentialAuditSteps {
    private final ImapAuditWorld world;

    public ImapCredentialAuditSteps(ImapAuditWorld world) {
        this.world = world;
    }

    // ------------------------------------------------------------------ connections

    @Given("the auditor connects to IMAP without TLS from an untrusted address")
    public void connectWithoutTls() throws WireException {
        ImapClient c = world.connectCleartext(ParserMode.STRICT);
        world.capabilitiesBeforeTls = c.capabilities();
    }

    @Given("the auditor connects to IMAP with TLS from an untrusted address")
    public void connectWithTls() throws WireException {
        world.connectSecure(Optional.empty());
    }

    // ------------------------------------------------------------------ cleartext

    @When("the auditor sends LOGIN with the test account's password in cleartext")
    public void cleartextLogin() throws WireException {
        ImapClient c = world.client;
        long t0 = System.nanoTime();
        CommandResult r = c.login(world.account());
        world.observations.add(new ImapAuditWorld.Observation("LOGIN " + world.account().user() + " ***", c.name(),
                Optional.of(r.completion()), r.status().name(), FailedLogins.millisSince(t0)));
    }

    @When("the auditor sends AUTHENTICATE PLAIN with the test account's password in cleartext")
    public void cleartextAuthenticatePlain() throws WireException {
        ImapClient c = world.client;
        long t0 = System.nanoTime();
        CommandResult r = c.authenticatePlain(world.account(), c.hasCapability("SASL-IR"));
        world.observations.add(new ImapAuditWorld.Observation("AUTHENTICATE PLAIN ***", c.name(),
                Optional.of(r.completion()), r.status().name(), FailedLogins.millisSince(t0)));
    }

    @Then("the audit finds LOGINDISABLED advertised")
    public void loginDisabledAdvertised() {
        if (!has(world.capabilitiesBeforeTls, "LOGINDISABLED")) {
            throw violation("without TLS the server advertises LOGINDISABLED (RFC 9051 6.2.3)",
                    "LOGINDISABLED among the capabilities", "CAPABILITY " + String.join(" ", world.capabilitiesBeforeTls));
        }
    }

    @Then("the audit finds no cleartext mechanism advertised")
    public void noCleartextMechanismAdvertised() {
        List<String> offered = world.capabilitiesBeforeTls.stream()
                .filter(c -> c.equalsIgnoreCase("AUTH=PLAIN") || c.equalsIgnoreCase("AUTH=LOGIN")).toList();
        if (!offered.isEmpty()) {
            throw violation("without TLS the server offers no mechanism that sends the password in clear (RFC 2595 2.3)",
                    "neither AUTH=PLAIN nor AUTH=LOGIN before STARTTLS",
                    "CAPABILITY " + String.join(" ", world.capabilitiesBeforeTls) + " (offers " + offered + ")");
        }
    }

    @Then("the audit finds the cleartext credentials refused")
    public void cleartextCredentialsRefused() {
        ImapAuditWorld.Observation o = last();
        if (o.outcome().equals(Status.OK.name())) {
            mark(o, "cleartext credentials accepted");
            throw violation("without TLS the server refuses a cleartext password (RFC 9051 6.2.3, RFC 2595 2.3)",
                    "NO or BAD (e.g. NO [PRIVACYREQUIRED])", o.attempt() + " answered \"" + raw(o) + "\"", o.connection());
        }
    }

    // ------------------------------------------------------------------ anonymous

    @When("the auditor sends AUTHENTICATE ANONYMOUS")
    public void authenticateAnonymous() throws WireException {
        ImapClient c = world.client;
        String trace = Base64.getEncoder().encodeToString("mailspec-audit".getBytes(StandardCharsets.US_ASCII));
        long t0 = System.nanoTime();
        PendingCommand p = c.send(Command.of("AUTHENTICATE").atom("ANONYMOUS"));
        Received first = readUntil(c, p);
        if (first.response() instanceof ContinuationRequest) {
            c.sendRaw((trace + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        CommandResult r = c.await(p);
        world.observations.add(new ImapAuditWorld.Observation("AUTHENTICATE ANONYMOUS", c.name(),
                Optional.of(r.completion()), r.status().name(), FailedLogins.millisSince(t0)));
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
        List<String> seen = new ArrayList<>(world.capabilitiesBeforeTls);
        seen.addAll(world.capabilitiesAfterTls);
        if (seen.isEmpty() && world.client != null) {
            seen.addAll(world.client.capabilities());
        }
        if (has(seen, "AUTH=ANONYMOUS")) {
            throw violation("the server offers no anonymous login (RFC 4505 6)",
                    "no AUTH=ANONYMOUS capability", "before TLS: " + world.capabilitiesBeforeTls
                            + "; after TLS: " + world.capabilitiesAfterTls);
        }
    }

    @Then("the audit finds the anonymous login refused")
    public void anonymousLoginRefused() {
        ImapAuditWorld.Observation o = last();
        if (o.outcome().equals(Status.OK.name())) {
            mark(o, "anonymous login accepted");
            throw violation("the server refuses an anonymous login (RFC 4505 6)", "NO or BAD",
                    "AUTHENTICATE ANONYMOUS answered \"" + raw(o) + "\"", o.connection());
        }
    }

    // ------------------------------------------------------------------ failed logins

    @When("the auditor fails to log in as an unknown user and as the test account with a wrong password")
    public void failUnknownUserAndWrongPassword() throws WireException {
        String unknown = FailedLogins.unknownUser();
        failOnce(new Account(unknown, FailedLogins.wrongPassword()), "an unknown user");
        failOnce(new Account(world.account().user(), FailedLogins.wrongPassword()), "a wrong password");
    }

    /** One failed LOGIN over TLS from a fresh source address (no delay carried over from earlier failures). */
    private void failOnce(Account account, String what) throws WireException {
        ImapClient c = world.connectSecure(SourceAddress.forFailureProbe(world.target().imap(), world.target().clientBind()));
        long t0 = System.nanoTime();
        CommandResult r = login(c, account);
        world.observations.add(new ImapAuditWorld.Observation(what + " (LOGIN " + account.user() + " ***)", c.name(),
                Optional.of(r.completion()), r.status().name(), FailedLogins.millisSince(t0)));
        c.close();
    }

    private static CommandResult login(ImapClient c, Account account) throws WireException {
        if (c.hasCapability("LOGINDISABLED")) {
            return c.authenticatePlain(account, c.hasCapability("SASL-IR"));
        }
        return c.login(account);
    }

    @Then("the audit finds both failures answered alike")
    public void failuresAnsweredAlike() {
        if (world.observations.size() < 2) {
            throw new IllegalStateException("two failed logins expected, got " + world.observations);
        }
        ImapAuditWorld.Observation unknown = world.observations.get(world.observations.size() - 2);
        ImapAuditWorld.Observation wrong = world.observations.get(world.observations.size() - 1);
        for (ImapAuditWorld.Observation o : List.of(unknown, wrong)) {
            if (o.outcome().equals(Status.OK.name())) {
                throw new IllegalStateException("a login meant to fail succeeded: " + o.attempt() + " answered " + raw(o));
            }
        }
        String a = withoutUserNames(normal(unknown));
        String b = withoutUserNames(normal(wrong));
        if (!a.equals(b)) {
            mark(unknown, "unknown user");
            mark(wrong, "wrong password");
            throw violation("a failed login does not tell why the credentials are invalid (RFC 3501 11.2)",
                    "the same answer for an unknown user and for a wrong password",
                    "unknown user: \"" + raw(unknown) + "\"; wrong password: \"" + raw(wrong) + "\"", unknown.connection());
        }
    }

    private String withoutUserNames(String text) {
        return FailedLogins.withoutUserNames(text, world.account().user());
    }

    /** The answer without its tag. */
    private static String normal(ImapAuditWorld.Observation o) {
        if (o.answer().isPresent() && o.answer().get().response() instanceof TaggedResponse t) {
            return t.status() + " " + t.text();
        }
        return o.outcome();
    }

    @When("the auditor fails to log in {int} times in a row")
    public void failRepeatedly(int times) throws WireException {
        FailedLogins.requireBounded(times);
        ImapClient c = world.connectSecure(SourceAddress.forFailureProbe(world.target().imap(), world.target().clientBind()));
        for (int i = 1; i <= times; i++) {
            Account wrong = new Account(world.account().user(), FailedLogins.wrongPassword(i));
            long t0 = System.nanoTime();
            String attempt = "failed login " + i + " of " + times;
            try {
                CommandResult r = login(c, wrong);
                long ms = FailedLogins.millisSince(t0);
                world.observations.add(new ImapAuditWorld.Observation(attempt, c.name(), Optional.of(r.completion()),
                        r.status().name(), ms));
                if (r.status() == Status.OK) {
                    throw new IllegalStateException("a login with a wrong password succeeded: " + raw(world.observations.get(world.observations.size() - 1)));
                }
                if (FailedLogins.delayed(ms)) {
                    c.connection().event(attempt + " answered after " + ms + " ms: delayed; the probe stops here");
                    return;
                }
            } catch (ConnectionClosedException e) {
                world.observations.add(new ImapAuditWorld.Observation(attempt, c.name(), Optional.empty(), "CLOSED", FailedLogins.millisSince(t0)));
                return;
            } catch (ReadTimeoutException e) {
                world.observations.add(new ImapAuditWorld.Observation(attempt, c.name(), Optional.empty(), "NO ANSWER", FailedLogins.millisSince(t0)));
                return;
            }
            if (c.bye().isPresent()) {
                world.observations.add(new ImapAuditWorld.Observation(attempt, c.name(), c.bye(), "BYE", FailedLogins.millisSince(t0)));
                return;
            }
        }
    }

    @Then("the audit finds the failures delayed or refused")
    public void failuresDelayedOrRefused() {
        boolean slowed = world.observations.stream().anyMatch(o -> FailedLogins.delayed(o.millis())
                || !o.outcome().equals(Status.NO.name()) && !o.outcome().equals(Status.BAD.name()));
        if (!slowed) {
            StringBuilder sb = new StringBuilder();
            for (ImapAuditWorld.Observation o : world.observations) {
                sb.append(o.attempt()).append(": ").append(raw(o)).append(" after ").append(o.millis()).append(" ms; ");
                mark(o, "answered after " + o.millis() + " ms");
            }
            throw violation("failed logins slow an attacker down: a delay or a closed connection",
                    "a failure answered after " + FailedLogins.NO_DELAY.toMillis() + " ms or more, or the connection closed",
                    sb.toString().strip(), world.observations.get(0).connection());
        }
    }

    // ------------------------------------------------------------------ helpers

    private ImapAuditWorld.Observation last() {
        if (world.observations.isEmpty()) {
            throw new IllegalStateException("no attempt was made before this assertion");
        }
        return world.observations.get(world.observations.size() - 1);
    }

    private void mark(ImapAuditWorld.Observation o, String note) {
        o.answer().flatMap(Received::entry).ifPresent(e -> world.transcript().mark(e, note));
    }

    static boolean has(List<String> capabilities, String name) {
        return capabilities.stream().anyMatch(c -> c.toUpperCase(Locale.ROOT).equals(name.toUpperCase(Locale.ROOT)));
    }

    static String raw(ImapAuditWorld.Observation o) {
        return o.answer().map(r -> Ascii.escape(r.raw()).strip()).orElse(o.outcome());
    }

    private RuleViolation violation(String rule, String expected, String actual) {
        return violation(rule, expected, actual, world.client == null ? "" : world.client.name());
    }

    private static RuleViolation violation(String rule, String expected, String actual, String connection) {
        return new RuleViolation(rule, expected, actual, connection);
    }

}
