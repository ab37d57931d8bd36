package org.mailspec.run;

import java.util.List;
import java.util.Objects;

import org.mailspec.report.EndpointInfo;

/**
 * What a preflight learnt: the endpoint as the report shows it (greeting, capabilities), and the
 * server's facts the scenarios read from the {@link SuiteContext} instead of probing again (for
 * IMAP, an {@link org.mailspec.target.ImapFacts}).
 */
public record PreflightResult(EndpointInfo endpoint, List<Object> facts) {
    public PreflightResult {
        Objects.requireNonNull(endpoint, "endpoint");
        facts = List.copyOf(facts);
    }

    public static PreflightResult of(EndpointInfo endpoint, Object... facts) {
        return new PreflightResult(endpoint, List.of(facts));
    }
}
