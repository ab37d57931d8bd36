package org.mailspec.pop3.steps;

import java.util.List;

import org.mailspec.fixture.Delivered;
import org.mailspec.fixture.Fixtures;
import org.mailspec.fixture.InboxDelivery;
import org.mailspec.fixture.TestMessage;
import org.mailspec.settings.Account;
import org.mailspec.settings.Settings;
import org.mailspec.target.Target;
import org.mailspec.wire.Transcript;

/**
 * Delivery through {@link Fixtures}: the run's {@link InboxDelivery} (IMAP APPEND to the account's
 * INBOX by default, SMTP or LMTP as {@code delivery} says), and clean-up of only the run's messages.
 */
final class FixtureDelivery implements Delivery {

    private final Fixtures fixtures;
    private final Settings settings;
    private final Target target;
    private final InboxDelivery how;

    FixtureDelivery(Fixtures fixtures, Settings settings, Target target) {
        this.fixtures = fixtures;
        this.settings = settings;
        this.target = target;
        this.how = InboxDelivery.forTarget(target, settings);
    }

    @Override
    public Delivered deliver(Account account, TestMessage message, Transcript transcript) throws Exception {
        return fixtures.deliver(account, message, how,
                org.mailspec.target.Sessions.options(target, transcript).withName(how.path().key()));
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
