package org.mailspec.imap.steps;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mailspec.pop3.MultiLineReply;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.pop3.ScanListing;
import org.mailspec.run.HarnessError;
import org.mailspec.run.SuiteContext;
import org.mailspec.run.schedule.ScenarioLease;
import org.mailspec.wire.WireException;

/**
 * The scenario's POP3 sessions on the first user's maildrop (the INBOX its IMAP clients see), in
 * the scenario's transcript as {@code pop3-<name>}; and where each found a fixture: its message
 * number and listed size, found by LIST and the Message-ID in each message's header (TOP n 0,
 * RETR n where TOP is refused), never by position.
 */
public final class Pop3Views {

    /** A POP3 session and what it learnt of each fixture. */
    static final class View {
        final String name;
        final Pop3Client client;
        final Map<String, Integer> numbers = new HashMap<>();
        final Map<String, Long> listedSizes = new HashMap<>();
        final Map<String, byte[]> retrieved = new HashMap<>();
        final Map<String, String> uniqueIds = new HashMap<>();
        Pop3Reply stat;
        final Map<Integer, Long> listing = new LinkedHashMap<>();

        View(String name, Pop3Client client) {
            this.name = name;
            this.client = client;
        }
    }

    private final SuiteContext context;
    private final ScenarioLease lease;
    private final Verdicts verdicts;
    private final Map<String, View> views = new LinkedHashMap<>();

    public Pop3Views(SuiteContext context, ScenarioLease lease, Verdicts verdicts) {
        this.context = context;
        this.lease = lease;
        this.verdicts = verdicts;
    }

    /** Logs a POP3 session in as the scenario's first user (a precondition). */
    View open(String name) {
        View old = views.remove(name);
        if (old != null) {
            old.client.close();
        }
        try {
            Pop3Client c = org.mailspec.target.Sessions.pop3LoggedIn(context.target(), lease.account(1),
                    org.mailspec.target.Sessions.options(context.target(), verdicts.transcript()).withName("pop3-" + name));
            View v = new View(name, c);
            views.put(name, v);
            return v;
        } catch (WireException | RuntimeException e) {
            throw new HarnessError("precondition: POP3 client " + name + " could not log in: " + e.getMessage());
        }
    }

    View view(String name) {
        View v = views.get(name);
        if (v == null) {
            throw new HarnessError("harness defect: POP3 client " + name + " is used before it logs in");
        }
        return v;
    }

    /** STAT and LIST, then the fixture's message found by the Message-ID of its header; its number and listed size recorded. */
    int find(View v, String fixture, String messageId) {
        Integer known = v.numbers.get(fixture);
        if (known != null) {
            return known;
        }
        try {
            v.stat = v.client.command("STAT");
            MultiLineReply list = v.client.multiLine("LIST");
            if (!list.first().ok() || !list.terminated()) {
                throw new HarnessError("POP3 client " + v.name + ": LIST was not answered with a scan listing");
            }
            v.listing.clear();
            for (byte[] line : list.lines()) {
                ScanListing.parse(new String(line, StandardCharsets.ISO_8859_1))
                        .ifPresent(s -> v.listing.put(s.number(), s.octets()));
            }
            boolean top = true;
            for (int n : v.listing.keySet()) {
                MultiLineReply r = top ? v.client.multiLine("TOP " + n + " 0") : null;
                if (r == null || !r.first().ok()) {
                    top = false;
                    r = v.client.multiLine("RETR " + n);
                }
                if (r.first().ok() && messageId.equals(messageIdOf(r))) {
                    v.numbers.put(fixture, n);
                    v.listedSizes.put(fixture, v.listing.get(n));
                    return n;
                }
            }
        } catch (WireException e) {
            throw new HarnessError("POP3 client " + v.name + ": looking for the " + fixture + " message: " + e.getMessage());
        }
        throw new HarnessError("POP3 client " + v.name + " finds no message with Message-ID " + messageId
                + " in the maildrop (" + v.listing.size() + " listed)");
    }

    private static String messageIdOf(MultiLineReply r) {
        for (String l : r.textLines()) {
            if (l.isEmpty()) {
                break;
            }
            if (l.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                return l.substring(11).trim();
            }
        }
        return "";
    }

    Optional<View> existing(String name) {
        return Optional.ofNullable(views.get(name));
    }

    /** QUIT, quietly, on every session still open (the end of the scenario). */
    void closeAll() {
        for (View v : views.values()) {
            try {
                if (v.client.connection().isOpen()) {
                    v.client.quit();
                }
            } catch (WireException | RuntimeException e) {
                // closed below either way
            } finally {
                v.client.close();
            }
        }
        views.clear();
    }
}
