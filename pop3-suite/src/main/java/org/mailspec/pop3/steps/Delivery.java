package org.mailspec.pop3.steps;

import java.util.List;

import org.mailspec.fixture.TestMessage;
import org.mailspec.settings.Account;

/**
 * How a message gets into an account's maildrop without POP3, and how the run's messages (and only
 * they) are taken out again. {@link FixtureDelivery} does it with IMAP APPEND; SMTP or LMTP
 * delivery would be another implementation, chosen in {@link Pop3Setup}.
 */
public interface Delivery {

    void deliver(Account account, TestMessage message) throws Exception;

    /** Removes what this scenario delivered; returns what could not be done, one line each. */
    List<String> cleanUp();

    /**
     * Before a {@code @destructive} scenario: ends it as SKIP when deleting messages from this
     * account's maildrop could touch mail the run did not create.
     */
    void guardDestructive(Account account) throws Exception;
}
