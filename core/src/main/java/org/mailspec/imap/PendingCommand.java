package org.mailspec.imap;

import java.util.Optional;

/** A command sent and not yet awaited: {@link ImapClient#await(PendingCommand)} returns its result. */
public final class PendingCommand {
    private final Tag tag;
    private final Command command;
    private final long sentSequence;
    private CommandResult result;

    PendingCommand(Tag tag, Command command, long sentSequence) {
        this.tag = tag;
        this.command = command;
        this.sentSequence = sentSequence;
    }

    public Tag tag() {
        return tag;
    }

    public Command command() {
        return command;
    }

    /** The arrival-sequence number taken when the command was sent. */
    public long sentSequence() {
        return sentSequence;
    }

    /** Its tagged completion has arrived. */
    public boolean isDone() {
        return result != null;
    }

    public Optional<CommandResult> result() {
        return Optional.ofNullable(result);
    }

    void complete(CommandResult r) {
        this.result = r;
    }

    public String describe() {
        return tag + " " + command.describe();
    }

    @Override
    public String toString() {
        return describe() + (result == null ? " (in flight)" : " -> " + result.status());
    }
}
