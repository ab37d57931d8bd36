package org.mailspec.imap.steps;

import org.mailspec.imap.response.Status;
import org.mailspec.imap.response.TaggedResponse;
import org.mailspec.run.HarnessError;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ReadTimeoutException;

/** How a command's completion is judged against an {@code {outcome}}: ResponseSteps and PipelineSteps share it. */
final class Completions {

    private Completions() {
    }

    /** The completion carries the command's tag and the outcome's status (and the code, when one is named). */
    static void judge(Verdicts verdicts, Observation o, String outcome, String code) {
        String rule = o.describe() + ": the server completes the command with " + outcome
                + (code == null ? "" : " [" + code + "]");
        if (o.result == null) {
            String unknown = unknownTags(o);
            if (o.failure instanceof ReadTimeoutException && !unknown.isEmpty()) {
                throw verdicts.violation(rule + " tagged " + o.pending.tag(), "a completion tagged " + o.pending.tag(),
                        "a completion with a tag that was never sent: " + unknown, o.session, null);
            }
            if (o.failure instanceof ReadTimeoutException) {
                throw new HarnessError("no tagged completion of " + o.describe() + " within the timeout: "
                        + Responses.completion(o));
            }
            throw verdicts.violation(rule, outcome, Responses.completion(o), o.session, o.continuation);
        }
        TaggedResponse t = o.result.tagged();
        if (!t.tag().equals(o.pending.tag().value())) {
            throw verdicts.violation("RFC 9051 2.2.2: the completion carries the command's tag", o.pending.tag().value(),
                    Ascii.escape(t.raw()), o.session, o.result.completion());
        }
        boolean statusOk = switch (outcome) {
            case "NO or BAD" -> t.status() == Status.NO || t.status() == Status.BAD;
            case "OK or NO" -> t.status() == Status.OK || t.status() == Status.NO;
            default -> t.status().name().equals(outcome);
        };
        if (!statusOk) {
            throw verdicts.violation(rule, outcome + (code == null ? "" : " [" + code + " ...]"), Ascii.escape(t.raw()),
                    o.session, o.result.completion());
        }
        if (code != null && !t.text().hasCode(code)) {
            throw verdicts.violation(rule, outcome + " [" + code + " ...]", Ascii.escape(t.raw()), o.session, o.result.completion());
        }
    }

    /** The completions on the client's connection whose tags were never sent, escaped, space-separated. */
    static String unknownTags(Observation o) {
        StringBuilder b = new StringBuilder();
        o.session.client.deviations().stream().filter(d -> d.rule().equals("tag"))
                .forEach(d -> b.append(Ascii.escape(d.bytes())).append(' '));
        return b.toString().strip();
    }
}
