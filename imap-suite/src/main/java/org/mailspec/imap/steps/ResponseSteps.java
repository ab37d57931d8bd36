package org.mailspec.imap.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.Greeting;
import org.mailspec.imap.response.Status;
import org.mailspec.imap.response.TaggedResponse;
import org.mailspec.imap.steps.support.ResponsePattern;
import org.mailspec.imap.steps.support.WireTokens;
import org.mailspec.run.HarnessError;
import org.mailspec.text.Ascii;
import org.mailspec.wire.CloseObservation;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.WireException;

/** Completions, untagged responses, patterns, continuations, the greeting, BYE and close, pipelines. */
public final class ResponseSteps {

    private final ImapWorld world;

    public ResponseSteps(ImapWorld world) {
        this.world = world;
    }

    // ---------------------------------------------------------------- completions

    @Then("the server answers {outcome}")
    public void answers(String outcome) {
        judgeCompletion(world.last(), outcome, null);
    }

    @Then("the server answers {outcome} with response code {word}")
    public void answersWithCode(String outcome, String code) {
        judgeCompletion(world.last(), outcome, code);
    }

    private void judgeCompletion(Observation o, String outcome, String code) {
        String rule = o.describe() + ": the server completes the command with " + outcome
                + (code == null ? "" : " [" + code + "]");
        if (o.result == null) {
            if (o.failure instanceof ReadTimeoutException && !unknownTagCompletions(o).isEmpty()) {
                throw world.violation(rule + " tagged " + o.pending.tag(), "a completion tagged " + o.pending.tag(),
                        "a completion with a tag that was never sent: " + unknownTagCompletions(o), o.session, null);
            }
            if (o.failure instanceof ReadTimeoutException) {
                throw new HarnessError("no tagged completion of " + o.describe() + " within the timeout: "
                        + Responses.completion(o));
            }
            throw world.violation(rule, outcome, Responses.completion(o), o.session, o.continuation);
        }
        TaggedResponse t = o.result.tagged();
        if (!t.tag().equals(o.pending.tag().value())) {
            throw world.violation("RFC 9051 2.2.2: the completion carries the command's tag", o.pending.tag().value(),
                    Ascii.escape(t.raw()), o.session, o.result.completion());
        }
        boolean statusOk = switch (outcome) {
            case "NO or BAD" -> t.status() == Status.NO || t.status() == Status.BAD;
            case "OK or NO" -> t.status() == Status.OK || t.status() == Status.NO;
            default -> t.status().name().equals(outcome);
        };
        if (!statusOk) {
            throw world.violation(rule, outcome + (code == null ? "" : " [" + code + " ...]"), Ascii.escape(t.raw()),
                    o.session, o.result.completion());
        }
        if (code != null && !t.text().hasCode(code)) {
            throw world.violation(rule, outcome + " [" + code + " ...]", Ascii.escape(t.raw()), o.session, o.result.completion());
        }
    }

    private String unknownTagCompletions(Observation o) {
        StringBuilder b = new StringBuilder();
        o.session.client.deviations().stream().filter(d -> d.rule().equals("tag"))
                .forEach(d -> b.append(Ascii.escape(d.bytes())).append(' '));
        return b.toString().strip();
    }

    // ---------------------------------------------------------------- untagged data

    @Then("the server sends an untagged {word} response")
    public void sendsUntagged(String kind) {
        Observation o = world.last();
        if (Responses.untagged(o).stream().noneMatch(u -> u.kind().equals(kind.toUpperCase(Locale.ROOT)))) {
            throw world.violation(o.describe() + ": the server sends an untagged " + kind + " before the completion",
                    "* ... " + kind + " ...", Responses.show(o.untagged()) + " then " + Responses.completion(o), o.session,
                    o.result == null ? null : o.result.completion());
        }
    }

    @Then("the server sends no untagged {word} response")
    public void sendsNoUntagged(String kind) {
        Observation o = world.last();
        for (Responses.Untagged u : Responses.untagged(o)) {
            if (u.kind().equals(kind.toUpperCase(Locale.ROOT))) {
                throw world.violation(o.describe() + ": the server sends no untagged " + kind, "no * ... " + kind,
                        Ascii.escape(u.received().raw()), o.session, u.received());
            }
        }
    }

