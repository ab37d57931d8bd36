package org.mailspec.pop3.steps;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One session's view of the maildrop (RFC 1939 section 4: message-numbers are assigned when the
 * maildrop is opened, so they belong to a session): which seeded messages it looked for, the
 * numbers it found them under, its highest message-number, and the unique-ids it was given.
 */
final class MaildropView {

    private final Set<String> searched = new HashSet<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, String> uids = new HashMap<>();
    private Integer highest;

    /** Whether the session looked for this seeded message (it entered TRANSACTION after it was seeded). */
    boolean searched(String label) {
        return searched.contains(label);
    }

    void found(SeededProbe.Found found) {
        searched.addAll(found.searched());
        numbers.putAll(found.numbers());
        highest = found.highest();
    }

    Optional<Integer> number(String label) {
        return Optional.ofNullable(numbers.get(label));
    }

    Optional<Integer> highest() {
        return Optional.ofNullable(highest);
    }

    void highest(int n) {
        highest = n;
    }

    Optional<String> uid(String label) {
        return Optional.ofNullable(uids.get(label));
    }

    void uid(String label, String uid) {
        uids.put(label, uid);
    }
}
