package org.mailspec.audit.steps;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import org.mailspec.audit.AuditTranscript;

/**
 * Closes the audit's connections and, when the audit opened any, attaches its transcript. It runs
 * after every other After hook (order 1: Cucumber runs higher orders first), so the audit's
 * transcript is the one the report keeps for an audit scenario.
 */
public final class AuditHooks {
    private final AuditWorld<?> world;

    public AuditHooks(AuditWorld<?> world) {
        this.world = world;
    }

    @After(order = 1)
    public void attachAuditTranscript(Scenario scenario) {
        world.close();
        if (!world.used()) {
            return;
        }
        for (AuditTranscript.Attachment a : AuditTranscript.attachments(world.transcript())) {
            scenario.attach(a.data(), a.mediaType(), a.name());
        }
    }
}
