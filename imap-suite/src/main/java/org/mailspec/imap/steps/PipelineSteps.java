package org.mailspec.imap.steps;

import io.cucumber.java.en.Then;
import java.util.List;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.UntaggedResponse;
import org.mailspec.imap.steps.support.ResponsePattern;
import org.mailspec.run.HarnessError;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ReadTimeoutException;

/** Commands written back to back (RFC 9051 5.5): their tags, their completions and the order of what arrived. */
public final class PipelineSteps {

    private final Sessions sessions;
    private final Mailboxes mailboxes;
    private final Verdicts verdicts;

    public PipelineSteps(Sessions sessions, Mailboxes mailboxes, Verdicts verdicts) {
        this.sessions = sessions;
        this.mailboxes = mailboxes;
        this.verdicts = verdicts;
    }

    private Pipeline pipeline() {
        return sessions.pipeline().orElseThrow(() -> new HarnessError("harness defect: no commands were pipelined"));
    }

    private Observation command(int n) {
        Pipeline p = pipeline();
        if (n < 1 || n > p.commands().size()) {
            throw new HarnessError("harness defect: the pipeline has " + p.commands().size() + " commands, not " + n);
        }
        return p.commands().get(n - 1);
    }

    /** The responses on the command's connection after it was sent and before its completion. */
    private static List<Received> before(Observation o, long from) {
        long to = o.result.completion().sequence();
        return o.session.client.responses().stream().filter(r -> r.sequence() > from && r.sequence() < to).toList();
    }

    @Then("every command completes with its own tag")
    public void ownTags() {
        Pipeline p = pipeline();
        for (Observation o : p.commands()) {
            if (o.result == null) {
                String unknown = Completions.unknownTags(o);
                if (!unknown.isEmpty()) {
                    throw verdicts.violation("RFC 9051 2.2.2: each completion carries the tag of its command",
                            "a completion tagged " + o.pending.tag(), "completions with tags never sent: " + unknown,
                            o.session, null);
                }
                if (o.failure instanceof ReadTimeoutException) {
                    throw new HarnessError("no tagged completion of " + o.describe() + " within the timeout");
                }
                throw verdicts.violation("RFC 9051 5.5: every pipelined command is completed", o.describe() + " completed",
                        Responses.completion(o), o.session, null);
            }
        }
        String unknown = Completions.unknownTags(p.commands().get(0));
        if (!unknown.isEmpty()) {
            throw verdicts.violation("RFC 9051 2.2.2: each completion carries the tag of its command",
                    "only the tags sent", "also " + unknown, p.session(), null);
        }
    }

    @Then("command {int} completes with {outcome}")
    public void commandCompletes(int n, String outcome) {
        Completions.judge(verdicts, command(n), outcome, null);
    }

    @Then("the untagged {word} response arrives before the completion of command {int}")
    public void untaggedBefore(String kind, int n) {
        Observation o = command(n);
        if (o.result == null) {
            throw verdicts.violation("RFC 9051 5.5: command " + n + " is completed", "a completion", Responses.completion(o),
                    o.session, null);
        }
        boolean found = before(o, o.pending.sentSequence()).stream()
                .anyMatch(r -> r.response() instanceof UntaggedResponse u && u.responseName().equalsIgnoreCase(kind));
        if (!found) {
            throw verdicts.violation("RFC 9051 7: the data of a command arrives before its completion",
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
            throw verdicts.violation("RFC 9051 5.5: both commands are completed", "two completions",
                    Responses.completion(a) + " / " + Responses.completion(b), a.session, null);
        }
        if (a.result.completion().sequence() > b.result.completion().sequence()) {
            throw verdicts.violation("RFC 9051 5.5: \"If the server detects a possible ambiguity, it MUST execute commands "
                    + "to completion in the order given by the client.\"", a.pending.tag() + " completed before " + b.pending.tag(),
                    Ascii.escape(b.result.tagged().raw()) + " then " + Ascii.escape(a.result.tagged().raw()),
                    a.session, b.result.completion());
        }
    }

    @Then("before the completion of command {int} the server sends the untagged response {quoted}")
    public void beforeCompletionMatching(int n, String text) {
        Observation o = command(n);
        if (o.result == null) {
            throw verdicts.violation("RFC 9051 5.5: command " + n + " is completed", "a completion", Responses.completion(o),
                    o.session, null);
        }
        ResponsePattern p = Patterns.compile(text, sessions, mailboxes);
        List<Received> window = before(o, command(1).pending.sentSequence());
        if (window.stream().noneMatch(r -> r.response() instanceof UntaggedResponse u && p.matches(u))) {
            throw verdicts.violation("RFC 9051 5.5: commands that depend on each other run in the order sent",
                    text + " before " + o.pending.tag() + " completes", Responses.show(window), o.session, o.result.completion());
        }
    }
}
