package org.mailspec.imap.steps;

import java.util.Optional;
import org.mailspec.imap.steps.support.ResponsePattern;

/** Compiles the response patterns of the assertion steps with what the scenario knows: aliases, recorded UIDs, the delimiter. */
final class Patterns {

    private Patterns() {
    }

    /** {@code <uid:N>} stands for the recorded UID of message N of the last command's client's selected mailbox. */
    static ResponsePattern compile(String text, Sessions sessions, Mailboxes mailboxes) {
        return ResponsePattern.compile(text, new ResponsePattern.Resolver() {
            @Override
            public Optional<String> alias(String name) {
                return mailboxes.alias(name);
            }

            @Override
            public long uid(int n) {
                return sessions.uidOf(sessions.last().session, n);
            }

            @Override
            public String delimiter() {
                return mailboxes.delimiter();
            }
        });
    }
}
