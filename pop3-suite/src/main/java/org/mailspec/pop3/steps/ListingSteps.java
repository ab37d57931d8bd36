package org.mailspec.pop3.steps;

import java.util.Optional;

import io.cucumber.java.en.Then;
import org.mailspec.pop3.DropListing;
import org.mailspec.pop3.Listing;
import org.mailspec.pop3.MultiLineReply;
import org.mailspec.pop3.ScanListing;
import org.mailspec.text.Ascii;

/** Drop listings (STAT) and scan listings (LIST), RFC 1939 sections 5 and 11. */
public class ListingSteps {

    private final Sessions sessions;
    private final Maildrop maildrop;
    private final Verdicts verdicts;

    public ListingSteps(Sessions sessions, Maildrop maildrop, Verdicts verdicts) {
        this.sessions = sessions;
        this.maildrop = maildrop;
        this.verdicts = verdicts;
    }

    @Then("client {client} receives a drop listing")
    public void receivesDropListing(String client) {
        Client c = sessions.client(client);
        Exchange x = c.last();
        if (x.first().flatMap(DropListing::of).isEmpty()) {
            throw verdicts.violation(c, x, "STAT is answered with a drop listing (RFC 1939 section 5)",
                    "\"+OK\" SP number of messages SP size in octets, decimal, e.g. \"+OK 2 320\"");
        }
    }

    @Then("the drop listing of client {client} agrees with its scan listing")
    public void dropAgreesWithScan(String client) {
        Client c = sessions.client(client);
        Exchange stat = c.last("STAT", Optional.of(false)).orElseThrow(() -> new IllegalStateException(
                "client " + client + " sent no STAT"));
        Exchange list = c.last("LIST", Optional.of(false)).orElseThrow(() -> new IllegalStateException(
                "client " + client + " sent no LIST without an argument"));
        if (!stat.markedDeleted().equals(list.markedDeleted())) {
            throw new IllegalStateException("client " + client + " sent its last STAT and its last LIST with different "
                    + "messages marked as deleted (" + stat.markedDeleted() + " and " + list.markedDeleted()
                    + "): the scenario compares two states of the maildrop");
        }
        DropListing drop = stat.first().flatMap(DropListing::of).orElseThrow(() -> verdicts.violation(c, stat,
                "STAT is answered with a drop listing (RFC 1939 section 5)", "\"+OK\" SP count SP octets"));
        Listing<ScanListing> scans = scanListing(c, list);
        long count = scans.entries().size();
        long octets = scans.entries().stream().mapToLong(ScanListing::octets).sum();
        if (drop.messages() != count || drop.octets() != octets) {
            throw verdicts.violation(c, stat, "the drop listing counts the messages and octets of the maildrop, "
                    + "messages marked as deleted not counted (RFC 1939 section 5)",
                    "\"+OK " + count + " " + octets + "\": the " + count + " scan listings of LIST and their sizes' sum");
        }
    }

    @Then("client {client} receives a scan listing for message {message}")
    public void receivesScanListing(String client, String label) {
        Client c = sessions.client(client);
        Exchange x = c.last();
        int number = maildrop.number(c, label);
        long size = maildrop.seeded(label).storedSize();
        Optional<ScanListing> scan = x.first().flatMap(ScanListing::of);
        if (scan.isEmpty() || scan.get().number() != number || scan.get().octets() != size) {
            throw verdicts.violation(c, x, "LIST msg answers the scan listing of that message: its number and its exact "
                    + "size in octets (RFC 1939 sections 5 and 11)", "\"+OK " + number + " " + size + "\"");
        }
    }

    @Then("the scan listing of client {client} lists message {message}")
    public void scanListingLists(String client, String label) {
        Client c = sessions.client(client);
        Exchange list = lastList(c);
        Optional<Integer> number = maildrop.numberIfPresent(c, label);
        long size = maildrop.seeded(label).storedSize();
        Listing<ScanListing> scans = scanListing(c, list);
        Optional<ScanListing> line = scans.entries().stream()
                .filter(s -> number.isPresent() && s.number() == number.get()).findFirst();
        if (line.isEmpty() || line.get().octets() != size) {
            throw verdicts.violation(c, list, "LIST gives a scan listing for each message not marked as deleted, with its "
                    + "exact size in octets: CRLF line ends, stuffed dots not counted (RFC 1939 sections 5 and 11)",
                    number.map(n -> "a line \"" + n + " " + size + "\" for message " + label).orElse(
                            "a line for message " + label + " of " + size + " octets (this session did not find it in "
                                    + "the maildrop at all)"));
        }
    }

    @Then("the scan listing of client {client} does not list message {message}")
    public void scanListingOmits(String client, String label) {
        Client c = sessions.client(client);
        Exchange list = lastList(c);
        Listing<ScanListing> scans = scanListing(c, list);
        Optional<Integer> number = maildrop.numberIfPresent(c, label);
        if (number.isPresent() && scans.entries().stream().anyMatch(s -> s.number() == number.get())) {
            throw verdicts.violation(c, list, "messages marked as deleted are not listed (RFC 1939 section 5)",
                    "no scan listing for message " + label + " (number " + number.get() + ")");
        }
    }

    @Then("the scan listing of client {client} lists no messages")
    public void scanListingEmpty(String client) {
        Client c = sessions.client(client);
        Exchange list = lastList(c);
        if (!list.positiveAndComplete() || !list.multi().map(m -> m.lines().isEmpty()).orElse(false)) {
            throw verdicts.violation(c, list, "LIST on an empty maildrop gives no scan listings: a positive response and "
                    + "then the terminating line (RFC 1939 section 5)", "\"+OK\" CRLF \".\" CRLF, no lines between");
        }
    }

    private Exchange lastList(Client c) {
        return c.last("LIST", Optional.of(false)).orElseThrow(() -> new IllegalStateException(
                "client " + c.name() + " sent no LIST without an argument"));
    }

    /**
     * The scan listings of a complete positive multi-line LIST, judged whole: every line a scan
     * listing, and the message-numbers those of the session ({@link MessageNumbers}), whatever other
     * mail the maildrop holds; a violation when it is not so.
     */
    private Listing<ScanListing> scanListing(Client c, Exchange list) {
        Optional<MultiLineReply> m = list.multi().filter(r -> list.positiveAndComplete());
        if (m.isEmpty()) {
            throw verdicts.violation(c, list, "LIST is answered with a multi-line scan listing (RFC 1939 section 5)",
                    "\"+OK\", a scan listing per message, and the terminating \".\" CRLF");
        }
        Listing<ScanListing> scans = ScanListing.all(m.get());
        if (scans.malformed().isPresent()) {
            throw verdicts.violation(c, list, "each scan listing is the message-number, a single space and the size in "
                    + "octets (RFC 1939 section 5)", "lines like \"1 120\"; got the line \""
                    + Ascii.escape(scans.malformed().get()) + "\"");
        }
        Optional<String> numbers = MessageNumbers.problem(scans.entries().stream().map(ScanListing::number).toList(),
                list.markedDeleted(), maildrop.highestKnown(c));
        if (numbers.isPresent()) {
            throw verdicts.violation(c, list, "LIST gives one scan listing for each message in the maildrop not marked as "
                    + "deleted (RFC 1939 section 5: \"for each message in the maildrop, the POP3 server responds with a "
                    + "line containing information for that message\"; \"messages marked as deleted are not listed\"; "
                    + "section 4: the messages are numbered 1 to n)", "each message-number of the session once, but "
                    + "those marked as deleted", numbers.get());
        }
        return scans;
    }
}
