package org.mailspec.imap.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.Exists;
import org.mailspec.imap.response.Expunge;
import org.mailspec.imap.response.FetchData;
import org.mailspec.imap.response.Greeting;
import org.mailspec.imap.response.Status;
import org.mailspec.imap.response.UntaggedResponse;
import org.mailspec.imap.response.UntaggedStatus;
import org.mailspec.imap.steps.support.ResponsePattern;
import org.mailspec.run.HarnessError;
import org.mailspec.run.Skip;
import org.mailspec.text.Ascii;
import org.mailspec.wire.CloseObservation;
import org.mailspec.wire.WireException;

/** Completions, untagged responses, patterns, continuations, the greeting, BYE and close. */
public final class ResponseSteps {

    private final Sessions sessions;
    private final Mailboxes mailboxes;
    private final Verdicts verdicts;

    public ResponseSteps(Sessions sessions, Mailboxes mailboxes, Verdicts verdicts) {
        this.sessions = sessions;
        this.mailboxes = mailboxes;
        this.verdicts = verdicts;
    }

    // ---------------------------------------------------------------- completions

    @Then("the server answers {outcome}")
    public void answers(String outcome) {
        Completions.judge(verdicts, sessions.last(), outcome, null);
    }

    @Then("the server answers {outcome} with response code {word}")
    public void answersWithCode(String outcome, String code) {
        Completions.judge(verdicts, sessions.last(), outcome, code);
    }

    // ---------------------------------------------------------------- untagged data

    @Then("the server sends an untagged {word} response")
    public void sendsUntagged(String kind) {
        Observation o = sessions.last();
        if (Responses.named(o, kind).isEmpty()) {
            throw verdicts.violation(o.describe() + ": the server sends an untagged " + kind + " before the completion",
                    "* ... " + kind + " ...", Responses.show(o.untagged()) + " then " + Responses.completion(o), o.session,
                    o.result == null ? null : o.result.completion());
        }
    }

    @Then("the server sends no untagged {word} response")
    public void sendsNoUntagged(String kind) {
        Observation o = sessions.last();
        Optional<Responses.Hit<UntaggedResponse>> u = Responses.named(o, kind).stream().findFirst();
        if (u.isPresent()) {
            throw verdicts.violation(o.describe() + ": the server sends no untagged " + kind, "no * ... " + kind,
                    Ascii.escape(u.get().received().raw()), o.session, u.get().received());
        }
    }

    /** The sentences that ask for one response of a kind, as the rule of {@link #sendsExactlyOne}. */
    private static final Map<String, String> SINGLE = Map.of(
            "CAPABILITY", "RFC 9051 6.1.1: \"The server MUST send a single untagged CAPABILITY response\"",
            "NAMESPACE", "RFC 9051 6.3.10: \"The NAMESPACE command causes a single untagged NAMESPACE response to be returned.\"");

    /** For the rules that ask for "a single" response of a kind (RFC 9051 6.1.1 CAPABILITY, 6.3.10 NAMESPACE): every one counts. */
    @Then("the server sends exactly one untagged {word} response")
    public void sendsExactlyOne(String kind) {
        Observation o = sessions.last();
        List<Responses.Hit<UntaggedResponse>> hits = Responses.named(o, kind);
        if (hits.size() != 1) {
            throw verdicts.violation(SINGLE.getOrDefault(kind.toUpperCase(Locale.ROOT),
                            o.describe() + ": the server sends a single untagged " + kind + " response"),
                    "one * " + kind + " ... before the completion", hits.size() + " of them: " + Responses.show(o.untagged()),
                    o.session, hits.size() > 1 ? hits.get(1).received() : null);
        }
    }

    /**
     * The count the client is left with: RFC 9051 7.4.1 "The update from the EXISTS response MUST be
     * remembered by the client", so every EXISTS of the last command counts, the last one standing
     * (less an EXPUNGE after it), not the first that matches; a later EXISTS with another number is
     * what the client believes.
     */
    @Then("the server reports that the mailbox holds {int} message(s)")
    public void reportsCount(int count) {
        Observation o = sessions.last();
        long held = -1;
        List<Received> told = new ArrayList<>();
        for (Received r : o.untagged()) {
            if (r.response() instanceof Exists e) {
                held = e.count();
                told.add(r);
            } else if (r.response() instanceof Expunge && held >= 0) {
                held--;
                told.add(r);
            }
        }
        if (held != count) {
            throw verdicts.violation("RFC 9051 7.4.1: \"The EXISTS response reports the number of messages in the mailbox.\" "
                            + "\"The update from the EXISTS response MUST be remembered by the client.\"",
                    "* " + count + " EXISTS, and no EXISTS or EXPUNGE after it that changes the count, before the completion of "
                            + o.describe(), held < 0 ? "no EXISTS: " + Responses.show(o.untagged())
                            : "the count left at " + held + " by " + Responses.show(told), o.session, null);
        }
    }

