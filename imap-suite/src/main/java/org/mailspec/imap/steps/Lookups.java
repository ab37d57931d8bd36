package org.mailspec.imap.steps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.Flag;

/**
 * What each client found when it looked a message up by its Message-ID (the mailbox may hold mail
 * that is not the scenario's, so sequence numbers are never assumed): the UIDs the search gave,
 * and the message's sequence number, flags and BODY[] as FETCH gave them. One per scenario.
 */
public final class Lookups {

    /**
     * One look-up.
     *
     * @param mailbox the mailbox searched
     * @param uids    what UID SEARCH HEADER Message-ID found
     * @param seq     the sequence number FETCH gave the message, 0 when nothing was fetched
     * @param flags   its flags, when FETCH gave them
     * @param body    its BODY[], when FETCH gave it
     * @param judged  the FETCH response, for marks
     */
    record Found(String mailbox, List<Long> uids, long seq, Optional<List<Flag>> flags, Optional<byte[]> body,
                 Received judged) {
        Found {
            uids = List.copyOf(uids);
        }
    }

    private final Map<String, Found> found = new HashMap<>();

    void record(String client, String fixture, Found f) {
        found.put(client + "/" + Seeds.canonicalFixture(fixture), f);
    }

    Optional<Found> of(String client, String fixture) {
        return Optional.ofNullable(found.get(client + "/" + Seeds.canonicalFixture(fixture)));
    }
}
