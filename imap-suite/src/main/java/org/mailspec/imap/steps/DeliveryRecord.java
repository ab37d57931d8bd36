package org.mailspec.imap.steps;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import org.mailspec.run.VerdictPlugin;

/** After a scenario: how its fixtures reached the server ({@code append}, {@code smtp}, {@code lmtp}), for the report. */
public final class DeliveryRecord {

    private final Seeds seeds;

    public DeliveryRecord(Seeds seeds) {
        this.seeds = seeds;
    }

    @After
    public void attachDeliveryPaths(Scenario scenario) {
        String paths = seeds.deliveryPaths();
        if (!paths.isEmpty()) {
            scenario.attach(paths.getBytes(StandardCharsets.UTF_8), VerdictPlugin.DELIVERY_MEDIA_TYPE, "delivery");
        }
    }
}