    @Then("the server sends an untagged OK with response code {word}")
    public void sendsUntaggedCode(String code) {
        Observation o = sessions.last();
        boolean found = Responses.of(o, UntaggedStatus.class).stream()
                .anyMatch(h -> h.response().status() == Status.OK && h.response().text().hasCode(code));
        if (!found) {
            throw verdicts.violation(o.describe() + ": the server sends * OK [" + code + " ...]", "* OK [" + code + " ...]",
                    Responses.show(o.untagged()), o.session, null);
        }
    }

    private ResponsePattern pattern(String text) {
        return Patterns.compile(text, sessions, mailboxes);
    }

    @Then("the server sends the untagged response {quoted}")
    public void sendsMatching(String text) {
        Observation o = sessions.last();
        ResponsePattern p = pattern(text);
        if (Responses.of(o, UntaggedResponse.class).stream().noneMatch(h -> p.matches(h.response()))) {
            throw verdicts.violation(o.describe() + ": the server sends " + text, text,
                    Responses.show(o.untagged()), o.session, null);
        }
    }

    @Then("the server sends no untagged response matching {quoted}")
    public void sendsNoneMatching(String text) {
        Observation o = sessions.last();
        ResponsePattern p = pattern(text);
        for (Responses.Hit<UntaggedResponse> h : Responses.of(o, UntaggedResponse.class)) {
            if (p.matches(h.response())) {
                throw verdicts.violation(o.describe() + ": the server does not send " + text, "nothing like " + text,
                        Ascii.escape(h.received().raw()), o.session, h.received());
            }
        }
    }

    @Then("the server sends these untagged responses:")
    public void sendsAll(DataTable table) {
        Observation o = sessions.last();
        List<Responses.Hit<UntaggedResponse>> pool = new ArrayList<>(Responses.of(o, UntaggedResponse.class));
        for (String row : Tables.column(table)) {
            ResponsePattern p = pattern(row.strip());
            Optional<Responses.Hit<UntaggedResponse>> hit = pool.stream().filter(h -> p.matches(h.response())).findFirst();
            if (hit.isEmpty()) {
                throw verdicts.violation(o.describe() + ": the server sends " + row.strip(), row.strip(),
                        Responses.show(o.untagged()), o.session, null);
            }
            pool.remove(hit.get());
        }
    }

    @Then("every untagged FETCH response includes the UID")
    public void everyFetchHasUid() {
        Observation o = sessions.last();
        List<Responses.Hit<FetchData>> fetches = Responses.of(o, FetchData.class);
        Skip.unless(!fetches.isEmpty(), o.describe() + " brought no untagged FETCH response: the rule on unsolicited FETCH "
                + "responses has nothing to judge (whether flag updates are sent is RFC 9051 5.2's SHOULD, judged elsewhere)");
        for (Responses.Hit<FetchData> h : fetches) {
            if (h.response().uid().isEmpty()) {
                throw verdicts.violation("RFC 9051 6.3.13: \"If the server chooses to send unsolicited FETCH responses, "
                        + "they MUST include a UID FETCH item.\"", "* n FETCH (... UID n ...)",
                        Ascii.escape(h.received().raw()), o.session, h.received());
            }
        }
    }

    // ---------------------------------------------------------------- continuation requests

    @Then("the server sends a continuation request")
    public void continuation() {
        Observation o = sessions.last();
        if (o.continuation == null) {
            throw verdicts.violation(o.describe() + ": the server asks for more with a continuation request",
                    "+ ...", Responses.completion(o), o.session, o.result == null ? null : o.result.completion());
        }
    }

    @Then("the server sends no continuation request")
    public void noContinuation() {
        Observation o = sessions.last();
        if (o.everContinued) {
            throw verdicts.violation(o.describe() + ": the command needs no continuation request", "a completion",
                    "a continuation request", o.session, o.continuation);
        }
    }

    // ---------------------------------------------------------------- greeting, BYE, close

