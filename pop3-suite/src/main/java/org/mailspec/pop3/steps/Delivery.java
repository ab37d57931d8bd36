package org.mailspec.pop3.steps;

import java.util.List;

import org.mailspec.fixture.Delivered;
import org.mailspec.fixture.TestMessage;
import org.mailspec.settings.Account;
import org.mailspec.wire.Transcript;

/**
 * How a message gets into an account's maildrop without POP3, and how the run's messages (and only
 * they) are taken out again. {@link FixtureDelivery} does it with IMAP APPEND; SMTP or LMTP
 * delivery goes through the same class, as the run's {@code delivery} setting says (chosen in {@link Pop3Setup}).
 */
public interface Delivery {

    /**
     * Puts the message in the account's maildrop; an SMTP or LMTP dialogue goes in {@code transcript}.
     * Returns how it got there and the trace header fields the server added before it.
     */
    Delivered deliver(Account account, TestMessage message, Transcript transcript) throws Exception;

    /** Removes what this scenario delivered; returns what could not be done, one line each. */
    List<String> cleanUp();

    /**
     * Before a {@code @destructive} scenario: ends it as SKIP when deleting messages from this
     * account's maildrop could touch mail the run did not create.
     */
    void guardDestructive(Account account) throws Exception;
}
