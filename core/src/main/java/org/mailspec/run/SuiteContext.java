package org.mailspec.run;

import java.util.List;
import java.util.Optional;

import org.mailspec.report.EndpointInfo;
import org.mailspec.settings.Settings;
import org.mailspec.target.Target;
import org.mailspec.text.Ascii;

/**
 * What every scenario of a suite run shares: the settings, the run id, the resolved target (or
 * why there is none) and what preflight learnt of it (the endpoint, and facts such as the
 * server's capabilities and layout). {@link ConformanceRun} makes one before
 * Cucumber starts and picocontainer hands it to every part that takes it in its constructor
 * ({@link ScenarioObjects}); unit tests build their own around a scripted target.
 */
public final class SuiteContext {
    private final Settings settings;
    private final String runId;
    private final Target target;
    private final String unavailable;
    private final EndpointInfo endpoint;
    private final List<Object> facts;

    public SuiteContext(Settings settings, String runId, Target target, String unavailable, EndpointInfo endpoint,
                        List<Object> facts) {
        this.settings = settings;
        this.runId = runId;
        this.target = target;
        this.unavailable = unavailable;
        this.endpoint = endpoint;
        this.facts = List.copyOf(facts);
    }

    /** A context for unit tests: the target, no preflight facts. */
    public static SuiteContext of(Settings settings, String runId, Target target, Object... facts) {
        return new SuiteContext(settings, runId, target, null, null, List.of(facts));
    }

    public Settings settings() {
        return settings;
    }

    public String runId() {
        return runId;
    }

    /**
     * The run id with only its letters and digits ({@code 20261207T202923-a1b2} -> {@code 20261207T202923a1b2}):
     * safe in a mailbox name or a user name on any server, still unique to the run.
     */
    public String runStem() {
        return Ascii.lettersAndDigits(runId);
    }

    /** The target; skips the scenario (with the reason) when the target could not be started here. */
    public Target target() {
        if (target == null) {
            throw Skip.because(unavailable == null ? "no target" : unavailable);
        }
        return target;
    }

    public Optional<EndpointInfo> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    /** A fact the preflight learnt, e.g. {@code fact(ImapFacts.class)}; empty when it has none of that type. */
    public <T> Optional<T> fact(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
