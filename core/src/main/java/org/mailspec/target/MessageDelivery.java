package org.mailspec.target;

import org.mailspec.settings.Account;

/** Puts a message straight into an account's INBOX, without the protocol under test. */
@FunctionalInterface
public interface MessageDelivery {
    void deliver(Account account, byte[] rfc822) throws Exception;
}