    @Then("the greeting is {greetings}")
    public void greeting(List<String> kinds) {
        Session s = sessions.firstConnected();
        Greeting g = s.client.greeting();
        if (!kinds.contains(g.status().name())) {
            throw verdicts.violation("RFC 9051 7.1: the greeting is an untagged " + String.join(", ", kinds),
                    "* " + String.join(" / * ", kinds), Ascii.escape(g.raw()), s, s.client.greetingReceived());
        }
    }

    @Then("the greeting carries the response code {word}")
    public void greetingCode(String code) {
        Session s = sessions.firstConnected();
        Greeting g = s.client.greeting();
        if (!g.text().hasCode(code)) {
            throw verdicts.violation("RFC 9051 7.1: the greeting carries [" + code + " ...]", "* OK [" + code + " ...] ...",
                    Ascii.escape(g.raw()), s, s.client.greetingReceived());
        }
    }

    private static boolean isBye(Object response) {
        return response instanceof UntaggedStatus u && u.status() == Status.BYE;
    }

    @Then("the untagged BYE arrives before the tagged OK")
    public void byeBeforeOk() {
        Observation o = sessions.last();
        String rule = "RFC 9051 6.1.3: \"The server MUST send a BYE untagged response before the (tagged) OK response\"";
        Optional<Received> bye = o.session.client.responses().stream()
                .filter(r -> r.sequence() > o.pending.sentSequence() && isBye(r.response())).findFirst();
        if (o.result == null) {
            throw verdicts.violation(rule, "* BYE ... then " + o.pending.tag() + " OK", Responses.completion(o)
                    + (bye.isPresent() ? " (after " + Ascii.escape(bye.get().raw()) + ")" : ""), o.session, null);
        }
        long okAt = o.result.completion().sequence();
        if (bye.isEmpty()) {
            try {
                bye = o.session.client.awaitUntagged(ResponseSteps::isBye, Duration.ofMillis(200));
            } catch (WireException e) {
                bye = Optional.empty();
            }
        }
        if (bye.isEmpty()) {
            throw verdicts.violation(rule, "* BYE ... then " + o.pending.tag() + " OK", "no BYE; "
                    + Ascii.escape(o.result.tagged().raw()), o.session, o.result.completion());
        }
        if (bye.get().sequence() > okAt) {
            throw verdicts.violation(rule, "* BYE ... then " + o.pending.tag() + " OK", Ascii.escape(o.result.tagged().raw())
                    + " then " + Ascii.escape(bye.get().raw()), o.session, bye.get());
        }
    }

    @Then("the server closes the connection")
    public void closes() {
        Observation o = sessions.last();
        CloseObservation c;
        try {
            c = o.session.client.awaitClose(sessions.timeout());
        } catch (WireException e) {
            throw new HarnessError("waiting for the close of " + o.session.connection() + ": " + e.getMessage());
        }
        if (!c.closed()) {
            throw verdicts.violation("RFC 9051 6.1.3: after LOGOUT's OK the server MUST \"close the network connection\"",
                    "end of stream within " + sessions.timeout().toSeconds() + " s", "the connection stayed open"
                    + (c.received().length > 0 ? " and sent " + Ascii.escape(c.received()) : ""), o.session, null);
        }
    }

    @Then("the connection stays open")
    public void staysOpen() {
        Observation before = sessions.last();
        Observation o = sessions.execute(before.session, "NOOP");
        if (o.result == null || !o.result.ok()) {
            throw verdicts.violation("the server keeps the connection after " + before.describe(),
                    "a NOOP answered OK", Responses.completion(o), o.session, null);
        }
    }

    @Then("{client} receives the untagged response {quoted}")
    public void receives(String client, String text) {
        Session s = sessions.session(client);
        ResponsePattern p = pattern(text);
        Optional<Received> r;
        try {
            r = s.client.awaitUntagged(resp -> resp instanceof UntaggedResponse u && p.matches(u), sessions.timeout());
        } catch (WireException e) {
            throw new HarnessError("waiting on " + s.connection() + " for " + text + ": " + e.getMessage());
        }
        if (r.isEmpty()) {
            List<Received> since = s.open == null ? s.client.responses() : s.open.untagged();
            throw verdicts.violation("client " + s.name + " is told " + text + " without asking", text,
                    "within " + sessions.timeout().toSeconds() + " s: " + Responses.show(since), s, null);
        }
    }
}
