package org.mailspec.pop3.steps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mailspec.pop3.MultiLineReply;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.ScanListing;
import org.mailspec.wire.WireException;

/**
 * How a session finds the seeded messages (STEPS.md, "How a client finds its seeded messages"):
 * LIST, then the headers of the messages whose size could be a seeded one's (TOP n 0, or RETR n
 * once TOP is refused), matched by Message-ID. The probes go straight through {@link Pop3Client}:
 * they are in the transcript between "mailspec probe" notes, not exchanges the steps judge.
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
        Map<Integer, Long> listing = listing(c);
        Set<String> labels = new LinkedHashSet<>();
        Set<Long> sizes = new HashSet<>();
        seeded.forEach(s -> {
            labels.add(s.label());
            sizes.add((long) s.message().size());
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
                headers = r.first().ok() ? r.textLines() : List.of();
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
        StringBuilder sb = new StringBuilder("mailspec probe: done;");
        seeded.forEach(s -> sb.append(' ').append(s.label()).append('=')
                .append(numbers.containsKey(s.label()) ? String.valueOf(numbers.get(s.label())) : "absent"));
        p.connection().event(sb.toString());
        return new Found(searched, numbers, highest(listing));
    }

    /** The highest message-number LIST gives, for {@code $beyond-last}. */
    static int highest(Client c) {
        c.pop3().connection().event("mailspec probe: LIST, for the highest message-number");
        return highest(listing(c));
    }

    private static int highest(Map<Integer, Long> listing) {
        return listing.keySet().stream().max(Integer::compare).orElse(0);
    }

    /** Message-number to size, from the scan listings of LIST; lines that are not one are passed over. */
    private static Map<Integer, Long> listing(Client c) {
        MultiLineReply list;
        try {
            list = c.pop3().multiLine("LIST");
        } catch (WireException e) {
            throw new IllegalStateException("client " + c.name() + ": LIST, to find the seeded messages, failed: "
                    + e.getMessage(), e);
        }
        if (!list.first().ok()) {
            throw new IllegalStateException("client " + c.name() + ": LIST, to find the seeded messages, got "
                    + list.first());
        }
        Map<Integer, Long> out = new LinkedHashMap<>();
        for (String line : list.textLines()) {
            ScanListing.parse(line).ifPresent(s -> out.put(s.number(), s.octets()));
        }
        return out;
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
