package org.mailspec.run.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.settings.Account;

/** What the scheduler lends and withholds: never two scenarios on one account's mail, never past a budget. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ScheduleTest {

    private static List<Account> accounts(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new Account("u" + i, "p" + i)).toList();
    }

    private static Schedule schedule(int accounts, int budget, Map<String, ScenarioNeeds> needs, boolean isolate) {
        return new Schedule(accounts(accounts), budget,
                f -> needs.getOrDefault(f.featurePath() + ":" + f.line(), ScenarioNeeds.light()), Map.of(), isolate);
    }

    /** Plans the scenarios as the pickle order would (without Cucumber's pickles). */
    private static void plan(Schedule s, Map<String, ScenarioNeeds> needs) throws Exception {
        var plan = Schedule.class.getDeclaredField("plan");
        plan.setAccessible(true);
        @SuppressWarnings("unchecked")
        Map<String, ScenarioNeeds> m = (Map<String, ScenarioNeeds>) plan.get(s);
        m.putAll(needs);
    }

    @Test
    void twoScenariosHoldingMailGetDifferentAccountsAndNeverTheSecondUsers() throws Exception {
        Map<String, ScenarioNeeds> needs = Map.of("pop3/a.feature:1", new ScenarioNeeds(1, true, 2, false),
                "pop3/b.feature:1", new ScenarioNeeds(1, true, 2, false));
        Schedule s = schedule(4, 64, needs, false);
        plan(s, needs);
        Lease a = s.acquire("pop3/a.feature", 1);
        Lease b = s.acquire("pop3/b.feature", 1);
        assertThat(a.accountIndexes().get(0)).isNotEqualTo(b.accountIndexes().get(0));
        assertThat(List.of(a.accountIndexes().get(0), b.accountIndexes().get(0))).doesNotContain(1);
    }

    @Test
    void onTwoAccountsAScenarioHoldingMailWaitsUntilTheFirstAccountIsFree() throws Exception {
        Map<String, ScenarioNeeds> needs = Map.of("pop3/a.feature:1", new ScenarioNeeds(1, true, 2, false),
                "pop3/b.feature:1", new ScenarioNeeds(1, true, 2, false));
        Schedule s = schedule(2, 64, needs, false);
        plan(s, needs);
        assertThat(s.exclusiveSlots()).isEqualTo(1);
        Lease a = s.acquire("pop3/a.feature", 1);
        CompletableFuture<Lease> b = CompletableFuture.supplyAsync(() -> s.acquire("pop3/b.feature", 1));
        assertThat(b).as("b must wait while a holds the maildrop").isNotCompleted();
        Thread.sleep(100); // only to show that it is still waiting; not a synchronisation
        assertThat(b).isNotCompleted();
        s.release(a);
        assertThat(b.get(5, TimeUnit.SECONDS).accounts().get(0).user()).isEqualTo("u1");
    }

    @Test
    void theSecondUserIsAlwaysTheSecondAccount() throws Exception {
        Map<String, ScenarioNeeds> needs = Map.of("imap/m.feature:3", new ScenarioNeeds(2, false, 3, false));
        Schedule s = schedule(5, 64, needs, false);
        plan(s, needs);
        Lease l = s.acquire("imap/m.feature", 3);
        assertThat(l.account(2).user()).isEqualTo("u2");
        assertThat(l.account(1).user()).isNotEqualTo("u2");
    }

    @Test
    void theConnectionBudgetOfAnAccountIsNeverExceeded() throws Exception {
        Map<String, ScenarioNeeds> needs = Map.of("imap/a.feature:1", new ScenarioNeeds(1, false, 5, false),
                "imap/b.feature:1", new ScenarioNeeds(1, false, 5, false));
        Schedule s = schedule(2, 8, needs, false);
        plan(s, needs);
        Lease a = s.acquire("imap/a.feature", 1);
        CompletableFuture<Lease> b = CompletableFuture.supplyAsync(() -> s.acquire("imap/b.feature", 1));
        Thread.sleep(100);
        assertThat(b).as("5 + 5 connections exceed a budget of 8").isNotCompleted();
        s.release(a);
        assertThat(b.get(5, TimeUnit.SECONDS).connections()).isEqualTo(5);
    }

    @Test
    void fromOneAddressAScenarioThatFailsLoginsRunsAlone() throws Exception {
        Map<String, ScenarioNeeds> needs = Map.of("imap/login.feature:9", new ScenarioNeeds(1, false, 2, true),
                "imap/noop.feature:4", ScenarioNeeds.light());
        Schedule s = schedule(2, 64, needs, true);
        plan(s, needs);
        Lease other = s.acquire("imap/noop.feature", 4);
        CompletableFuture<Lease> slow = CompletableFuture.supplyAsync(() -> s.acquire("imap/login.feature", 9));
        Thread.sleep(100);
        assertThat(slow).as("waits until nothing else runs").isNotCompleted();
        s.release(other);
        Lease alone = slow.get(5, TimeUnit.SECONDS);
        assertThat(alone.alone()).isTrue();
        CompletableFuture<Lease> next = CompletableFuture.supplyAsync(() -> s.acquire("imap/noop.feature", 4));
        Thread.sleep(100);
        assertThat(next).as("nothing starts beside it").isNotCompleted();
        s.release(alone);
        assertThat(next.get(5, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void withClientsIsolatedFailedLoginsRunBesideTheRest() throws Exception {
        Map<String, ScenarioNeeds> needs = Map.of("imap/login.feature:9", new ScenarioNeeds(1, false, 2, true));
        Schedule s = schedule(2, 64, needs, false);
        plan(s, needs);
        Lease other = s.acquire("imap/noop.feature", 4);
        Lease slow = s.acquire("imap/login.feature", 9);
        assertThat(slow.alone()).isFalse();
        s.release(other);
        s.release(slow);
    }
}
