package org.mailspec.target;

/**
 * The chosen target cannot run on this machine (for example {@code -Dtarget=dovecot} without a
 * Docker engine). Every scenario is then SKIPPED with this message as the reason, never failed.
 */
public class TargetUnavailableException extends RuntimeException {
    public TargetUnavailableException(String message) {
        super(message);
    }

    public TargetUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
