package org.mailspec.imap.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.PendingCommand;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.UntaggedResponse;
import org.mailspec.wire.WireException;

/**
 * What one command brought: its completion, or the continuation request that ended the wait,
 * or the closed connection / timeout that did (an observation, not an exception: a rule may be
 * about exactly that).
 */
final class Observation {
    final Session session;
    final String template;
    final PendingCommand pending;
    CommandResult result;
    Received continuation;
    boolean everContinued;
    WireException failure;

    Observation(Session session, String template, PendingCommand pending) {
        this.session = session;
        this.template = template;
        this.pending = pending;
    }

    Optional<CommandResult> result() {
        return Optional.ofNullable(result);
    }

    /** The untagged responses that arrived for this command (until its completion, or so far). */
    List<Received> untagged() {
        if (result != null) {
            return result.untagged();
        }
        List<Received> out = new ArrayList<>();
        for (Received r : session.client.responses()) {
            if (r.sequence() > pending.sentSequence() && r.response() instanceof UntaggedResponse) {
                out.add(r);
            }
        }
        return out;
    }

    String describe() {
        return pending.describe();
    }
}
