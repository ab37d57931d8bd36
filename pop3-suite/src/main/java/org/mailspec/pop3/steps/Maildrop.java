package org.mailspec.pop3.steps;

import java.util.List;

import org.mailspec.fixture.TestMessage;

/**
 * The first account's INBOX as the harness reaches it without POP3: where a scenario seeds its
 * messages, and from where it removes them (and only them) afterwards.
 */
public interface Maildrop {

    void seed(TestMessage message) throws Exception;

    /** Removes what this scenario seeded; returns what could not be done, one line each. */
    List<String> cleanUp();

    /**
     * Before a {@code @destructive} scenario: ends it as SKIP when deleting messages could touch mail
     * the run did not create.
     */
    void guardDestructive() throws Exception;
}
