package org.mailspec.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.mailspec.run.RuleViolation;
import org.mailspec.run.Skip;
import org.mailspec.settings.Account;
import org.mailspec.target.Target;
import org.mailspec.wire.Transcript;

/**
 * The protocol-independent half of the log audit: mark the server's log, then search what it
 * wrote since for the test account's password and a marker password (the audit's log steps do the
 * logins in between).
 */
public final class ServerLogAudit {
    /** How long the audit waits for the server to log the test account's login (the last thing it did). */
    private static final Duration LOG_WAIT = Duration.ofSeconds(3);

    private ServerLogAudit() {
    }

    /** Marks the target's log at its current end; skips (saying why) when there is none this user can read. */
    public static ServerLog mark(Target target, Transcript transcript) throws IOException {
        Path file = target.serverLog().orElseThrow(() -> Skip.because(
                "server.log not readable: set server.log=FILE (a log file of the server this harness can read)"));
        if (!Files.isReadable(file)) {
            throw Skip.because("server.log " + file + " is not readable by this user");
        }
        ServerLog log = ServerLog.mark(file);
        transcript.event("audit", "server log " + file + " marked at byte " + Files.size(file));
        return log;
    }

    /** A password no server would accept and that the log search can find. */
    public static String marker() {
        return "mailspec-marker-" + UUID.randomUUID();
    }

    /** The transcript line for the failed login with the marker password. */
    public static void noteMarker(Transcript transcript, String marker, Object answer) {
        transcript.event("audit", "marker password " + marker.substring(0, 16) + "… answered " + answer);
    }

    /**
     * Reads what the server logged since the mark (waiting for the account's login to show) and
     * fails when a line holds the account's password, the marker password, or a hash of either.
     *
     * @return the lines the server wrote during the scenario
     */
    public static String noPasswordIn(ServerLog log, Account account, String marker, Transcript transcript)
            throws IOException {
        String appended = log.since(account.user(), LOG_WAIT);
        List<LogSecrets.Hit> hits = new LogSecrets().password(account.user(), account.password(), "the test account's password")
                .password(account.user(), marker, "the marker password").scan(appended);
        transcript.event("audit", "server log: " + appended.lines().count() + " lines written during the scenario, "
                + hits.size() + " with a secret");
        for (LogSecrets.Hit h : hits.subList(0, Math.min(hits.size(), 20))) {
            transcript.event("audit", "log " + h);
        }
        if (!hits.isEmpty()) {
            // the file is named in what was found, not in what was expected: a managed server's log moves
            // with each run, and a baseline entry compares the expected value
            throw new RuleViolation("the server log holds no password and no password hash",
                    "no secret in the lines the server logged during the scenario",
                    hits.size() + " lines of " + log.file() + "; first: " + hits.get(0), "audit");
        }
        return appended;
    }
}
