package org.mailspec.imap;

import org.mailspec.text.Ascii;

/**
 * Leaving the selected mailbox without changing it, for the harness's own sessions (the fixture
 * connection, the suite's setup session): UNSELECT where the server has it (RFC 3691, part of
 * IMAP4rev2), else an EXAMINE of a name no mailbox has, which fails and so leaves no mailbox selected
 * (RFC 3501 6.3.1 and 6.3.2: "if a mailbox is selected and a SELECT command that fails is attempted, no
 * mailbox is selected"). Never CLOSE: it expunges, and whether it does so rightly is a rule the suite
 * judges.
 */
public final class Deselect {
    private Deselect() {
    }

    /** The EXAMINE that fails: a name of this run's that no mailbox has. */
    public static Command failingExamine(String runId) {
        return Command.of("EXAMINE").quoted("mailspec-" + Ascii.lettersAndDigits(runId) + "-no-such-mailbox");
    }
}
