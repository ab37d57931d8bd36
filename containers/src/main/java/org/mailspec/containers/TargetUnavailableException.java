package org.mailspec.containers;

/**
 * The chosen target cannot run on this machine (no Docker engine, no {@code dovecot} binary).
 * Suites skip every scenario with {@link #getMessage()} as the reason; they never fail for it.
 */
public class TargetUnavailableException extends RuntimeException {
    public TargetUnavailableException(String reason) {
        super(reason);
    }
}
