package org.mailspec.pop3.steps;

import org.mailspec.fixture.Delivered;
import org.mailspec.fixture.TestMessage;

/**
 * A message the scenario seeded, under the name the scenario gave it ({@code m1}), and how it got
 * into the maildrop: the path, and the trace header fields the server added before it.
 */
public record Seeded(String label, String fixture, TestMessage message, Delivered delivered) {

    /** A message put in by IMAP APPEND: stored as seeded. */
    public Seeded(String label, String fixture, TestMessage message) {
        this(label, fixture, message, Delivered.appended(message));
    }

    /** The size of the message as the maildrop holds it: trace fields and the seeded octets. */
    public long storedSize() {
        return delivered.storedSize();
    }

    /** True when the server added trace header fields before the seeded message (SMTP, LMTP). */
    public boolean traced() {
        return !delivered.trace().isEmpty();
    }
}
