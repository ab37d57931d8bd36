package org.mailspec.containers;

/**
 * A target that should run here did not start: the message is one line saying what was expected
 * and what happened, followed by the tail of the server's log when there is one.
 */
public class TargetStartException extends RuntimeException {
    public TargetStartException(String message) {
        super(message);
    }

    public TargetStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
