package org.mailspec.run.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.cucumber.core.gherkin.Pickle;
import io.cucumber.core.order.PickleOrder;
import org.mailspec.run.HarnessError;
import org.mailspec.run.ScenarioSource;
import org.mailspec.settings.Account;

/**
 * The run's scheduler: which scenario needs what (derived before any runs), the order they start
 * in, and the locks that keep two scenarios off the same account's mail and within an account's
 * connection budget. Shared by every Cucumber thread of one suite run.
 *
 * <p>Account roles: the first account is every scenario's default user, the second account is
 * "the second user" and is never lent as anyone's first user, so a two-account remote target runs
 * each scenario on the accounts a serial run gives it. Accounts beyond the second (managed targets
 * create them; {@code accounts} may list them) let scenarios that hold an account's mail run side
 * by side.
 */
public final class Schedule {

    /** Waiting longer than this for an account means a scenario never gave its lease back. */
    private static final Duration MAX_WAIT = Duration.ofMinutes(10);

    private final List<Account> accounts;
    private final int budget;
    private final Function<ScenarioFacts, ScenarioNeeds> rule;
    private final Map<String, Long> previousMillis;
    private final Map<String, ScenarioNeeds> plan = new ConcurrentHashMap<>();
    private final boolean isolateFailedLogins;
    private final boolean[] mailHeld;
    private final int[] connectionsHeld;
    private int running;
    private boolean failingLogins;

    /**
     * @param accounts       the target's accounts
     * @param budget         connections the run may hold open at once on one account
     * @param rule           how a scenario's needs are derived
     * @param previousMillis durations of an earlier run by scenario id, for the order (may be empty)
     * @param isolateFailedLogins run a scenario that fails logins alone: every connection comes from
     *                       one address, and servers delay every login from an address after its
     *                       failures (Dovecot's auth penalty), which would slow other scenarios' logins
     */
    public Schedule(List<Account> accounts, int budget, Function<ScenarioFacts, ScenarioNeeds> rule,
                    Map<String, Long> previousMillis, boolean isolateFailedLogins) {
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("no account to schedule scenarios on");
        }
        this.accounts = List.copyOf(accounts);
        this.budget = Math.max(1, budget);
        this.rule = rule;
        this.previousMillis = Map.copyOf(previousMillis);
        this.isolateFailedLogins = isolateFailedLogins;
        this.mailHeld = new boolean[accounts.size()];
        this.connectionsHeld = new int[accounts.size()];
    }

    /** How many scenarios can hold an account's mail at once: the first account and every one past the second. */
    public int exclusiveSlots() {
        return accounts.size() <= 2 ? 1 : accounts.size() - 1;
    }

    /** Cucumber's pickle order: plans every scenario, then puts the longest expected first. */
    public PickleOrder order() {
        return pickles -> {
            List<Pickle> sorted = new ArrayList<>(pickles);
            Map<Pickle, Long> expected = new java.util.IdentityHashMap<>();
            for (Pickle p : pickles) {
                ScenarioFacts facts = facts(p);
                ScenarioNeeds needs = rule.apply(facts);
                plan.put(key(facts.featurePath(), facts.line()), needs);
                expected.put(p, expectedMillis(p, facts, needs));
            }
            sorted.sort(Comparator.comparing((Pickle p) -> expected.get(p)).reversed());
            return sorted;
        };
    }

    private long expectedMillis(Pickle p, ScenarioFacts facts, ScenarioNeeds needs) {
        Long before = previousMillis.get(id(p, facts));
        if (before != null) {
            return before;
        }
        return needs.slow() ? 3000 : 100;
    }

    private static String id(Pickle p, ScenarioFacts facts) {
        try {
            ScenarioSource src = ScenarioSource.of(source(p.getUri()), facts.line());
            return ScenarioSource.id(facts.featurePath(), src.name().isEmpty() ? p.getName() : src.name(), src.exampleRow());
        } catch (RuntimeException e) {
            return facts.featurePath() + ":" + facts.line();
        }
    }

    private static final Map<URI, String> SOURCES = new ConcurrentHashMap<>();

    private static String source(URI uri) {
        return SOURCES.computeIfAbsent(uri, u -> {
            String s = u.toString();
            String path = s.startsWith("classpath:") ? s.substring("classpath:".length()) : null;
            try (InputStream in = path != null
                    ? Thread.currentThread().getContextClassLoader().getResourceAsStream(path.startsWith("/") ? path.substring(1) : path)
                    : u.toURL().openStream()) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static ScenarioFacts facts(Pickle p) {
        List<String> steps = p.getSteps().stream().map(s -> s.getText()).toList();
        return new ScenarioFacts(ScenarioSource.featurePath(p.getUri().toString()), p.getLocation().getLine(),
                p.getName(), p.getTags(), steps);
    }

    static String key(String featurePath, int line) {
        return featurePath + ":" + line;
    }

    /** The needs of the scenario at that place; a scenario the order never saw needs little. */
    public ScenarioNeeds needs(String featurePath, int line) {
        return plan.getOrDefault(key(featurePath, line), ScenarioNeeds.light());
    }

    /**
     * Waits until the scenario can have what it needs, then takes it: a first account (one whose
     * mail nobody holds, if it needs the mail; the least busy one), the second account for a second
     * user, and its connection permits.
     */
    public Lease acquire(String featurePath, int line) {
        ScenarioNeeds n = needs(featurePath, line);
        int wanted = Math.min(n.connections(), budget);
        boolean second = n.users() == 2 && accounts.size() > 1;
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        boolean alone = isolateFailedLogins && n.slow();
        synchronized (this) {
            while (true) {
                int first = firstAccount(n.exclusiveMail(), wanted);
                boolean turn = !failingLogins && (!alone || running == 0);
                if (turn && first >= 0 && (!second || connectionsHeld[1] + 1 <= budget)) {
                    running++;
                    failingLogins = alone;
                    if (n.exclusiveMail()) {
                        mailHeld[first] = true;
                    }
                    connectionsHeld[first] += wanted;
                    List<Integer> idx = second ? List.of(first, 1) : List.of(first);
                    if (second) {
                        connectionsHeld[1] += 1;
                    }
                    return new Lease(idx, idx.stream().map(accounts::get).toList(), n.exclusiveMail(), wanted, alone);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new HarnessError("the scheduler waited " + MAX_WAIT.toMinutes() + " min for an account for "
                            + featurePath + ":" + line + ": a scenario did not give its lease back");
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new HarnessError("interrupted while waiting for an account for " + featurePath + ":" + line);
                }
            }
        }
    }

    /** The pool of first users: the first account and every one past the second. */
    private List<Integer> pool() {
        List<Integer> pool = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            if (i != 1) {
                pool.add(i);
            }
        }
        return pool;
    }

    private int firstAccount(boolean exclusive, int wanted) {
        int best = -1;
        for (int i : pool()) {
            if ((exclusive && mailHeld[i]) || connectionsHeld[i] + wanted > budget) {
                continue;
            }
            if (best < 0 || connectionsHeld[i] < connectionsHeld[best]) {
                best = i;
            }
        }
        return best;
    }

    public synchronized void release(Lease lease) {
        running--;
        if (lease.alone()) {
            failingLogins = false;
        }
        int first = lease.accountIndexes().get(0);
        if (lease.exclusiveMail()) {
            mailHeld[first] = false;
        }
        connectionsHeld[first] -= lease.connections();
        if (lease.accountIndexes().size() > 1) {
            connectionsHeld[lease.accountIndexes().get(1)] -= 1;
        }
        notifyAll();
    }
}
