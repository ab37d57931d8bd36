package org.mailspec.imap.steps;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mailspec.fixture.TraceHeaders;
import org.mailspec.pop3.DropListing;
import org.mailspec.pop3.MultiLineReply;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.pop3.QuitResult;
import org.mailspec.pop3.UniqueIdListing;
import org.mailspec.run.HarnessError;
import org.mailspec.text.Ascii;
import org.mailspec.wire.WireException;

/**
 * One account seen through IMAP and POP3 (RFC 1939): POP3 sessions on the maildrop the IMAP
 * clients see as INBOX, what they list, retrieve, delete and name, judged against the message as
 * seeded and as IMAP gives it.
 */
public class Pop3ViewSteps {

    private final Pop3Views pop3;
    private final Seeds seeds;
    private final Lookups lookups;
    private final Verdicts verdicts;

    public Pop3ViewSteps(Pop3Views pop3, Seeds seeds, Lookups lookups, Verdicts verdicts) {
        this.pop3 = pop3;
        this.seeds = seeds;
        this.lookups = lookups;
        this.verdicts = verdicts;
    }

    /** POP3 sessions end before the IMAP clean-up (a POP3 server may lock the maildrop: RFC 1939 8). */
    @After(order = 20000)
    public void closePop3Sessions() {
        pop3.closeAll();
    }

    @Given("{pop3client} is logged in")
    public void loggedIn(String name) {
        pop3.open(name);
    }

    private String messageId(String fixture) {
        return Seeds.messageId(seeds.placeholderFixture(fixture).bytes());
    }

    /** Finds the fixture (STAT, LIST, headers) and RETRieves it (a precondition: -ERR is an ERROR). */
    @When("{pop3client} retrieves the {fixture} message")
    public void retrieves(String name, String fixture) {
        Pop3Views.View v = pop3.view(name);
        int n = pop3.find(v, fixture, messageId(fixture));
        try {
            MultiLineReply r = v.client.multiLine("RETR " + n);
            if (!r.first().ok() || !r.terminated()) {
                throw new HarnessError("POP3 client " + name + ": RETR " + n + " got \"" + Ascii.escape(r.raw()) + "\"");
            }
            v.retrieved.put(fixture, r.content());
        } catch (WireException e) {
            throw new HarnessError("POP3 client " + name + ": RETR " + n + ": " + e.getMessage());
        }
    }

    @When("{pop3client} marks the {fixture} message as deleted")
    public void deletes(String name, String fixture) {
        Pop3Views.View v = pop3.view(name);
        int n = pop3.find(v, fixture, messageId(fixture));
        try {
            Pop3Reply r = v.client.command("DELE " + n);
            if (!r.ok()) {
                throw new HarnessError("precondition: POP3 client " + name + ": DELE " + n + " got \"" + Ascii.escape(r.raw()) + "\"");
            }
        } catch (WireException e) {
            throw new HarnessError("POP3 client " + name + ": DELE " + n + ": " + e.getMessage());
        }
    }

    /** QUIT: the UPDATE state, where the server removes the messages marked as deleted (RFC 1939 6). */
    @When("{pop3client} quits")
    public void quits(String name) {
        Pop3Views.View v = pop3.view(name);
        try {
            QuitResult q = v.client.quit();
            v.client.connection().event("mailspec: QUIT answered " + q.reply().map(Pop3Reply::toString).orElse("nothing"));
        } catch (WireException e) {
            throw new HarnessError("POP3 client " + name + ": QUIT: " + e.getMessage());
        } finally {
            v.client.close();
        }
    }

