package org.mailspec.run.schedule;

import java.util.List;

import org.mailspec.settings.Account;

/**
 * What one scenario holds while it runs: the accounts it logs in as (first, and second for
 * "the second user"), whether it holds the first account's mail exclusively, and the connection
 * permits it took on each account.
 *
 * @param accountIndexes indexes into the target's accounts, first user first
 * @param alone          no other scenario runs beside it (it fails logins, from the run's one address)
 */
public record Lease(List<Integer> accountIndexes, List<Account> accounts, boolean exclusiveMail, int connections,
                    boolean alone) {
    public Lease {
        accountIndexes = List.copyOf(accountIndexes);
        accounts = List.copyOf(accounts);
    }

    /** The account of user {@code which} (1 = the scenario's first user, 2 = the second user). */
    public Account account(int which) {
        return accounts.get(which - 1);
    }
}
