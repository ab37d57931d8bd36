package org.mailspec.imap.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailspec.imap.Command;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.PendingCommand;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.UntaggedResponse;
import org.mailspec.wire.WireException;

/**
 * What one command brought: its completion, or the continuation request that ended the wait,
 * or the closed connection / timeout that did (an observation, not an exception: a rule may be
 * about exactly that). It keeps the command the harness built and the mailbox its first
 * argument names, so what the command changes is learnt without reading it back.
 */
final class Observation {
    final Session session;
    final PendingCommand pending;
    /** The mailbox (its name) the command's first argument names: an alias or INBOX. */
    final Optional<String> mailbox;
    CommandResult result;
    Received continuation;
    boolean everContinued;
    WireException failure;

    Observation(Session session, PendingCommand pending, Optional<String> mailbox) {
        this.session = session;
        this.pending = pending;
        this.mailbox = mailbox;
    }

    Optional<CommandResult> result() {
        return Optional.ofNullable(result);
    }

    Command command() {
        return pending.command();
    }

    /** The command's name upper-cased ({@code SELECT}, {@code UID}...). */
    String verb() {
        return pending.command().name().toUpperCase(java.util.Locale.ROOT);
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
