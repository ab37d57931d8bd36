package org.mailspec.run;

/**
 * The target cannot be used at all (wrong host or port, silent port, TLS handshake failure, wrong
 * credentials). The run ends at once with this one line, which names the setting to fix; no
 * stack trace, no wall of failed scenarios.
 */
public class PreflightException extends RuntimeException {
    public PreflightException(String oneLine) {
        super(oneLine, null, false, false);
    }

    /** The line, and what made the preflight stop (a protocol violation is a broken rule; the rest is not). */
    public PreflightException(String oneLine, Throwable cause) {
        super(oneLine, cause, false, false);
    }
}
