package org.mailspec.run;

import org.mailspec.report.EndpointInfo;
import org.mailspec.target.Target;

/**
 * Checks a target before any scenario: connect, read the greeting, log in with each account.
 * Returns what the report shows of the endpoint (greeting, capabilities).
 */
@FunctionalInterface
public interface Preflight {
    EndpointInfo check(Target target) throws PreflightException;
}
