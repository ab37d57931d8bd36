package org.mailspec.imap.steps;

import org.mailspec.imap.Command;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.Deselect;
import org.mailspec.imap.ImapClient;
import org.mailspec.imap.ImapProtocolViolation;
import org.mailspec.run.HarnessError;
import org.mailspec.run.SuiteContext;
import org.mailspec.run.schedule.ScenarioLease;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.target.Sessions;
import org.mailspec.target.Target;
import org.mailspec.wire.WireException;

/**
 * The hidden {@code setup} session: logged in with the first account on demand, it creates,
 * seeds and checks mailboxes from the side. Its traffic is in the scenario's transcript under
 * {@code setup}; it parses strictly and is never the connection a rule is judged on.
 */
public final class Side {
    private final ScenarioLease lease;

    static final String NAME = "setup";

    private final SuiteContext context;
    private final Verdicts verdicts;
    private final Advertised advertised;
    private ImapClient client;

    public Side(SuiteContext context, Verdicts verdicts, ScenarioLease lease, Advertised advertised) {
        this.context = context;
        this.lease = lease;
        this.verdicts = verdicts;
        this.advertised = advertised;
    }

    /** Runs a command on the setup session (connected and logged in first if need be) and returns its result. */
    CommandResult run(Command command) {
        ImapClient c = client();
        try {
            return c.execute(command);
        } catch (ImapProtocolViolation v) {
            // the response was left half read: the next command (clean-up's LIST) would meet its rest
            // and fail too, leaving the run's mailboxes behind; it gets a fresh connection instead
            close();
            throw verdicts.syntax(v, c.name());
        } catch (WireException e) {
            throw new HarnessError("the setup session could not run " + command.describe() + ": " + e.getMessage());
        }
    }

    /**
     * Leaves the mailbox the setup session selected or examined, changing nothing in it
     * ({@link Deselect}): UNSELECT where advertised, else (or when it is refused) the failing EXAMINE.
     * Never CLOSE: whether CLOSE expunges, and that it leaves an examined mailbox alone, are rules the
     * suite judges, and a server that breaks them would lose the scenario's \Deleted messages before
     * the scenario looks at them.
     * (Ending the session instead is no better: GreenMail then drops the connection of the next
     * DELETE of that mailbox.)
     */
    void deselect() {
        if (client == null || !client.connection().isOpen()) {
            return;
        }
        if (advertised.has("UNSELECT") && run(Command.of("UNSELECT")).ok()) {
            return;
        }
        run(Deselect.failingExamine(context.runId()));
    }

    /** The scenario's transcript, where the setup session's notes go. */
    org.mailspec.wire.Transcript transcript() {
        return verdicts.transcript();
    }

    /** Options for an SMTP or LMTP connection of the harness's own, recorded in the scenario's transcript. */
    org.mailspec.wire.ClientOptions transferOptions(String name) {
        return Sessions.options(context.target(), verdicts.transcript()).withName(name);
    }

    /** Whether the setup session was ever opened in this scenario. */
    boolean opened() {
        return client != null;
    }

    /** LOGOUT, then close; quietly, for the end of the scenario. */
    void logout() {
        if (client != null && client.connection().isOpen()) {
            try {
                client.logout();
            } catch (WireException | RuntimeException e) {
                // closed below either way
            }
        }
        close();
    }

    void close() {
        if (client != null) {
            client.close();
        }
    }

    private ImapClient client() {
        if (client != null && client.connection().isOpen()) {
            return client;
        }
        Target target = context.target();
        Endpoint endpoint = target.imap();
        try {
            // lenient: the setup session is never judged, and a grammar slip must not stop its seeding
            // or its clean-up (GreenMail's "* OK [UIDVALIDITY n]" left every seeded mailbox behind)
            client = Connect.open(endpoint, Sessions.options(target, verdicts.transcript()).withName(NAME)
                    .withParserMode(org.mailspec.wire.ParserMode.LENIENT), null);
        } catch (ImapProtocolViolation v) {
            throw verdicts.syntax(v, NAME);
        } catch (WireException e) {
            throw new HarnessError("precondition: could not connect " + NAME + " to " + endpoint + ": " + e.getMessage());
        }
        try {
            Connect.secure(client, endpoint);
        } catch (ImapProtocolViolation v) {
            throw verdicts.syntax(v, client.name());
        } catch (WireException e) {
            throw new HarnessError("precondition: could not connect " + NAME + " to " + endpoint + ": " + e.getMessage());
        }
        try {
            Connect.login(client, account(1));
        } catch (ImapProtocolViolation v) {
            throw verdicts.syntax(v, client.name());
        } catch (WireException e) {
            throw new HarnessError("precondition: logging in " + NAME + ": " + e.getMessage());
        }
        return client;
    }

    /** User {@code which} of the scenario (1 its first user, 2 the second), as the scheduler lent them. */
    Account account(int which) {
        return lease.account(which);
    }
}
