package org.mailspec.imap.steps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mailspec.imap.Command;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.ImapClient;
import org.mailspec.imap.response.MailboxList;
import org.mailspec.settings.Account;
import org.mailspec.target.Sessions;
import org.mailspec.target.Target;
import org.mailspec.wire.ParserMode;
import org.mailspec.wire.Transcript;
import org.mailspec.wire.WireException;

/**
 * The proof that a run leaves nothing behind: every mailbox of the accounts (LIST "" "*") before
 * the first scenario and after the last, and the difference, in one line each for the console.
 * A name there after the run and not before is one the run left (its clean-up failed, or the
 * server made it); a name gone is one the run removed, which it must never do with a name not its
 * own. Mail other clients move meanwhile shows too: the lines say what changed, not who did it.
 */
final class RunLedger {

    private static RunLedger current;

    private final String runId;
    private final Target target;
    private final Map<String, Set<String>> before;

    private RunLedger(String runId, Target target, Map<String, Set<String>> before) {
        this.runId = runId;
        this.target = target;
        this.before = before;
    }

    /** Before a scenario: the first one of the run lists the accounts; the others find it done. */
    static synchronized void begin(String runId, Target target) {
        if (current == null || !current.runId.equals(runId)) {
            current = new RunLedger(runId, target, snapshot(target));
        }
    }

    /** After the last scenario: what changed, one line each; empty when no scenario ran against a target. */
    static synchronized List<String> end() {
        if (current == null) {
            return List.of();
        }
        List<String> lines = current.compare(snapshot(current.target));
        current = null;
        return lines;
    }

    /** Every mailbox name of each account, in wire form; an account that could not be listed maps to null. */
    static Map<String, Set<String>> snapshot(Target target) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Account a : target.accounts()) {
            out.put(a.user(), list(target, a));
        }
        return out;
    }

    private static Set<String> list(Target target, Account account) {
        try (ImapClient c = Sessions.imapLoggedIn(target, account, Sessions.options(target, new Transcript())
                .withName("ledger").withParserMode(ParserMode.LENIENT))) {
            CommandResult r = c.execute(Command.of("LIST").quoted("").quoted("*"));
            c.logout();
            if (!r.ok()) {
                return null;
            }
            Set<String> names = new TreeSet<>();
            r.ofType(MailboxList.class).forEach(l -> names.add(l.mailbox().name()));
            return names;
        } catch (WireException | RuntimeException e) {
            return null;
        }
    }

    /** The lines for the console: per account, the counts and every name left or removed. */
    List<String> compare(Map<String, Set<String>> after) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : before.entrySet()) {
            Set<String> was = e.getValue();
            Set<String> is = after.get(e.getKey());
            if (was == null || is == null) {
                lines.add("mailboxes of " + e.getKey() + ": could not be listed " + (was == null ? "before the first"
                        : "after the last") + " scenario, so what the run left is not known");
                continue;
            }
            Set<String> left = new TreeSet<>(is);
            left.removeAll(was);
            Set<String> gone = new TreeSet<>(was);
            gone.removeAll(is);
            if (left.isEmpty() && gone.isEmpty()) {
                lines.add("mailboxes of " + e.getKey() + ": the run left nothing behind (" + was.size()
                        + " before the first scenario, the same " + is.size() + " after the last" + named(is) + ")");
            }
            if (!left.isEmpty()) {
                lines.add("mailboxes of " + e.getKey() + ": " + left.size() + " there after the last scenario that were not"
                        + " there before the first: " + String.join(", ", left));
            }
            if (!gone.isEmpty()) {
                lines.add("mailboxes of " + e.getKey() + ": " + gone.size() + " there before the first scenario that are"
                        + " gone after the last: " + String.join(", ", gone));
            }
        }
        return lines;
    }

    /** The names, when there are few enough to read on one line. */
    private static String named(Set<String> names) {
        return names.size() <= 8 ? ": " + String.join(", ", names) : "";
    }
}
