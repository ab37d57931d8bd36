package org.mailspec.pop3.steps;

import io.cucumber.java.en.Given;
import org.mailspec.pop3.Pop3Status;
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
        String text = stat.first().filter(r -> r.status() == Pop3Status.OK).map(r -> r.text()).orElse("");
        Skip.unless(text.startsWith("0 "), "the maildrop holds mail the scenario did not seed (STAT got "
                + stat.shown() + "); an empty maildrop is needed");
    }
}
