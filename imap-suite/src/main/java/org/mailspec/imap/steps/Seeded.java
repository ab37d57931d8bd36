package org.mailspec.imap.steps;

import java.util.List;
import org.mailspec.fixture.InboxDelivery;

/**
 * A message the scenario put in a mailbox: which fixture, its octets, the UID it got, the path it
 * travelled, and the trace header fields the server added before it (none for APPEND).
 */
record Seeded(String fixture, byte[] octets, long uid, InboxDelivery.Path path, List<String> trace) {

    Seeded {
        trace = List.copyOf(trace);
    }

    /** A message put in by IMAP APPEND. */
    Seeded(String fixture, byte[] octets, long uid) {
        this(fixture, octets, uid, InboxDelivery.Path.APPEND, List.of());
    }

    /** This record with another UID. */
    Seeded withUid(long newUid) {
        return new Seeded(fixture, octets, newUid, path, trace);
    }

    /** The octets the server stores: the trace fields, each ending CRLF, then the seeded octets. */
    int storedSize() {
        return trace.stream().mapToInt(f -> f.length() + 2).sum() + octets.length;
    }
}
