package org.mailspec.imap.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import org.mailspec.run.VerdictPlugin;

/** Before a delivery scenario, its INBOX clean-up; after a scenario: how its fixtures reached the server ({@code append}, {@code smtp}, {@code lmtp}), for the report. */
public final class DeliveryRecord {

    private final Seeds seeds;
    private final Side side;

    public DeliveryRecord(Seeds seeds, Side side) {
        this.seeds = seeds;
        this.side = side;
    }

    /**
     * A {@code @delivery} or {@code @cross-protocol} scenario puts mail in the INBOX by its clients
     * too (APPEND INBOX, a submission): clean-up removes the run's messages there, and only those.
     */
    @Before(order = 20)
    public void inboxCleanedAfterDeliveries(Scenario scenario) {
        if (scenario.getSourceTagNames().contains("@delivery") || scenario.getSourceTagNames().contains("@cross-protocol")) {
            try {
                seeds.fixtures().adoptMessagesIn(side.account(1), Mailboxes.INBOX);
            } catch (RuntimeException noTarget) {
                // the scenario's first step says why the target is not there
            }
        }
    }

    @After
    public void attachDeliveryPaths(Scenario scenario) {
        String paths = seeds.deliveryPaths();
        if (!paths.isEmpty()) {
            scenario.attach(paths.getBytes(StandardCharsets.UTF_8), VerdictPlugin.DELIVERY_MEDIA_TYPE, "delivery");
        }
    }
}
