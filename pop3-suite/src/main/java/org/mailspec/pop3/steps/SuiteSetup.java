package org.mailspec.pop3.steps;

import org.mailspec.fixture.Fixtures;
import org.mailspec.run.SuiteContext;
import org.mailspec.settings.Account;
import org.mailspec.target.Sessions;
import org.mailspec.target.Target;
import org.mailspec.wire.Transcript;

/** Builds a scenario's {@link Pop3Setup} from the running suite: its target, settings and run id. */
final class SuiteSetup {

    private SuiteSetup() {
    }

    static Pop3Setup from(SuiteContext context) {
        Target target = context.target();
        Account account = target.accounts().get(0);
        return new Pop3Setup(target.name(), target.pop3(), target.pop3s(), account, context.runId(),
                Sessions.options(target, new Transcript()),
                new FixtureMaildrop(new Fixtures(target, context.runId()), context.settings(), account));
    }
}
