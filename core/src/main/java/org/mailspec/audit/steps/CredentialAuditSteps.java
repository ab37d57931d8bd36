package org.mailspec.audit.steps;

import java.util.List;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mailspec.audit.FailedLogins;
import org.mailspec.run.RuleViolation;
import org.mailspec.settings.Account;
import org.mailspec.wire.ConnectionClosedException;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.WireException;

/**
 * What the server does with credentials, whatever the protocol: a cleartext password and an
 * anonymous login refused (the suites send them, each its protocol's way), failed logins that do
 * not tell an unknown user from a wrong password, and repeated failures slowed down.
 *
 * @param <C> the protocol's client
 */
public final class CredentialAuditSteps<C> {
    private final AuditWorld<C> world;

    public CredentialAuditSteps(AuditWorld<C> world) {
        this.world = world;
    }

    @Then("the audit finds the cleartext credentials refused")
    public void cleartextCredentialsRefused() {
        Observation o = world.lastObservation();
        if (o.accepted()) {
            world.mark(o, "cleartext credentials accepted");
            throw world.protocol().facts().rules().cleartextRefused().brokenBy(o.attempt() + " answered \"" + o.shown() + "\"",
                    o.connection());
        }
    }

    @Then("the audit finds the anonymous login refused")
    public void anonymousLoginRefused() {
        Observation o = world.lastObservation();
        if (o.accepted()) {
            world.mark(o, "anonymous login accepted");
            throw new RuleViolation("the server refuses an anonymous login (RFC 4505 6)", world.protocol().facts().rules().refusing(),
                    o.attempt() + " answered \"" + o.shown() + "\"", o.connection());
        }
    }

    // ------------------------------------------------------------------ failed logins

    @When("the auditor fails to log in as an unknown user and as the test account with a wrong password")
    public void failUnknownUserAndWrongPassword() throws WireException {
        failOnce(new Account(FailedLogins.unknownUser(), FailedLogins.wrongPassword()), "an unknown user");
        failOnce(new Account(world.account().user(), FailedLogins.wrongPassword()), "a wrong password");
    }

    /** One failed login over TLS from a fresh source address (no delay carried over from earlier failures). */
    private void failOnce(Account account, String what) throws WireException {
        AuditSession<C> s = world.connectSecureForFailures();
        long t0 = System.nanoTime();
        AuditReply r = world.protocol().login(s.client(), account);
        world.observe(Observation.failedLogin(what + " (" + account.user() + ")", r, FailedLogins.millisSince(t0)));
        s.close();
    }

    /** The step text of the IMAP features. */
    @Then("the audit finds both failures answered alike")
    public void bothFailuresAnsweredAlike() {
        answeredAlike();
    }

    /** The step text of the POP3 features, which also judge two answers to USER this way. */
    @Then("the audit finds both answered alike")
    public void bothAnsweredAlike() {
        answeredAlike();
    }

    /** The last two answers are the same but for the user names they echo. */
    private void answeredAlike() {
        List<Observation> all = world.observations();
        if (all.size() < 2) {
            throw new IllegalStateException("two attempts expected, got " + all);
        }
        Observation a = all.get(all.size() - 2);
        Observation b = all.get(all.size() - 1);
        for (Observation o : List.of(a, b)) {
            if (o.mustFail() && o.accepted()) {
                throw new IllegalStateException("a login meant to fail succeeded: " + o.attempt() + " answered " + o.shown());
            }
        }
        if (!withoutUserNames(a).equals(withoutUserNames(b))) {
            world.mark(a, a.attempt());
            world.mark(b, b.attempt());
            throw world.protocol().facts().rules().userNamesHidden().brokenBy(
                    a.attempt() + ": \"" + a.shown() + "\"; " + b.attempt() + ": \"" + b.shown() + "\"", a.connection());
        }
    }

    private String withoutUserNames(Observation o) {
        return FailedLogins.withoutUserNames(o.reply().map(AuditReply::normal).orElse(o.outcome()), world.account().user());
    }

    @When("the auditor fails to log in {int} times in a row")
    public void failRepeatedly(int times) throws WireException {
        FailedLogins.requireBounded(times);
        AuditSession<C> s = world.connectSecureForFailures();
        for (int i = 1; i <= times; i++) {
            Account wrong = new Account(world.account().user(), FailedLogins.wrongPassword(i));
            String attempt = "failed login " + i + " of " + times;
            long t0 = System.nanoTime();
            try {
                AuditReply r = world.protocol().login(s.client(), wrong);
                long ms = FailedLogins.millisSince(t0);
                world.observe(Observation.failedLogin(attempt, r, ms));
                if (r.accepted()) {
                    throw new IllegalStateException("a login with a wrong password succeeded: " + r.escaped());
                }
                if (FailedLogins.delayed(ms)) {
                    s.connection().event(attempt + " answered after " + ms + " ms: delayed; the probe stops here");
                    return;
                }
            } catch (ConnectionClosedException e) {
                world.observe(Observation.unanswered(attempt, s.name(), "CLOSED", FailedLogins.millisSince(t0)));
                return;
            } catch (ReadTimeoutException e) {
                world.observe(Observation.unanswered(attempt, s.name(), "NO ANSWER", FailedLogins.millisSince(t0)));
                return;
            }
            var closing = world.protocol().closing(s.client());
            if (closing.isPresent()) {
                world.observe(Observation.failedLogin(attempt, closing.get(), FailedLogins.millisSince(t0)));
                return;
            }
        }
    }

    @Then("the audit finds the failures delayed or refused")
    public void failuresDelayedOrRefused() {
        List<Observation> all = world.observations();
        boolean slowed = all.stream().anyMatch(o -> FailedLogins.delayed(o.millis()) || !o.refused());
        if (!slowed) {
            StringBuilder sb = new StringBuilder();
            for (Observation o : all) {
                sb.append(o.attempt()).append(": ").append(o.shown()).append(" after ").append(o.millis()).append(" ms; ");
                world.mark(o, "answered after " + o.millis() + " ms");
            }
            throw new RuleViolation("failed logins slow an attacker down: a delay or a closed connection",
                    "a failure answered after " + FailedLogins.NO_DELAY.toMillis() + " ms or more, or the connection closed",
                    sb.toString().strip(), all.get(0).connection());
        }
    }
}
