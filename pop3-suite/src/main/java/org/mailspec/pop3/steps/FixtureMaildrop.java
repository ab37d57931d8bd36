package org.mailspec.pop3.steps;

import java.util.List;

import org.mailspec.fixture.Fixtures;
import org.mailspec.fixture.TestMessage;
import org.mailspec.settings.Account;
import org.mailspec.settings.Settings;

/** The maildrop through {@link Fixtures}: IMAP APPEND to INBOX, and clean-up of only the run's messages. */
final class FixtureMaildrop implements Maildrop {

    private final Fixtures fixtures;
    private final Settings settings;
    private final Account account;

    FixtureMaildrop(Fixtures fixtures, Settings settings, Account account) {
        this.fixtures = fixtures;
        this.settings = settings;
        this.account = account;
    }

    @Override
    public void seed(TestMessage message) throws Exception {
        fixtures.deliverToInbox(account, message);
    }

    @Override
    public List<String> cleanUp() {
        fixtures.close();
        return fixtures.problems();
    }

    @Override
    public void guardDestructive() throws Exception {
        fixtures.refuseDestructiveUnlessAllowed(settings, account);
    }
}
