package org.mailspec.imap.steps.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replays untagged EXPUNGE responses on the sequence numbers a client knew, as RFC 9051
 * 7.5.1 requires: "The message sequence number for each successive message in the mailbox
 * is immediately decremented by 1, and this decrement is reflected in message sequence
 * numbers in subsequent responses (including other untagged EXPUNGE responses)."
 */
public final class ExpungeReplay {

    /** The original sequence numbers removed, in order, or the reason the replay broke. */
    public record Result(List<Integer> removed, Optional<String> error) {
    }

    private ExpungeReplay() {
    }

    public static Result replay(int messagesBefore, List<Long> expunges) {
        List<Integer> current = new ArrayList<>();
        for (int i = 1; i <= messagesBefore; i++) {
            current.add(i);
        }
        List<Integer> removed = new ArrayList<>();
        for (long k : expunges) {
            if (k < 1 || k > current.size()) {
                return new Result(removed, Optional.of("* " + k + " EXPUNGE when the mailbox had "
                        + current.size() + " messages"));
            }
            removed.add(current.remove((int) k - 1));
        }
        return new Result(removed, Optional.empty());
    }
}
