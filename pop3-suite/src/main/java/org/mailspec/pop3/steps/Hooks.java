package org.mailspec.pop3.steps;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.ScenarioSource;
import org.mailspec.run.Skip;
import org.mailspec.run.grammar.GrammarFindings;
import org.mailspec.run.VerdictPlugin;
import org.mailspec.wire.Transcript;

/**
 * Tags that skip ({@code @cap-X}, {@code @destructive}) before a scenario; after it, the clean-up
 * of sessions and maildrop, the transcript, and the findings no assertion judged.
 */
public class Hooks {

    private final Sessions sessions;
    private final Maildrop maildrop;
    private final Verdicts verdicts;
    private final CapabilityProbe capabilities;
    private final GrammarFindings grammar;

    public Hooks(Sessions sessions, Maildrop maildrop, Verdicts verdicts, CapabilityProbe capabilities,
                 GrammarFindings grammar) {
        this.grammar = grammar;
        this.sessions = sessions;
        this.maildrop = maildrop;
        this.verdicts = verdicts;
        this.capabilities = capabilities;
    }

    @Before
    public void skipByTags(Scenario scenario) throws Exception {
        skipReason(scenario.getSourceTagNames(), capabilities).ifPresent(Skip::because);
        if (scenario.getSourceTagNames().contains("@destructive")) {
            maildrop.guardDestructive();
        }
    }

    /** Why a scenario with these {@code @cap-...} tags cannot run here, if it cannot. */
    static Optional<String> skipReason(Collection<String> tags, CapabilityProbe probe) {
        List<String> wanted = tags.stream().filter(t -> t.startsWith("@cap-")).map(t -> t.substring(5)).toList();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        ServerCapabilities caps = probe.capabilities();
        if (!caps.implemented()) {
            return Optional.of("CAPA is not implemented (answered -ERR), so " + String.join(", ", wanted)
                    + " is not announced");
        }
        List<String> missing = wanted.stream().filter(w -> !caps.announces(w)).toList();
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("capability not announced by CAPA: " + String.join(", ", missing));
    }

    /**
     * The clean-up comes first, so that what the server says during it (lines that answer no command,
     * grammar deviations, bytes after the reply to QUIT) is judged with the rest.
     */
    @After
    public void afterScenario(Scenario scenario) {
        sessions.closeAll();
        Optional<RuleViolation> unjudged = scenario.isFailed() ? Optional.empty() : verdicts.unjudged();
        maildrop.cleanUp().forEach(p -> verdicts.note("clean-up: " + p));
        verdicts.reportGrammar(grammar, ScenarioSource.featurePath(scenario.getUri().toString()) + ":" + scenario.getLine());
        capabilities.probed().ifPresent(caps -> caps.findings().forEach(f -> verdicts.note(
                "the run's capability probe (a connection of its own, not in this transcript) saw: " + f)));
        Transcript.Rendered r = sessions.transcript().render();
        scenario.attach(r.text(), VerdictPlugin.TRANSCRIPT_MEDIA_TYPE, "transcript");
        scenario.attach(r.markedLines().stream().map(String::valueOf).collect(Collectors.joining(",")),
                VerdictPlugin.MARKS_MEDIA_TYPE, "marks");
        if (!maildrop.deliveryPaths().isEmpty()) {
            scenario.attach(maildrop.deliveryPaths(), VerdictPlugin.DELIVERY_MEDIA_TYPE, "delivery");
        }
        if (unjudged.isPresent()) {
            throw unjudged.get();
        }
    }
}
