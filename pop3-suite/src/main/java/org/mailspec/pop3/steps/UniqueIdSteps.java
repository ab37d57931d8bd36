package org.mailspec.pop3.steps;

import java.util.Optional;

import io.cucumber.java.en.Then;
import org.mailspec.pop3.Listing;
import org.mailspec.pop3.MultiLineReply;
import org.mailspec.pop3.UniqueIdListing;
import org.mailspec.text.Ascii;

/** Unique-id listings (UIDL, RFC 1939 section 7). */
public class UniqueIdSteps {

    private final Sessions sessions;
    private final Maildrop maildrop;
    private final Verdicts verdicts;

    public UniqueIdSteps(Sessions sessions, Maildrop maildrop, Verdicts verdicts) {
        this.sessions = sessions;
        this.maildrop = maildrop;
        this.verdicts = verdicts;
    }

    @Then("client {client} receives a unique-id listing for message {message}")
    public void receivesUidListing(String client, String label) {
        Client c = sessions.client(client);
        Exchange x = c.last();
        int number = maildrop.number(c, label);
        Optional<UniqueIdListing> uid = x.first().flatMap(UniqueIdListing::of);
        if (uid.isEmpty() || uid.get().number() != number) {
            throw verdicts.violation(c, x, "UIDL msg answers the unique-id listing of that message: its number, a single "
                    + "space and a unique-id of 1 to 70 characters in 0x21-0x7E, nothing after (RFC 1939 section 7)",
                    "\"+OK " + number + " \" and the unique-id");
        }
        maildrop.given(c, label, uid.get().uid());
    }

    @Then("the unique-id listing of client {client} lists message {message}")
    public void uidListingLists(String client, String label) {
        Client c = sessions.client(client);
        Exchange x = lastUidl(c);
        Optional<Integer> number = maildrop.numberIfPresent(c, label);
        Optional<UniqueIdListing> line = listing(c, x).entries().stream()
                .filter(u -> number.isPresent() && u.number() == number.get()).findFirst();
        if (line.isEmpty()) {
            throw verdicts.violation(c, x, "UIDL gives a unique-id listing for each message not marked as deleted "
                    + "(RFC 1939 section 7)", number.map(n -> "a line \"" + n + " <unique-id>\" for message " + label)
                    .orElse("a line for message " + label + " (this session did not find it in the maildrop at all)"));
        }
        maildrop.given(c, label, line.get().uid());
    }

    @Then("the unique-id listing of client {client} does not list message {message}")
    public void uidListingOmits(String client, String label) {
        Client c = sessions.client(client);
        Exchange x = lastUidl(c);
        Optional<Integer> number = maildrop.numberIfPresent(c, label);
        if (number.isPresent() && listing(c, x).entries().stream().anyMatch(u -> u.number() == number.get())) {
            throw verdicts.violation(c, x, "messages marked as deleted are not listed (RFC 1939 section 7)",
                    "no unique-id listing for message " + label + " (number " + number.get() + ")");
        }
    }

    @Then("the unique-id client {client} was given for message {message} is the one client {client} was given for message {message}")
    public void sameUid(String client, String label, String otherClient, String otherLabel) {
        Client c = sessions.client(client);
        String mine = uid(c, label);
        String theirs = uid(sessions.client(otherClient), otherLabel);
        if (!mine.equals(theirs)) {
            throw verdicts.violation(c, "a unique-id persists across sessions, even if a session ends without entering "
                    + "the UPDATE state (RFC 1939 section 7)", "\"" + theirs + "\", as client " + otherClient
                    + " was given for message " + otherLabel, "\"" + mine + "\" for message " + label);
        }
    }

    @Then("the unique-id client {client} was given for message {message} differs from the one client {client} was given for message {message}")
    public void differentUid(String client, String label, String otherClient, String otherLabel) {
        Client c = sessions.client(client);
        String mine = uid(c, label);
        String theirs = uid(sessions.client(otherClient), otherLabel);
        if (mine.equals(theirs)) {
            throw verdicts.violation(c, "a unique-id identifies one message of the maildrop and is never reused "
                    + "(RFC 1939 section 7)", "a unique-id other than \"" + theirs + "\" (message " + otherLabel
                    + " to client " + otherClient + ")", "\"" + mine + "\" for message " + label);
        }
    }

    private String uid(Client c, String label) {
        return maildrop.uid(c, label).orElseThrow(() -> new IllegalStateException("client " + c.name()
                + " was given no unique-id for message " + label + " (judge a UIDL reply first)"));
    }

    private Exchange lastUidl(Client c) {
        return c.last("UIDL", Optional.of(false)).orElseThrow(() -> new IllegalStateException(
                "client " + c.name() + " sent no UIDL without an argument"));
    }

    private Listing<UniqueIdListing> listing(Client c, Exchange x) {
        Optional<MultiLineReply> m = x.multi().filter(r -> x.positiveAndComplete());
        if (m.isEmpty()) {
            throw verdicts.violation(c, x, "UIDL is answered with a multi-line unique-id listing (RFC 1939 section 7)",
                    "\"+OK\", a unique-id listing per message, and the terminating \".\" CRLF");
        }
        Listing<UniqueIdListing> p = UniqueIdListing.all(m.get());
        if (p.malformed().isPresent()) {
            throw verdicts.violation(c, x, "each unique-id listing is the message-number, a single space and a unique-id "
                    + "of 1 to 70 characters in 0x21-0x7E, nothing after (RFC 1939 section 7)",
                    "lines like \"1 whqtswO00WBw418f9t5JxYwZ\"; got the line \""
                            + Ascii.escape(p.malformed().get()) + "\"");
        }
        return p;
    }
}
