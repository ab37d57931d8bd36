package org.mailspec.pop3.steps.audit;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import org.mailspec.run.VerdictPlugin;
import org.mailspec.wire.Transcript;

/**
 * Closes the audit's connections and, when the audit opened any, attaches its transcript. It runs
 * after every other After hook (order 1: Cucumber runs higher orders first), so the audit's
 * transcript is the one the report keeps for an audit scenario.
 */
public final class Pop3AuditHooks {
    private final Pop3AuditWorld world;

    public Pop3AuditHooks(Pop3AuditWorld world) {
        this.world = world;
    }

    @After(order = 1)
    public void attachAuditTranscript(Scenario scenario) {
        world.close();
        if (!world.used()) {
            return;
        }
        Transcript.Rendered r = world.transcript().render();
        scenario.attach(r.text().getBytes(StandardCharsets.UTF_8), VerdictPlugin.TRANSCRIPT_MEDIA_TYPE, "transcript");
        if (!r.markedLines().isEmpty()) {
            scenario.attach(r.markedLines().stream().map(String::valueOf).collect(Collectors.joining(","))
                    .getBytes(StandardCharsets.UTF_8), VerdictPlugin.MARKS_MEDIA_TYPE, "marks");
        }
    }
}
