package org.mailspec.pop3.steps;

import io.cucumber.java.en.Given;
import org.mailspec.pop3.DropListing;
import org.mailspec.run.Skip;

/** What the maildrop holds: the scenario's seeded messages. */
public class MaildropSteps {

    private final Maildrop maildrop;
    private final Sessions sessions;

    public MaildropSteps(Maildrop maildrop, Sessions sessions) {
        this.maildrop = maildrop;
        this.sessions = sessions;
    }

    @Given("the maildrop holds message {message} from fixture {string}")
    public void holds(String label, String fixture) {
        maildrop.seed(label, fixture);
    }

    /** Looks with a session of its own, which it ends before the scenario's clients connect. */
    @Given("the maildrop holds no messages")
    public void holdsNoMessages() {
        Client probe = sessions.inTransaction("Z");
        Exchange stat = sessions.send(probe, "STAT");
        sessions.send(probe, "QUIT");
        sessions.awaitClose(probe);
        boolean empty = stat.first().flatMap(DropListing::of).map(d -> d.messages() == 0).orElse(false);
        Skip.unless(empty, "the maildrop does not show as empty: it holds mail the scenario did not seed (STAT got "
                + stat.shown() + "); an empty maildrop is needed");
    }
}
