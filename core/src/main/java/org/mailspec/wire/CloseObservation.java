package org.mailspec.wire;

import java.time.Duration;

/**
 * What happened while waiting for the server to close the connection, for rules like "the server
 * closes the connection": an observation to assert on, not an exception.
 *
 * @param outcome CLOSED (end of stream), RESET (connection reset), or STILL_OPEN (the wait timed out
 *                with the connection still open)
 * @param received every byte that arrived while waiting
 * @param waited how long the wait lasted
 */
public record CloseObservation(Outcome outcome, byte[] received, Duration waited) {

    public enum Outcome { CLOSED, RESET, STILL_OPEN }

    public CloseObservation {
        received = received.clone();
    }

    /** Closed by the server, orderly or by reset. */
    public boolean closed() {
        return outcome != Outcome.STILL_OPEN;
    }

    public boolean timedOut() {
        return outcome == Outcome.STILL_OPEN;
    }

    @Override
    public String toString() {
        String what = switch (outcome) {
            case CLOSED -> "closed by the server after " + Durations.seconds(waited);
            case RESET -> "reset by the server after " + Durations.seconds(waited);
            case STILL_OPEN -> "still open: timed out after " + Durations.seconds(waited) + " waiting for the close";
        };
        return what + (received.length == 0 ? "" : "; received meanwhile: \"" + WireException.excerpt(received) + "\"");
    }
}
