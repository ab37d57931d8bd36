package org.mailspec.imap.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.UntaggedResponse;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ConnectionClosedException;
import org.mailspec.wire.ReadTimeoutException;

/** Helpers the assertion steps share: the last command's typed responses, and how to show what arrived. */
final class Responses {

    /** One untagged response of a kind, with how it arrived (for marking and escaping). */
    record Hit<T extends UntaggedResponse>(Received received, T response) {
    }

    private Responses() {
    }

    /** The responses of a type among those received, in arrival order. */
    static <T extends UntaggedResponse> List<Hit<T>> of(List<Received> received, Class<T> type) {
        List<Hit<T>> out = new ArrayList<>();
        for (Received r : received) {
            if (type.isInstance(r.response())) {
                out.add(new Hit<>(r, type.cast(r.response())));
            }
        }
        return out;
    }

    /** The last command's untagged responses of a type. */
    static <T extends UntaggedResponse> List<Hit<T>> of(Observation o, Class<T> type) {
        return of(o.untagged(), type);
    }

    /** The untagged responses of the last command whose name ({@link UntaggedResponse#responseName}) is {@code name}. */
    static List<Hit<UntaggedResponse>> named(Observation o, String name) {
        return of(o, UntaggedResponse.class).stream().filter(h -> h.response().responseName().equalsIgnoreCase(name)).toList();
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
