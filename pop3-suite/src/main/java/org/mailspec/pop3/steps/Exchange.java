package org.mailspec.pop3.steps;

import java.util.Optional;
import java.util.Set;

import org.mailspec.pop3.MultiLineReply;
import org.mailspec.pop3.Pop3Command;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.pop3.Pop3Status;

/**
 * One command a scenario sent and what came back.
 *
 * @param command       the line as sent, secrets masked
 * @param before        the session state the command was sent in
 * @param markedDeleted the message-numbers the session had marked as deleted when the command was sent
 */
public record Exchange(String command, SessionState before, Set<Integer> markedDeleted, Outcome outcome) {

    public Exchange {
        markedDeleted = Set.copyOf(markedDeleted);
    }

    /** The command keyword in upper case ({@code RETR}); {@code ***} for a line answering an AUTH challenge. */
    public String verb() {
        return new Pop3Command(command).keyword();
    }

    /** Whether the command has an argument after its keyword. */
    public boolean hasArgument() {
        return new Pop3Command(command).hasArgument();
    }

    /** The single-line reply, or the first line of a multi-line one. */
    public Optional<Pop3Reply> first() {
        if (outcome instanceof Outcome.Single s) {
            return Optional.of(s.reply());
        }
        if (outcome instanceof Outcome.Multi m) {
            return Optional.of(m.reply().first());
        }
        return Optional.empty();
    }

    public Optional<MultiLineReply> multi() {
        return outcome instanceof Outcome.Multi m ? Optional.of(m.reply()) : Optional.empty();
    }

    public boolean status(Pop3Status status) {
        return first().map(r -> r.status() == status).orElse(false);
    }

    /** A positive reply, complete: a multi-line one up to its terminating "." CRLF. */
    public boolean positiveAndComplete() {
        return status(Pop3Status.OK) && multi().map(MultiLineReply::terminated).orElse(true);
    }

    public String shown() {
        return outcome.shown();
    }
}
