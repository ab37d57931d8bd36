package org.mailspec.imap.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mailspec.fixture.TraceHeaders;
import org.mailspec.imap.Command;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.Expunge;
import org.mailspec.imap.response.FetchData;
import org.mailspec.imap.response.Flag;
import org.mailspec.imap.response.ImapString;
import org.mailspec.imap.response.SearchData;
import org.mailspec.run.HarnessError;
import org.mailspec.text.Ascii;

/**
 * A message looked up by its Message-ID in a mailbox that may hold other mail (INBOX, the Sent
 * mailbox): UID SEARCH HEADER Message-ID, then UID FETCH of its flags and BODY[], on the client
 * under test; and what that says of the message.
 */
public class LookupSteps {

    private final Sessions sessions;
    private final Seeds seeds;
    private final Lookups lookups;
    private final Verdicts verdicts;

    public LookupSteps(Sessions sessions, Seeds seeds, Lookups lookups, Verdicts verdicts) {
        this.sessions = sessions;
        this.seeds = seeds;
        this.lookups = lookups;
        this.verdicts = verdicts;
    }

    /** The client has the mailbox selected; it searches for the fixture's Message-ID and fetches what it finds. */
    @When("{client} looks up the {fixture} message by its Message-ID")
    public void looksUp(String client, String fixture) {
        Session s = sessions.session(client);
        String box = s.selected.orElseThrow(() -> new HarnessError(
                "harness defect: client " + client + " looks up a message without a selected mailbox"));
        String id = Seeds.messageId(seeds.placeholderFixture(fixture).bytes());
        Observation search = sessions.executeBuilt(s, Command.of("UID").atom("SEARCH").atom("HEADER").atom("Message-ID")
                .quoted(id), Optional.empty());
        if (search.result().isEmpty() || !search.result().get().ok()) {
            throw new HarnessError("precondition: UID SEARCH HEADER Message-ID on " + s.connection() + " was not answered OK: "
                    + search.result().map(r -> Ascii.escape(r.tagged().raw())).orElse(String.valueOf(search.failure)));
        }
        List<Long> uids = search.result().get().ofType(SearchData.class).stream()
                .flatMap(d -> d.numbers().stream()).toList();
        if (uids.isEmpty()) {
            lookups.record(client, fixture, new Lookups.Found(box, uids, 0, Optional.empty(), Optional.empty(), null));
            return;
        }
        Observation fetch = sessions.executeBuilt(s, Command.of("UID").atom("FETCH").atom(String.valueOf(uids.get(0)))
                .raw("(FLAGS BODY.PEEK[])"), Optional.empty());
        if (fetch.result().isEmpty() || !fetch.result().get().ok()) {
            throw new HarnessError("precondition: UID FETCH of the found message on " + s.connection() + " was not answered OK");
        }
        long seq = 0;
        Optional<List<Flag>> flags = Optional.empty();
        Optional<byte[]> body = Optional.empty();
        Received judged = null;
        for (Received r : fetch.result().get().untagged()) {
            if (r.response() instanceof FetchData f && f.uid().isPresent() && f.uid().getAsLong() == uids.get(0)) {
                seq = f.seq();
                judged = r;
                flags = f.flags();
                body = f.bodySection("").flatMap(b -> b.data()).map(ImapString::bytes);
            }
        }
        lookups.record(client, fixture, new Lookups.Found(box, uids, seq, flags, body, judged));
    }

    private Lookups.Found found(String client, String fixture) {
        return lookups.of(client, fixture).orElseThrow(() -> new HarnessError(
                "harness defect: client " + client + " did not look up the " + fixture + " message"));
    }

    @Then("{client} finds the {fixture} message once")
    public void findsOnce(String client, String fixture) {
        Lookups.Found f = found(client, fixture);
        if (f.uids().size() != 1) {
            throw verdicts.violation("RFC 9051 6.4.4: SEARCH HEADER finds the messages whose header field contains the "
                            + "string; the " + fixture + " message was put in " + f.mailbox() + " once",
                    "one UID for Message-ID " + Seeds.messageId(seeds.placeholderFixture(fixture).bytes()),
                    f.uids().isEmpty() ? "none: the message is not in " + f.mailbox() : "UIDs " + f.uids(),
                    sessions.session(client), null);
        }
    }

    @Then("{client} does not find the {fixture} message")
    public void findsNone(String client, String fixture) {
        Lookups.Found f = found(client, fixture);
        if (!f.uids().isEmpty()) {
            throw verdicts.violation("a message the server refused is not stored: " + f.mailbox() + " holds no message with its "
                            + "Message-ID", "no UID", "UIDs " + f.uids(), sessions.session(client), null);
        }
    }

