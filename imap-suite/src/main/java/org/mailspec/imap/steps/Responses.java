package org.mailspec.imap.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mailspec.imap.Received;
import org.mailspec.imap.steps.support.Value;
import org.mailspec.imap.steps.support.WireTokens;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ConnectionClosedException;
import org.mailspec.wire.ReadTimeoutException;

/** Helpers the assertion steps share: the last command's responses as tokens, and how to show them. */
final class Responses {

    /** One untagged response with its tokens. */
    record Untagged(Received received, List<Value> values) {
        String kind() {
            return WireTokens.kind(values);
        }
    }

    private Responses() {
    }

    static List<Untagged> untagged(Observation o) {
        return tokens(o.untagged());
    }

    static List<Untagged> tokens(List<Received> received) {
        List<Untagged> out = new ArrayList<>();
        for (Received r : received) {
            try {
                out.add(new Untagged(r, WireTokens.untagged(r.raw())));
            } catch (IllegalArgumentException e) {
                // the strict parser accepted it; a shape this reader does not know is simply not matched
            }
        }
        return out;
    }

    /** What arrived, escaped, one response per line (capped). */
    static String show(List<Received> received) {
        if (received.isEmpty()) {
            return "(no untagged response)";
        }
        String s = received.stream().map(r -> Ascii.escape(r.raw())).collect(Collectors.joining(" | "));
        return s.length() > 2000 ? s.substring(0, 1997) + "..." : s;
    }

    /** The completion of an observation as it arrived, or what ended the wait instead. */
    static String completion(Observation o) {
        if (o.result != null) {
            return Ascii.escape(o.result.tagged().raw());
        }
        if (o.continuation != null) {
            return "a continuation request " + Ascii.escape(o.continuation.raw());
        }
        if (o.failure instanceof ConnectionClosedException c) {
            return "the server closed the connection" + (c.received().length > 0 ? " after " + Ascii.escape(c.received()) : "");
        }
        if (o.failure instanceof ReadTimeoutException t) {
            return "no completion within " + t.timeout().toSeconds() + " s" + (t.received().length > 0
                    ? " (partial: " + Ascii.escape(t.received()) + ")" : "");
        }
        return o.failure == null ? "nothing" : o.failure.getMessage();
    }
}
