package org.mailspec.pop3.steps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cucumber.java.en.Then;
import org.mailspec.pop3.Listing;
import org.mailspec.pop3.MultiLineReply;
import org.mailspec.pop3.Pop3Status;
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

    /**
     * Every UIDL reply of the session together, the scenario's messages and all others: a message
     * keeps one unique-id, and no two messages share one, also after DELE (the listing then leaves
     * the deleted message out, but no other message takes its unique-id).
     */
    @Then("the unique-id listings of client {client} give each message one unique-id of its own")
    public void oneUniqueIdEach(String client) {
        Client c = sessions.client(client);
        Map<Integer, String> byNumber = new HashMap<>();
        Map<String, Integer> byUid = new HashMap<>();
        List<Exchange> uidls = c.exchanges().stream().filter(x -> x.verb().equals("UIDL")).toList();
        if (uidls.isEmpty()) {
            throw new IllegalStateException("client " + client + " sent no UIDL");
        }
        for (Exchange x : uidls) {
            List<UniqueIdListing> given = x.hasArgument() ? single(c, x) : listing(c, x).entries();
            for (UniqueIdListing u : given) {
                String before = byNumber.putIfAbsent(u.number(), u.uid());
                if (before != null && !before.equals(u.uid())) {
                    throw verdicts.violation(c, x, UNIQUE + "; it persists, so one message keeps one unique-id in a "
                            + "session", "\"" + u.number() + " " + before + "\", as an earlier UIDL of the session gave",
                            u.number() + " " + u.uid());
                }
                Integer other = byUid.putIfAbsent(u.uid(), u.number());
                if (other != null && other != u.number()) {
                    throw verdicts.violation(c, x, UNIQUE, "a unique-id for message " + u.number() + " that no other "
                            + "message of the maildrop has", "\"" + u.uid() + "\", which an earlier UIDL of the "
                            + "session gave message " + other);
                }
            }
        }
    }

    @Then("the unique-id listing of client {client} gives no message the unique-id client {client} was given for message {message}")
    public void uidNotReused(String client, String otherClient, String label) {
        Client c = sessions.client(client);
        Exchange x = lastUidl(c);
        String old = uid(sessions.client(otherClient), label);
        Optional<Integer> stillThere = maildrop.numberIfPresent(c, label);
        Optional<UniqueIdListing> reused = listing(c, x).entries().stream()
                .filter(u -> u.uid().equals(old) && !stillThere.equals(Optional.of(u.number()))).findFirst();
        if (reused.isPresent()) {
            throw verdicts.violation(c, x, "the unique-id of a removed message is not given to another message of the "
                    + "maildrop (RFC 1939 section 7: \"The server should "
                    + "never reuse an unique-id in a given maildrop, for as long as the entity using the unique-id "
                    + "exists.\")", "no message with the unique-id \"" + old + "\", which client " + otherClient
                    + " was given for message " + label, "message " + reused.get().number() + " has it");
        }
    }

    /** RFC 1939 section 7, the definition every whole-listing check quotes. */
    private static final String UNIQUE = "a unique-id uniquely identifies a message within a maildrop (RFC 1939 "
            + "section 7: the unique-id \"uniquely identifies a message within a maildrop and which persists across "
            + "sessions\")";

    /** The unique-id listing of a positive reply to UIDL msg; a violation when it is not one. */
    private List<UniqueIdListing> single(Client c, Exchange x) {
        if (!x.status(Pop3Status.OK)) {
            return List.of();
        }
        return List.of(x.first().flatMap(UniqueIdListing::of).orElseThrow(() -> verdicts.violation(c, x,
                "UIDL msg answers the unique-id listing of that message (RFC 1939 section 7)",
                "\"+OK\" SP message-number SP unique-id")));
    }

    private String uid(Client c, String label) {
        return maildrop.uid(c, label).orElseThrow(() -> new IllegalStateException("client " + c.name()
                + " was given no unique-id for message " + label + " (judge a UIDL reply first)"));
    }

    private Exchange lastUidl(Client c) {
        return c.last("UIDL", Optional.of(false)).orElseThrow(() -> new IllegalStateException(
                "client " + c.name() + " sent no UIDL without an argument"));
    }

    /**
     * The unique-id listings of a complete positive multi-line UIDL, judged whole: every line a
     * unique-id listing, the message-numbers those of the session ({@link MessageNumbers}), and no
     * unique-id given to two messages, whatever other mail the maildrop holds.
     */
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
        Optional<String> numbers = MessageNumbers.problem(p.entries().stream().map(UniqueIdListing::number).toList(),
                x.markedDeleted(), maildrop.highestKnown(c));
        if (numbers.isPresent()) {
            throw verdicts.violation(c, x, "UIDL gives one unique-id listing for each message in the maildrop not marked "
                    + "as deleted (RFC 1939 section 7: \"for each message in the maildrop, the POP3 server responds with "
                    + "a line containing information for that message\"; \"messages marked as deleted are not listed\")",
                    "each message-number of the session once, but those marked as deleted", numbers.get());
        }
        Map<String, Integer> byUid = new HashMap<>();
        for (UniqueIdListing u : p.entries()) {
            Integer other = byUid.putIfAbsent(u.uid(), u.number());
            if (other != null) {
                throw verdicts.violation(c, x, UNIQUE, "a different unique-id on every line",
                        "messages " + other + " and " + u.number() + " both have \"" + u.uid() + "\"");
            }
        }
        return p;
    }
}
