package org.mailspec.pop3.steps;

import java.util.Optional;

import io.cucumber.java.en.Then;
import org.mailspec.pop3.DropListing;
import org.mailspec.pop3.Pop3Status;

/** What a session found in the maildrop, and how two sessions on one maildrop relate (RFC 1939 sections 4 and 6). */
public class MaildropAssertions {

    private final Sessions sessions;
    private final Maildrop maildrop;
    private final Verdicts verdicts;

    public MaildropAssertions(Sessions sessions, Maildrop maildrop, Verdicts verdicts) {
        this.sessions = sessions;
        this.maildrop = maildrop;
        this.verdicts = verdicts;
    }

    @Then("message {message} is in the maildrop of client {client}")
    public void inMaildrop(String label, String client) {
        Client c = sessions.client(client);
        if (maildrop.numberIfPresent(c, label).isEmpty()) {
            throw verdicts.violation(c, "a session that did not end in the UPDATE state, and QUIT, remove only the "
                    + "messages marked as deleted (RFC 1939 section 6)", "message " + label + " ("
                    + maildrop.seeded(label).message().messageId() + ") in the maildrop",
                    "client " + client + " did not find it in the maildrop (see the probe in the transcript)");
        }
    }

    @Then("message {message} is not in the maildrop of client {client}")
    public void notInMaildrop(String label, String client) {
        Client c = sessions.client(client);
        var number = maildrop.numberIfPresent(c, label);
        if (number.isPresent()) {
            throw verdicts.violation(c, "QUIT in the TRANSACTION state removes the messages marked as deleted from the "
                    + "maildrop (RFC 1939 section 6)", "message " + label + " gone from the maildrop",
                    "client " + client + " found it as message " + number.get());
        }
    }

    @Then("client {client} is refused the locked maildrop or given the view of client {client}")
    public void refusedOrSameView(String client, String holder) {
        Client b = sessions.client(client);
        Client a = sessions.client(holder);
        Exchange auth = b.authentication().orElseThrow(() -> new IllegalStateException(
                "client " + client + " has not authenticated"));
        if (!auth.status(Pop3Status.OK)) {
            verdicts.note("lock: the server refuses a second session on a maildrop in use: " + auth.command() + " got "
                    + auth.shown());
            return;
        }
        Exchange statA = a.last("STAT", Optional.of(false)).orElseThrow(() -> new IllegalStateException(
                "client " + holder + " sent no STAT"));
        Exchange statB = b.last("STAT", Optional.of(false)).orElseThrow(() -> new IllegalStateException(
                "client " + client + " sent no STAT"));
        var dropA = statA.first().flatMap(DropListing::of);
        var dropB = statB.first().flatMap(DropListing::of);
        if (dropA.isEmpty() || !dropA.equals(dropB)) {
            throw verdicts.violation(b, statB, "a second session on a maildrop in use is refused, or sees the maildrop as "
                    + "the session holding it does (RFC 1939 section 4: the lock prevents \"messages from being "
                    + "modified or removed before the session enters the UPDATE state\")",
                    "-ERR to the authentication, or the drop listing client " + holder + " has: " + statA.shown());
        }
        verdicts.note("lock: the server admits a second session on a maildrop in use; both see " + statB.shown());
    }
}
