package org.mailspec.imap.steps;

import org.mailspec.fixture.TestMessage;
import org.mailspec.imap.Command;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.LiteralMode;
import org.mailspec.run.HarnessError;
import org.mailspec.text.Ascii;

/**
 * Keeps the UIDs of a new mailbox apart from its sequence numbers, as Dovecot's imaptest "breaks
 * the seq=uid map" first: the setup session appends {@link #SPACERS} messages of the run to the
 * empty mailbox and expunges them (SELECT, {@code STORE 1:* +FLAGS.SILENT (\Deleted)}, CLOSE). RFC
 * 9051 2.3.1.1 says the next UID "MUST change whenever new messages are added to the mailbox, even
 * if those new messages are subsequently expunged", so the first message then seeded is message 1
 * with a UID above {@code SPACERS}, and since UIDs grow at least as fast as positions, no message's
 * UID equals its sequence number for as long as the mailbox lives. A server that answers with
 * sequence numbers where UIDs are asked (UID SEARCH, COPYUID, FETCH UID) is then told apart.
 */
final class UidsApart {

    /** How many messages are appended and expunged: the first UID seeded is at least this plus one. */
    static final int SPACERS = 2;

    private UidsApart() {
    }

    /** Appends and expunges the spacers in the (new, empty) mailbox {@code name}; a refusal is an ERROR. */
    static void apply(Side side, String name, String runId) {
        String quoted = Mailboxes.quoted(name);
        for (int i = 1; i <= SPACERS; i++) {
            byte[] spacer = TestMessage.builder(runId).subject("mailspec UID spacer " + i)
                    .body("Appended and expunged before the scenario, so that UIDs differ from sequence numbers.")
                    .build().bytes();
            require(side.run(Command.of("APPEND").raw(quoted).literal(spacer, LiteralMode.SYNC)), "APPEND to " + name);
        }
        require(side.run(Command.of("SELECT").raw(quoted)), "SELECT " + name);
        require(side.run(Command.of("STORE").raw("1:* +FLAGS.SILENT (\\Deleted)")), "STORE in " + name);
        require(side.run(Command.of("CLOSE")), "CLOSE of " + name);
    }

    private static void require(CommandResult r, String what) {
        if (!r.ok()) {
            throw new HarnessError("precondition: keeping UIDs apart from sequence numbers, " + what + " was answered "
                    + Ascii.escape(r.tagged().raw()));
        }
    }
}
