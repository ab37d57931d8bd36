package org.mailspec.pop3.steps;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The message-numbers of one multi-line LIST or UIDL reply, judged against the session it came in:
 * the rules of the whole listing, whatever mail the maildrop holds besides the scenario's. RFC 1939
 * section 4 numbers the messages of a session 1 to n when the maildrop is opened; sections 5 and 7
 * list "each message in the maildrop", and "messages marked as deleted are not listed". So a
 * listing names each number at most once, none below 1, none the session marked as deleted, and
 * every other number up to the highest the session has seen.
 */
final class MessageNumbers {

    private MessageNumbers() {
    }

    /**
     * What is wrong with the listed numbers, if anything.
     *
     * @param listed  the numbers, in the server's order
     * @param deleted the numbers the session had marked as deleted when it sent the command
     * @param highest the highest number the session saw listed before (its first LIST), if any
     */
    static Optional<String> problem(List<Integer> listed, Set<Integer> deleted, Optional<Integer> highest) {
        Set<Integer> seen = new HashSet<>();
        int top = highest.orElse(0);
        for (int n : listed) {
            if (n < 1) {
                return Optional.of("message-number " + n + " (the first message is \"1\")");
            }
            if (!seen.add(n)) {
                return Optional.of("message " + n + " listed twice");
            }
            if (deleted.contains(n)) {
                return Optional.of("message " + n + " listed, though the session marked it as deleted");
            }
            top = Math.max(top, n);
        }
        List<Integer> missing = new ArrayList<>();
        for (int k = 1; k <= top; k++) {
            if (!seen.contains(k) && !deleted.contains(k)) {
                missing.add(k);
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> shown = missing.size() > 5 ? missing.subList(0, 5) : missing;
        return Optional.of("no line for message" + (missing.size() > 1 ? "s " : " ") + shown
                .stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")
                + (missing.size() > 5 ? " and " + (missing.size() - 5) + " more" : "")
                + ", not marked as deleted, though the session's messages run to " + top);
    }
}