    @When("{pop3client} reads the unique-id of the {fixture} message")
    public void readsUniqueId(String name, String fixture) {
        Pop3Views.View v = pop3.view(name);
        int n = pop3.find(v, fixture, messageId(fixture));
        try {
            Pop3Reply r = v.client.command("UIDL " + n);
            Optional<UniqueIdListing> u = UniqueIdListing.of(r);
            if (!r.ok() || u.isEmpty()) {
                throw new HarnessError("POP3 client " + name + ": UIDL " + n + " got \"" + Ascii.escape(r.raw())
                        + "\" (no unique-id listing: UIDL is optional, RFC 1939 7)");
            }
            v.uniqueIds.put(fixture, u.get().uid());
        } catch (WireException e) {
            throw new HarnessError("POP3 client " + name + ": UIDL " + n + ": " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------- judging

    @Then("the size {pop3client} listed for the {fixture} message is the number of octets it retrieved")
    public void listedSizeIsRetrievedSize(String name, String fixture) {
        Pop3Views.View v = pop3.view(name);
        byte[] got = retrieved(v, fixture);
        long listed = v.listedSizes.get(fixture);
        if (listed != got.length) {
            throw verdicts.violation("RFC 1939 5: \"A scan listing consists of the message-number of the message, followed by "
                            + "a single space and the exact size of the message in octets.\"",
                    "a scan listing of " + got.length + " octets (what RETR transferred, dot-stuffing undone)",
                    "\"" + v.numbers.get(fixture) + " " + listed + "\"", v.client.name(), null);
        }
    }

    @Then("the STAT of {pop3client} counts the listed messages and their octets")
    public void statCountsListing(String name) {
        Pop3Views.View v = pop3.view(name);
        if (v.stat == null) {
            throw new HarnessError("harness defect: POP3 client " + name + " sent no STAT");
        }
        long sum = v.listing.values().stream().mapToLong(Long::longValue).sum();
        Optional<DropListing> d = DropListing.of(v.stat);
        if (d.isEmpty() || d.get().messages() != v.listing.size() || d.get().octets() != sum) {
            throw verdicts.violation("RFC 1939 5 STAT: \"The positive response consists of \"+OK\" followed by a single space, the number of messages in the maildrop, a single space, "
                            + "and the size of the maildrop in octets.\"",
                    "\"+OK " + v.listing.size() + " " + sum + "\" (the " + v.listing.size() + " scan listings of LIST)",
                    "\"" + Ascii.escape(v.stat.raw()) + "\"", v.client.name(), null);
        }
    }

    /** RETR gave the octets handed over, from the harness's first header on (trace fields before it shown). */
    @Then("the message {pop3client} retrieved is the {fixture} message as handed over")
    public void retrievedIsSeeded(String name, String fixture) {
        Pop3Views.View v = pop3.view(name);
        byte[] got = retrieved(v, fixture);
        byte[] want = seeds.placeholderFixture(fixture).bytes();
        Optional<List<String>> trace = TraceHeaders.before(got, want);
        if (trace.isEmpty()) {
            int at = Arrays.mismatch(got, want);
            throw verdicts.violation("RFC 1939 7 RETR: the server sends the message, byte-stuffed; unstuffed it is the message "
                            + "the maildrop holds", "the " + want.length + " octets handed over, after nothing but trace header fields",
                    got.length + " octets; at octet " + at + ": \"" + Ascii.around(got, Math.max(0, at), 40) + "\"",
                    v.client.name(), null);
        }
        if (!trace.get().isEmpty()) {
            v.client.connection().event("mailspec: RETR compared from the harness's first header on; before it "
                    + trace.get().size() + " trace header field(s): "
                    + String.join(" | ", trace.get().stream().map(t -> t.replace("\r\n", "")).toList()));
        }
    }

    /** The same message through both doors: RETR's octets are IMAP's BODY[], from the first seeded header on. */
    @Then("the message {pop3client} retrieved is the BODY[] {client} fetched of the {fixture} message")
    public void retrievedIsImapBody(String name, String client, String fixture) {
        Pop3Views.View v = pop3.view(name);
        byte[] got = retrieved(v, fixture);
        Lookups.Found f = lookups.of(client, fixture).orElseThrow(() -> new HarnessError(
                "harness defect: client " + client + " did not look up the " + fixture + " message"));
        byte[] imap = f.body().orElseThrow(() -> new HarnessError("client " + client + " got no BODY[] of the " + fixture + " message"));
        byte[] seeded = seeds.placeholderFixture(fixture).bytes();
        byte[] popFrom = TraceHeaders.fromSeeded(got, seeded);
        byte[] imapFrom = TraceHeaders.fromSeeded(imap, seeded);
        if (!Arrays.equals(popFrom, imapFrom)) {
            int at = Arrays.mismatch(popFrom, imapFrom);
            throw verdicts.violation("one maildrop, two protocols: RFC 1939 RETR and RFC 9051 BODY[] transfer the same message",
                    "the " + imapFrom.length + " octets of BODY[] from the first seeded header on: at octet " + at + ": \""
                            + Ascii.around(imapFrom, Math.max(0, at), 40) + "\"",
                    popFrom.length + " octets from RETR; at octet " + at + ": \"" + Ascii.around(popFrom, Math.max(0, at), 40) + "\"",
                    v.client.name(), null);
        }
    }

    @Then("{pop3client} was given the unique-id {pop3client} was given for the {fixture} message")
    public void sameUniqueId(String later, String earlier, String fixture) {
        String a = pop3.view(earlier).uniqueIds.get(fixture);
        String b = pop3.view(later).uniqueIds.get(fixture);
        if (a == null || b == null) {
            throw new HarnessError("harness defect: POP3 clients " + earlier + " and " + later + " did not both read the unique-id");
        }
        if (!a.equals(b)) {
            throw verdicts.violation("RFC 1939 7 UIDL: \"The unique-id of a message is an arbitrary server-determined string, "
                            + "consisting of one to 70 characters in the range 0x21 to 0x7E, which uniquely identifies a message "
                            + "within a maildrop and which persists across sessions.\"",
                    "the unique-id \"" + Ascii.escape(a) + "\" of the earlier session", "\"" + Ascii.escape(b) + "\"",
                    pop3.view(later).client.name(), null);
        }
    }

    private byte[] retrieved(Pop3Views.View v, String fixture) {
        byte[] got = v.retrieved.get(fixture);
        if (got == null) {
            throw new HarnessError("harness defect: POP3 client " + v.name + " did not retrieve the " + fixture + " message");
        }
        return got;
    }
}
