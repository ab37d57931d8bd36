package org.mailspec.run.glue;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.mailspec.run.ScenarioSource;
import org.mailspec.run.schedule.Schedule;
import org.mailspec.run.schedule.ScenarioLease;

/**
 * Takes the scenario's lease before any other hook (order 0 runs first among Before hooks) and
 * gives it back after every other After hook (order 0 runs last among After hooks), whatever the
 * scenario's outcome. Core's own glue: every suite runs with it.
 */
public final class SchedulingHooks {
    private final Schedule schedule;
    private final ScenarioLease lease;

    public SchedulingHooks(Schedule schedule, ScenarioLease lease) {
        this.schedule = schedule;
        this.lease = lease;
    }

    @Before(order = 0)
    public void takeLease(Scenario scenario) {
        lease.take(schedule, ScenarioSource.featurePath(scenario.getUri().toString()), scenario.getLine());
    }

    @After(order = 0)
    public void giveLeaseBack() {
        lease.giveBack(schedule);
    }
}
