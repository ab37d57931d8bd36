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

    /**
     * One UIDNEXT the server reported: the command that brought it ({@code A STATUS}, {@code B SELECT},
     * {@code setup EXAMINE}), whether a judged client saw it (not the setup session), and the value.
     */
    record UidNextSeen(String source, String command, boolean judged, long value) {
    }

    private final Map<String, List<Long>> validities = new HashMap<>();
    private final Map<String, Long> next = new HashMap<>();
    private final Map<String, List<UidNextSeen>> nexts = new HashMap<>();
    private final Map<String, Retired> retired = new HashMap<>();

    public MailboxUids() {
    }

    /** A response code the setup session saw for the mailbox (UIDVALIDITY and UIDNEXT are kept, others ignored). */
    void learn(String mailbox, ResponseCode code) {
        learn(mailbox, code, Side.NAME, "EXAMINE");
    }

    /** A response code client {@code client} saw for the mailbox in answer to {@code command} (SELECT, EXAMINE). */
    void learn(String mailbox, ResponseCode code, String client, String command) {
        if (code instanceof ResponseCode.UidValidity v) {
            validities.computeIfAbsent(key(mailbox), k -> new ArrayList<>()).add(v.uidValidity());
        } else if (code instanceof ResponseCode.UidNext n) {
            next.put(key(mailbox), n.uid());
            nexts.computeIfAbsent(key(mailbox), k -> new ArrayList<>())
                    .add(new UidNextSeen(client, command, !client.equals(Side.NAME), n.uid()));
        }
    }

    /** A STATUS response client {@code client} received for the mailbox. */
    void learn(String mailbox, StatusData status, String client) {
        status.uidValidity().ifPresent(v -> validities.computeIfAbsent(key(mailbox), k -> new ArrayList<>()).add(v));
        status.uidNext().ifPresent(n -> {
            next.put(key(mailbox), n);
            nexts.computeIfAbsent(key(mailbox), k -> new ArrayList<>())
                    .add(new UidNextSeen(client, "STATUS", !client.equals(Side.NAME), n));
        });
    }

    /** Every UIDNEXT reported for the mailbox in this scenario, in the order seen. */
    List<UidNextSeen> uidNexts(String mailbox) {
        return List.copyOf(nexts.getOrDefault(key(mailbox), List.of()));
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
