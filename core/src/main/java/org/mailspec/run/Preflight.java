package org.mailspec.run;

import org.mailspec.settings.Settings;
import org.mailspec.target.Target;

/**
 * Checks a target before any scenario: connect, read the greeting, log in with each account, and
 * learn once what every scenario would otherwise probe again (capabilities, layout). Throws a
 * {@link PreflightException} naming the setting to fix.
 */
@FunctionalInterface
public interface Preflight {
    PreflightResult check(Target target, Settings settings, String runId) throws PreflightException;
}
