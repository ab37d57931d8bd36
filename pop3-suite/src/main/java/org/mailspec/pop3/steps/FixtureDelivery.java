package org.mailspec.pop3.steps;

import java.util.List;

import org.mailspec.fixture.Fixtures;
import org.mailspec.fixture.TestMessage;
import org.mailspec.settings.Account;
import org.mailspec.settings.Settings;

/** Delivery through {@link Fixtures}: IMAP APPEND to the account's INBOX, and clean-up of only the run's messages. */
final class FixtureDelivery implements Delivery {

    private final Fixtures fixtures;
    private final Settings settings;

    FixtureDelivery(Fixtures fixtures, Settings settings) {
        this.fixtures = fixtures;
        this.settings = settings;
    }

    @Override
    public void deliver(Account account, TestMessage message) throws Exception {
        fixtures.deliverToInbox(account, message);
    }

    @Override
    public List<String> cleanUp() {
        fixtures.close();
        return fixtures.problems();
    }

    @Override
    public void guardDestructive(Account account) throws Exception {
        fixtures.refuseDestructiveUnlessAllowed(settings, account);
    }
}