    @Then("the server sends an untagged OK with response code {word}")
    public void sendsUntaggedCode(String code) {
        Observation o = world.last();
        boolean found = Responses.untagged(o).stream().anyMatch(u -> u.kind().equals("OK")
                && WireTokens.code(u.values()).equals(code.toUpperCase(Locale.ROOT)));
        if (!found) {
            throw world.violation(o.describe() + ": the server sends * OK [" + code + " ...]", "* OK [" + code + " ...]",
                    Responses.show(o.untagged()), o.session, null);
        }
    }

    private ResponsePattern pattern(String text) {
        String expanded = text;
        if (expanded.contains("<uid:")) {
            Session s = world.last().session;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<uid:(\\d+)>").matcher(expanded);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(b, Long.toString(world.uidOf(s, Integer.parseInt(m.group(1)))));
            }
            m.appendTail(b);
            expanded = b.toString();
        }
        if (expanded.contains("<delim>")) {
            String d = world.delimiter();
            expanded = expanded.replace("<delim>", d.isEmpty() ? "NIL" : "\"" + d.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        return ResponsePattern.compile(expanded, a -> world.alias(a).orElse(null));
    }

    @Then("the server sends the untagged response {quoted}")
    public void sendsMatching(String text) {
        Observation o = world.last();
        ResponsePattern p = pattern(text);
        if (Responses.untagged(o).stream().noneMatch(u -> p.matches(u.values()))) {
            throw world.violation(o.describe() + ": the server sends " + text, text,
                    Responses.show(o.untagged()), o.session, null);
        }
    }

    @Then("the server sends no untagged response matching {quoted}")
    public void sendsNoneMatching(String text) {
        Observation o = world.last();
        ResponsePattern p = pattern(text);
        for (Responses.Untagged u : Responses.untagged(o)) {
            if (p.matches(u.values())) {
                throw world.violation(o.describe() + ": the server does not send " + text, "nothing like " + text,
                        Ascii.escape(u.received().raw()), o.session, u.received());
            }
        }
    }

    @Then("the server sends these untagged responses:")
    public void sendsAll(DataTable table) {
        Observation o = world.last();
        List<Responses.Untagged> pool = new ArrayList<>(Responses.untagged(o));
        for (String row : Tables.column(table)) {
            ResponsePattern p = pattern(row.strip());
            Optional<Responses.Untagged> hit = pool.stream().filter(u -> p.matches(u.values())).findFirst();
            if (hit.isEmpty()) {
                throw world.violation(o.describe() + ": the server sends " + row.strip(), row.strip(),
                        Responses.show(o.untagged()), o.session, null);
            }
            pool.remove(hit.get());
        }
    }

    @Then("every untagged FETCH response includes the UID")
    public void everyFetchHasUid() {
        Observation o = world.last();
        for (Responses.Untagged u : Responses.untagged(o)) {
            if (u.kind().equals("FETCH")) {
                org.mailspec.imap.steps.support.FetchData d = new org.mailspec.imap.steps.support.FetchData();
                d.add(u.values());
                if (d.messages().stream().anyMatch(m -> d.uid(m).isEmpty())) {
                    throw world.violation("RFC 9051 6.3.13: \"If the server chooses to send unsolicited FETCH responses, "
                            + "they MUST include a UID FETCH item.\"", "* n FETCH (... UID n ...)",
                            Ascii.escape(u.received().raw()), o.session, u.received());
                }
            }
        }
    }

    // ---------------------------------------------------------------- continuation requests

    @Then("the server sends a continuation request")
    public void continuation() {
        Observation o = world.last();
        if (o.continuation == null) {
            throw world.violation(o.describe() + ": the server asks for more with a continuation request",
                    "+ ...", Responses.completion(o), o.session, o.result == null ? null : o.result.completion());
        }
    }

    @Then("the server sends no continuation request")
    public void noContinuation() {
        Observation o = world.last();
        if (o.everContinued) {
            throw world.violation(o.describe() + ": the command needs no continuation request", "a completion",
                    "a continuation request", o.session, o.continuation);
        }
    }

    // ---------------------------------------------------------------- greeting, BYE, close

    @Then("the greeting is {greetings}")
    public void greeting(List<String> kinds) {
        Session s = world.sessions().stream().filter(x -> x.client != null).findFirst()
                .orElseThrow(() -> new HarnessError("harness defect: no client is connected"));
        Greeting g = s.client.greeting();
        if (!kinds.contains(g.status().name())) {
            throw world.violation("RFC 9051 7.1: the greeting is an untagged " + String.join(", ", kinds),
                    "* " + String.join(" / * ", kinds), Ascii.escape(g.raw()), s, s.client.greetingReceived());
        }
    }

    @Then("the greeting carries the response code {word}")
    public void greetingCode(String code) {
        Session s = world.sessions().stream().filter(x -> x.client != null).findFirst()
                .orElseThrow(() -> new HarnessError("harness defect: no client is connected"));
        Greeting g = s.client.greeting();
        if (!g.text().hasCode(code)) {
            throw world.violation("RFC 9051 7.1: the greeting carries [" + code + " ...]", "* OK [" + code + " ...] ...",
                    Ascii.escape(g.raw()), s, s.client.greetingReceived());
        }
    }

    @Then("the untagged BYE arrives before the tagged OK")
    public void byeBeforeOk() {
        Observation o = world.last();
        String rule = "RFC 9051 6.1.3: \"The server MUST send a BYE untagged response before the (tagged) OK response\"";
        Optional<Received> bye = o.session.client.responses().stream()
                .filter(r -> r.sequence() > o.pending.sentSequence())
                .filter(r -> r.response() instanceof org.mailspec.imap.response.UntaggedResponse
                        && WireTokens.kind(Responses.tokens(List.of(r)).stream().findFirst()
                        .map(Responses.Untagged::values).orElse(List.of())).equals("BYE"))
                .findFirst();
        if (o.result == null) {
            throw world.violation(rule, "* BYE ... then " + o.pending.tag() + " OK", Responses.completion(o)
                    + (bye.isPresent() ? " (after " + Ascii.escape(bye.get().raw()) + ")" : ""), o.session, null);
        }
        long okAt = o.result.completion().sequence();
        if (bye.isEmpty()) {
            try {
                bye = Optional.ofNullable(o.session.client.awaitUntagged(r -> WireTokens.kind(
                        WireTokens.untagged(r.raw())).equals("BYE"), java.time.Duration.ofMillis(200)).orElse(null));
            } catch (WireException e) {
                bye = Optional.empty();
            }
        }
        if (bye.isEmpty()) {
            throw world.violation(rule, "* BYE ... then " + o.pending.tag() + " OK", "no BYE; "
                    + Ascii.escape(o.result.tagged().raw()), o.session, o.result.completion());
        }
        if (bye.get().sequence() > okAt) {
            throw world.violation(rule, "* BYE ... then " + o.pending.tag() + " OK", Ascii.escape(o.result.tagged().raw())
                    + " then " + Ascii.escape(bye.get().raw()), o.session, bye.get());
        }
    }

    @Then("the server closes the connection")
    public void closes() {
        Observation o = world.last();
        CloseObservation c;
        try {
            c = o.session.client.awaitClose(world.timeout());
        } catch (WireException e) {
            throw new HarnessError("waiting for the close of " + o.session.connection() + ": " + e.getMessage());
        }
        if (!c.closed()) {
            throw world.violation("RFC 9051 6.1.3: after LOGOUT's OK the server MUST \"close the network connection\"",
                    "end of stream within " + world.timeout().toSeconds() + " s", "the connection stayed open"
                    + (c.received().length > 0 ? " and sent " + Ascii.escape(c.received()) : ""), o.session, null);
        }
    }

    @Then("the connection stays open")
    public void staysOpen() {
        Observation before = world.last();
        Observation o = world.execute(before.session, "NOOP");
        if (o.result == null || !o.result.ok()) {
            throw world.violation("the server keeps the connection after " + before.describe(),
                    "a NOOP answered OK", Responses.completion(o), o.session, null);
        }
    }

    @Then("{client} receives the untagged response {quoted}")
    public void receives(String client, String text) {
        Session s = world.session(client);
        ResponsePattern p = pattern(text);
        Optional<Received> r;
        try {
            r = s.client.awaitUntagged(resp -> p.matches(resp.raw()), world.timeout());
        } catch (WireException e) {
            throw new HarnessError("waiting on " + s.connection() + " for " + text + ": " + e.getMessage());
        }
        if (r.isEmpty()) {
            List<Received> since = s.open == null ? s.client.responses() : s.open.untagged();
            throw world.violation("client " + s.name + " is told " + text + " without asking", text,
                    "within " + world.timeout().toSeconds() + " s: " + Responses.show(since), s, null);
        }
    }

    // ---------------------------------------------------------------- pipelines

    private Pipeline pipelineOrDefect() {
        return world.pipeline().orElseThrow(() -> new HarnessError("harness defect: no commands were pipelined"));
    }

    private Observation command(int n) {
        Pipeline p = pipelineOrDefect();
        if (n < 1 || n > p.commands().size()) {
            throw new HarnessError("harness defect: the pipeline has " + p.commands().size() + " commands, not " + n);
        }
        return p.commands().get(n - 1);
    }

    @Then("every command completes with its own tag")
    public void ownTags() {
        Pipeline p = pipelineOrDefect();
        for (Observation o : p.commands()) {
            if (o.result == null) {
                String unknown = unknownTagCompletions(o);
                if (!unknown.isEmpty()) {
                    throw world.violation("RFC 9051 2.2.2: each completion carries the tag of its command",
                            "a completion tagged " + o.pending.tag(), "completions with tags never sent: " + unknown,
                            o.session, null);
                }
                if (o.failure instanceof ReadTimeoutException) {
                    throw new HarnessError("no tagged completion of " + o.describe() + " within the timeout");
                }
                throw world.violation("RFC 9051 5.5: every pipelined command is completed", o.describe() + " completed",
                        Responses.completion(o), o.session, null);
            }
        }
        String unknown = unknownTagCompletions(p.commands().get(0));
        if (!unknown.isEmpty()) {
            throw world.violation("RFC 9051 2.2.2: each completion carries the tag of its command",
                    "only the tags sent", "also " + unknown, p.session(), null);
        }
    }

    @Then("command {int} completes with {outcome}")
    public void commandCompletes(int n, String outcome) {
        judgeCompletion(command(n), outcome, null);
    }

    @Then("the untagged {word} response arrives before the completion of command {int}")
    public void untaggedBefore(String kind, int n) {
        Observation o = command(n);
        if (o.result == null) {
            throw world.violation("RFC 9051 5.5: command " + n + " is completed", "a completion", Responses.completion(o),
                    o.session, null);
        }
        long done = o.result.completion().sequence();
        boolean found = o.session.client.responses().stream()
                .filter(r -> r.sequence() > o.pending.sentSequence() && r.sequence() < done)
                .anyMatch(r -> Responses.tokens(List.of(r)).stream().anyMatch(u -> u.kind().equals(kind.toUpperCase(Locale.ROOT))));
        if (!found) {
            throw world.violation("RFC 9051 7: the data of a command arrives before its completion",
                    "* " + kind + " before " + Ascii.escape(o.result.tagged().raw()),
                    Responses.show(o.session.client.responses().stream().filter(r -> r.sequence() > o.pending.sentSequence()).toList()),
                    o.session, o.result.completion());
        }
    }

    @Then("command {int} completes before command {int}")
    public void completesBefore(int first, int second) {
        Observation a = command(first);
        Observation b = command(second);
        if (a.result == null || b.result == null) {
            throw world.violation("RFC 9051 5.5: both commands are completed", "two completions",
                    Responses.completion(a) + " / " + Responses.completion(b), a.session, null);
        }
        if (a.result.completion().sequence() > b.result.completion().sequence()) {
            throw world.violation("RFC 9051 5.5: \"If the server detects a possible ambiguity, it MUST execute commands "
                    + "to completion in the order given by the client.\"", a.pending.tag() + " completed before " + b.pending.tag(),
                    Ascii.escape(b.result.tagged().raw()) + " then " + Ascii.escape(a.result.tagged().raw()),
                    a.session, b.result.completion());
        }
    }

    @Then("before the completion of command {int} the server sends the untagged response {quoted}")
    public void beforeCompletionMatching(int n, String text) {
        Observation o = command(n);
        if (o.result == null) {
            throw world.violation("RFC 9051 5.5: command " + n + " is completed", "a completion", Responses.completion(o),
                    o.session, null);
        }
        long from = command(1).pending.sentSequence();
        long to = o.result.completion().sequence();
        ResponsePattern p = pattern(text);
        List<Received> window = o.session.client.responses().stream()
                .filter(r -> r.sequence() > from && r.sequence() < to).toList();
        if (Responses.tokens(window).stream().noneMatch(u -> p.matches(u.values()))) {
            throw world.violation("RFC 9051 5.5: commands that depend on each other run in the order sent",
                    text + " before " + o.pending.tag() + " completes", Responses.show(window), o.session, o.result.completion());
        }
    }
}
