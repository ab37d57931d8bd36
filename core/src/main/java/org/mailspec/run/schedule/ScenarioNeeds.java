package org.mailspec.run.schedule;

/**
 * What one scenario needs of the server's accounts while it runs.
 *
 * @param users         how many distinct accounts it logs in as (1, or 2 for "the second user")
 * @param exclusiveMail it reads or changes its first account's INBOX (IMAP) or maildrop (POP3), so no
 *                      other scenario may use that account's mail at the same time
 * @param connections   how many connections it may hold open on its first account at once
 * @param slow          it waits on the server (a failed login's delay): start it early
 */
public record ScenarioNeeds(int users, boolean exclusiveMail, int connections, boolean slow) {
    public ScenarioNeeds {
        if (users < 1 || users > 2) {
            throw new IllegalArgumentException("users must be 1 or 2: " + users);
        }
        connections = Math.max(1, connections);
    }

    /** A scenario that logs in as one account, shares its mail and holds one connection. */
    public static ScenarioNeeds light() {
        return new ScenarioNeeds(1, false, 1, false);
    }
}
