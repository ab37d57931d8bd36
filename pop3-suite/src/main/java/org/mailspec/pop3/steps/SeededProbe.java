package org.mailspec.pop3.steps;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mailspec.pop3.MultiLineReply;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.ScanListing;
import org.mailspec.text.Ascii;
import org.mailspec.wire.WireException;

/**
 * How a session finds the seeded messages (STEPS.md, "How a client finds its seeded messages"):
 * LIST, then the headers of the messages whose size could be a seeded one's (TOP n 0, or RETR n
 * once TOP is refused), matched by Message-ID. The probes go straight through {@link Pop3Client}:
 * they are in the transcript between "mailspec probe" notes, not exchanges the steps judge. What
 * they read is not dropped either: lines that arrived before the probe are read off as answering no
 * command first; a LIST line that is no scan listing is a {@link Finding}, and an ERROR when a seeded
 * message could be behind it; a message whose headers cannot be read is an ERROR, with the bytes.
 */
final class SeededProbe {

    /** What one probe found: the labels it looked for, the numbers of those it found, the highest number listed. */
    record Found(Set<String> searched, Map<String, Integer> numbers, int highest) {
    }

    private SeededProbe() {
    }

    static Found find(Client c, Collection<Seeded> seeded) {
        Pop3Client p = c.pop3();
        p.connection().event("mailspec probe: LIST and headers, to find the scenario's seeded messages");
        Scan scan = listing(c);
        Map<Integer, Long> listing = scan.sizes();
        Set<String> labels = new LinkedHashSet<>();
        Set<Long> sizes = new HashSet<>();
        seeded.forEach(s -> {
            labels.add(s.label());
            sizes.add(s.storedSize());
        });
        Set<String> searched = Set.copyOf(labels);
        List<Integer> order = new ArrayList<>(listing.keySet());
        order.sort(Comparator.<Integer, Boolean>comparing(n -> !sizes.contains(listing.get(n)))
                .thenComparing(Comparator.reverseOrder()));
        Map<String, Integer> numbers = new LinkedHashMap<>();
        boolean top = true;
        for (int n : order) {
            if (labels.isEmpty()) {
                break;
            }
            List<String> headers;
            try {
                MultiLineReply r = top ? p.multiLine("TOP " + n + " 0") : null;
                if (r == null || !r.first().ok()) {
                    top = false;
                    r = p.multiLine("RETR " + n);
                }
                if (!r.first().ok()) {
                    throw new IllegalStateException("client " + c.name() + ": finding the seeded messages failed: "
                            + "message " + n + " is in the scan listing, but RETR " + n + " got \""
                            + Ascii.escape(r.raw()) + "\", so whether it is a seeded one cannot be told");
                }
                headers = r.textLines();
            } catch (WireException e) {
                throw new IllegalStateException("client " + c.name() + ": finding the seeded messages failed: "
                        + e.getMessage(), e);
            }
            String id = messageId(headers);
            for (Seeded s : seeded) {
                if (labels.contains(s.label()) && s.message().messageId().equals(id)) {
                    numbers.put(s.label(), n);
                    labels.remove(s.label());
                }
            }
        }
        if (!scan.malformed().isEmpty()) {
            if (!labels.isEmpty()) {
                throw new IllegalStateException("client " + c.name() + ": finding the seeded messages failed: LIST gave "
                        + "lines that are no scan listing (" + String.join(", ", scan.malformed()) + "), and "
                        + String.join(", ", labels) + " could be behind them");
            }
            c.finding(malformed(scan));
        }
        StringBuilder sb = new StringBuilder("mailspec probe: done;");
        seeded.forEach(s -> sb.append(' ').append(s.label()).append('=')
                .append(numbers.containsKey(s.label()) ? String.valueOf(numbers.get(s.label())) : "absent"));
        p.connection().event(sb.toString());
        return new Found(searched, numbers, highest(listing));
    }

    /** The highest message-number LIST gives, for {@code $beyond-last}. */
    static int highest(Client c) {
        c.pop3().connection().event("mailspec probe: LIST, for the highest message-number");
        Scan scan = listing(c);
        if (!scan.malformed().isEmpty()) {
            throw new IllegalStateException("client " + c.name() + ": LIST, for the highest message-number, gave lines "
                    + "that are no scan listing (" + String.join(", ", scan.malformed()) + "): the highest cannot be told");
        }
        return highest(scan.sizes());
    }

    /** The scan listings of the probe's LIST, and the lines that are none (escaped, quoted). */
    private record Scan(Map<Integer, Long> sizes, List<String> malformed) {
    }

    private static Finding malformed(Scan scan) {
        return new Finding("each scan listing is the message-number, a single space and the size of the message in "
                + "octets (RFC 1939 section 5: \"A scan listing consists of the message-number of the message, followed "
                + "by a single space and the exact size of the message in octets.\")",
                "lines like \"1 120\" in the LIST the harness sent to find the seeded messages",
                String.join(", ", scan.malformed()));
    }

    private static int highest(Map<Integer, Long> listing) {
        return listing.keySet().stream().max(Integer::compare).orElse(0);
    }

    /**
     * Message-number to size, from the scan listings of LIST, after reading off what arrived before
     * it; the lines that are no scan listing are kept, not passed over.
     */
    private static Scan listing(Client c) {
        c.drainUnsolicited(c.pop3().connection().timeout());
        if (c.outOfStep()) {
            throw new IllegalStateException("client " + c.name() + " is out of step: a line that answered no command "
                    + "never ended, so the probe's LIST could not be told apart");
        }
        MultiLineReply list;
        try {
            list = c.pop3().multiLine("LIST");
        } catch (WireException e) {
            throw new IllegalStateException("client " + c.name() + ": LIST, to find the seeded messages, failed: "
                    + e.getMessage(), e);
        }
        if (!list.first().ok() || !list.terminated()) {
            throw new IllegalStateException("client " + c.name() + ": LIST, to find the seeded messages, got \""
                    + Ascii.escape(list.raw()) + "\"" + (list.first().ok() ? " (no terminating \".\" CRLF)" : ""));
        }
        Map<Integer, Long> out = new LinkedHashMap<>();
        List<String> malformed = new ArrayList<>();
        for (byte[] line : list.lines()) {
            Optional<ScanListing> s = ScanListing.parse(new String(line, StandardCharsets.ISO_8859_1));
            if (s.isPresent()) {
                out.put(s.get().number(), s.get().octets());
            } else {
                malformed.add("\"" + Ascii.escape(line) + "\"");
            }
        }
        return new Scan(out, malformed);
    }

    private static String messageId(List<String> lines) {
        for (String l : lines) {
            if (l.isEmpty()) {
                break;
            }
            if (l.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                return l.substring(11).trim();
            }
        }
        return "";
    }
}