    /**
     * BODY[] is the octets handed over; for a message the server received by SMTP or LMTP, from the
     * harness's first header on, after trace header fields that the transcript shows.
     */
    @Then("the BODY[] {client} fetched of the {fixture} message is the message as handed over")
    public void bodyAsHandedOver(String client, String fixture) {
        Lookups.Found f = found(client, fixture);
        Session s = sessions.session(client);
        byte[] want = seeds.placeholderFixture(fixture).bytes();
        String rule = "RFC 9051 6.4.5: BODY[] is the message text, as the server received it";
        byte[] got = f.body().orElseThrow(() -> verdicts.violation(rule, "a BODY[] for the " + fixture + " message",
                "no BODY[] in the FETCH response", s, f.judged()));
        Optional<List<String>> trace = TraceHeaders.before(got, want);
        if (trace.isEmpty()) {
            int at = Arrays.mismatch(got, want);
            throw verdicts.violation(rule, "the " + want.length + " octets handed over, after nothing but trace header fields",
                    got.length + " octets; at octet " + at + ": \"" + Ascii.around(got, Math.max(0, at), 40) + "\"", s, f.judged());
        }
        if (!trace.get().isEmpty()) {
            verdicts.transcript().event(s.connection(), "delivery: BODY[] compared from the harness's first header on; before "
                    + "it the server has " + trace.get().size() + " trace header field(s): "
                    + String.join(" | ", trace.get().stream().map(t -> t.replace("\r\n", "")).toList()));
        }
    }

    @Then("the {fixture} message {client} fetched has the flag {flag}")
    public void hasFlag(String fixture, String client, String flag) {
        Lookups.Found f = found(client, fixture);
        if (f.flags().isEmpty() || !f.flags().get().contains(Flag.of(flag))) {
            throw verdicts.violation("RFC 9051 6.3.12: \"If a flag parenthesized list is specified, the flags SHOULD be set "
                            + "in the resulting message\"", "FLAGS including " + flag,
                    f.flags().map(l -> "FLAGS " + l).orElse("no FLAGS"), sessions.session(client), f.judged());
        }
    }

    /** UID STORE +FLAGS on the message the client looked up (a precondition: anything but OK is an ERROR). */
    @When("{client} adds the flag {flag} to the {fixture} message it looked up")
    public void addsFlag(String client, String flag, String fixture) {
        Lookups.Found f = found(client, fixture);
        if (f.uids().isEmpty()) {
            throw new HarnessError("precondition: client " + client + " did not find the " + fixture + " message to flag it");
        }
        Session s = sessions.session(client);
        Observation o = sessions.executeBuilt(s, Command.of("UID").atom("STORE").atom(String.valueOf(f.uids().get(0)))
                .atom("+FLAGS").raw("(" + flag + ")"), Optional.empty());
        if (o.result().isEmpty() || !o.result().get().ok()) {
            throw new HarnessError("precondition: UID STORE " + f.uids().get(0) + " +FLAGS (" + flag + ") on " + s.connection()
                    + " was not answered OK");
        }
    }

    /** Notes the fixture's flags in the transcript; judges nothing (where the RFCs leave it to the server). */
    @When("{client} notes in the transcript whether the {fixture} message has the flag {flag}")
    public void notesFlag(String client, String fixture, String flag) {
        looksUp(client, fixture);
        Lookups.Found f = found(client, fixture);
        verdicts.transcript().event(sessions.session(client).connection(), "observed, not judged: the " + fixture + " message "
                + (f.flags().isEmpty() ? "has no FLAGS in the answer" : f.flags().get().contains(Flag.of(flag))
                ? "has " + flag : "does not have " + flag) + " (flags " + f.flags().map(Object::toString).orElse("-") + ")");
    }

    /**
     * The client, with the mailbox still selected, is told that the message it looked up earlier was
     * expunged: every EXPUNGE of the last command is read in order, each renumbering the rest (RFC 9051
     * 7.4.1), so the message's number moves down past each earlier one; one must name it where it is then.
     */
    @Then("{client} is told of the expunge of the {fixture} message")
    public void toldOfExpunge(String client, String fixture) {
        Lookups.Found f = found(client, fixture);
        Session s = sessions.session(client);
        if (f.seq() == 0) {
            throw new HarnessError("harness defect: client " + client + " never found the " + fixture + " message to expect its expunge");
        }
        Observation o = sessions.last();
        long at = f.seq();
        for (Received r : o.untagged()) {
            if (r.response() instanceof Expunge e) {
                if (e.seq() == at) {
                    return;
                }
                if (e.seq() < at) {
                    at--;
                }
            }
        }
        throw verdicts.violation("RFC 9051 7.5.1: \"The EXPUNGE response reports that the specified message sequence number "
                        + "has been permanently removed from the mailbox. The message sequence number for each successive "
                        + "message in the mailbox is immediately decremented by 1\"", "an EXPUNGE naming message " + f.seq()
                        + " (where FETCH found it) at its number then, less one for each EXPUNGE of a lower number before it, "
                        + "during " + o.describe(), Responses.show(o.untagged()), s, null);
    }
}
