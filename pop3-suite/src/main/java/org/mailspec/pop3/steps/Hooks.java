package org.mailspec.pop3.steps;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.Skip;
import org.mailspec.run.VerdictPlugin;
import org.mailspec.wire.Deviation;
import org.mailspec.wire.Transcript;

/**
 * Tags that skip ({@code @cap-X}, {@code @destructive}) before a scenario; after it, the clean-up,
 * the transcript, and the grammar violations no assertion judged.
 */
public class Hooks {

    private final Pop3World world;

    public Hooks(Pop3World world) {
        this.world = world;
    }

    @Before
    public void skipByTags(Scenario scenario) throws Exception {
        skipReason(scenario.getSourceTagNames(), world).ifPresent(Skip::because);
        if (scenario.getSourceTagNames().contains("@destructive")) {
            world.setup().maildrop().guardDestructive();
        }
    }

    /** Why a scenario with these {@code @cap-...} tags cannot run here, if it cannot. */
    static Optional<String> skipReason(Collection<String> tags, Pop3World world) {
        List<String> wanted = tags.stream().filter(t -> t.startsWith("@cap-")).map(t -> t.substring(5)).toList();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        ServerCapabilities caps = world.capabilities();
        if (!caps.implemented()) {
            return Optional.of("CAPA is not implemented (answered -ERR), so " + String.join(", ", wanted)
                    + " is not announced");
        }
        List<String> missing = wanted.stream().filter(w -> !caps.announces(w)).toList();
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("capability not announced by CAPA: " + String.join(", ", missing));
    }

    @After
    public void afterScenario(Scenario scenario) {
        RuleViolation unjudged = scenario.isFailed() ? null
                : Optional.ofNullable(grammarViolation(world.deviations()))
                        .orElseGet(() -> unsolicitedViolation(world.unsolicited()));
        world.cleanUp();
        Transcript.Rendered r = world.transcript().render();
        scenario.attach(r.text(), VerdictPlugin.TRANSCRIPT_MEDIA_TYPE, "transcript");
        scenario.attach(r.markedLines().stream().map(String::valueOf).collect(Collectors.joining(",")),
                VerdictPlugin.MARKS_MEDIA_TYPE, "marks");
        if (unjudged != null) {
            throw unjudged;
        }
    }

    /** One reply per command: a line that answers none fails the scenario. */
    static RuleViolation unsolicitedViolation(List<String> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        return new RuleViolation("the server sends one reply per command (RFC 1939 section 3: \"The client and POP3 "
                + "server then exchange commands and responses\"; section 5: \"After each command, the POP3 server "
                + "issues a response\")", "nothing between a reply and the next command",
                String.join("; ", lines), lines.get(0).substring(0, lines.get(0).indexOf(':')));
    }

    /** Every reply is parsed against the POP3 grammar; the first violation fails the scenario. */
    static RuleViolation grammarViolation(List<Deviation> deviations) {
        if (deviations.isEmpty()) {
            return null;
        }
        Deviation d = deviations.get(0);
        return new RuleViolation("a reply breaks the POP3 grammar (rule " + d.rule() + "): " + d.description(),
                "replies as RFC 1939 section 3 and RFC 2449 section 3 define them",
                d.toString() + (deviations.size() > 1 ? " (and " + (deviations.size() - 1) + " more)" : ""),
                d.connection());
    }
}
