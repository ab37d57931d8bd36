package org.mailspec.imap.steps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mailspec.imap.response.ResponseCode;
import org.mailspec.imap.response.StatusData;

/**
 * What the scenario saw of each mailbox's unique identifiers (RFC 9051 2.3.1.1), by name: every
 * UIDVALIDITY reported (SELECT, EXAMINE, STATUS, on any client and the setup session), the last
 * UIDNEXT, and what an instance deleted or renamed away left behind.
 */
public final class MailboxUids {

    /** A mailbox's previous instance: its last UIDVALIDITY (-1 when none was seen) and highest seeded UID. */
    record Retired(long uidValidity, long highestUid) {
    }

    private final Map<String, List<Long>> validities = new HashMap<>();
    private final Map<String, Long> next = new HashMap<>();
    private final Map<String, Retired> retired = new HashMap<>();

    public MailboxUids() {
    }

    /** A response code reported for the mailbox (UIDVALIDITY and UIDNEXT are kept, others ignored). */
    void learn(String mailbox, ResponseCode code) {
        if (code instanceof ResponseCode.UidValidity v) {
            validities.computeIfAbsent(key(mailbox), k -> new ArrayList<>()).add(v.uidValidity());
        } else if (code instanceof ResponseCode.UidNext n) {
            next.put(key(mailbox), n.uid());
        }
    }

    /** A STATUS response for the mailbox. */
    void learn(String mailbox, StatusData status) {
        status.uidValidity().ifPresent(v -> validities.computeIfAbsent(key(mailbox), k -> new ArrayList<>()).add(v));
        status.uidNext().ifPresent(n -> next.put(key(mailbox), n));
    }

    /** The name now stands for no mailbox (deleted, renamed away): remember what its instance had. */
    void retire(String mailbox, long highestSeededUid) {
        List<Long> seen = validities.remove(key(mailbox));
        long validity = seen == null || seen.isEmpty() ? -1 : seen.get(seen.size() - 1);
        retired.put(key(mailbox), new Retired(validity, highestSeededUid));
    }

    List<Long> uidValidities(String mailbox) {
        return List.copyOf(validities.getOrDefault(key(mailbox), List.of()));
    }

    Optional<Long> uidNext(String mailbox) {
        return Optional.ofNullable(next.get(key(mailbox)));
    }

    Optional<Retired> retired(String mailbox) {
        return Optional.ofNullable(retired.get(key(mailbox)));
    }

    private static String key(String mailbox) {
        return mailbox.equalsIgnoreCase(Mailboxes.INBOX) ? Mailboxes.INBOX : mailbox;
    }
}
