package org.mailspec.run.schedule;

import java.util.List;
import java.util.Optional;

import org.mailspec.run.Skip;
import org.mailspec.run.SuiteContext;
import org.mailspec.settings.Account;

/**
 * The accounts this scenario logs in as. Picocontainer makes one per scenario; the scheduler's
 * Before hook fills it with the scenario's lease. Without a lease (a step unit test) the
 * scenario's users are the target's first and second accounts, as in a serial run.
 */
public final class ScenarioLease {
    private final SuiteContext context;
    private final List<Account> fixed;
    private Lease lease;

    public ScenarioLease(SuiteContext context) {
        this.context = context;
        this.fixed = null;
    }

    private ScenarioLease(List<Account> accounts) {
        this.context = null;
        this.fixed = List.copyOf(accounts);
    }

    /** For step unit tests without a run: the scenario's users are these accounts, in order. */
    public static ScenarioLease fixed(List<Account> accounts) {
        return new ScenarioLease(accounts);
    }

    /** Waits for and takes the lease of the scenario at that place (the scheduler's Before hook). */
    public void take(Schedule schedule, String featurePath, int line) {
        lease = schedule.acquire(featurePath, line);
    }

    /** Gives the lease back, if the scenario holds one (the scheduler's After hook). */
    public void giveBack(Schedule schedule) {
        if (lease != null) {
            schedule.release(lease);
            lease = null;
        }
    }

    public Optional<Lease> lease() {
        return Optional.ofNullable(lease);
    }

    /**
     * User {@code which} of this scenario: 1 its first user, 2 "the second user". Skips, saying why,
     * when the target has too few accounts.
     */
    public Account account(int which) {
        if (lease != null && which <= lease.accounts().size()) {
            return lease.account(which);
        }
        List<Account> accounts = fixed != null ? fixed : context.target().accounts();
        if (accounts.size() < which) {
            throw Skip.because("the target has " + accounts.size() + " account(s); this scenario needs " + which
                    + " (set accounts=user:password,user2:password2)");
        }
        return accounts.get(which - 1);
    }
}
