package org.mailspec.imap.steps;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailspec.testing.ScriptedServer;

/**
 * A scripted IMAP server that keeps its mailboxes: CREATE, DELETE and LIST act on a set
 * of names under a layout of its own (a hierarchy delimiter, and which names CREATE accepts), so
 * placement and clean-up can be tested without a real server. The server of the
 * {@code inbox-prefix} variant refuses every name outside {@code INBOX.}, as the servers of issue
 * 11 do; the {@code slash} one takes any name, with {@code /}.
 */
final class MailStore {

    private static final Pattern ARG = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String delimiter;
    private final Predicate<String> creatable;
    private final Set<String> names = new ConcurrentSkipListSet<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();

    private MailStore(String delimiter, Predicate<String> creatable) {
        this.delimiter = delimiter;
        this.creatable = creatable;
    }

    /** Every mailbox under {@code INBOX.}; CREATE of any other name is refused ("nonexistent namespace"). */
    static MailStore inboxPrefix() {
        return new MailStore(".", n -> n.startsWith("INBOX."));
    }

    /** {@code /} as the delimiter, no prefix. */
    static MailStore slash() {
        return new MailStore("/", n -> true);
    }

    /** Mailboxes that exist before the test (another run's, the user's). */
    MailStore holding(String... existing) {
        names.addAll(List.of(existing));
        return this;
    }

    /** A mailbox gone behind the run's back. */
    MailStore remove(String name) {
        names.remove(name);
        return this;
    }

    /** The names the store holds now (INBOX aside). */
    Set<String> names() {
        return new TreeSet<>(names);
    }

    /** The names CREATE refused. */
    List<String> refused() {
        return List.copyOf(refused);
    }

    ScriptedServer start() {
        ScriptedServer.Builder b = ScriptedServer.builder().line(Scripted.GREETING);
        b.onCommand(ScriptedServer.TAG + " LOGIN .*", s -> s.replyLine("{tag} OK logged in"));
        b.onCommand(ScriptedServer.TAG + " CAPABILITY", s -> s.replyLine(
                "* CAPABILITY IMAP4rev1 AUTH=PLAIN UIDPLUS\r\n{tag} OK done"));
        b.onCommand(ScriptedServer.TAG + " LOGOUT", s -> {
            s.replyLine("* BYE bye\r\n{tag} OK bye");
            throw new IOException("logged out");
        });
        b.onCommand(ScriptedServer.TAG + " CREATE .*", s -> {
            String name = strip(args(s.line()).get(0));
            if (names.contains(name) || name.equalsIgnoreCase("INBOX")) {
                s.replyLine("{tag} NO [ALREADYEXISTS] exists");
            } else if (!creatable.test(name)) {
                refused.add(name);
                s.replyLine("{tag} NO Client tried to access nonexistent namespace.");
            } else {
                names.add(name);
                s.replyLine("{tag} OK created");
            }
        });
        b.onCommand(ScriptedServer.TAG + " DELETE .*", s -> {
            String name = args(s.line()).get(0);
            s.replyLine(names.remove(name) ? "{tag} OK deleted" : "{tag} NO [NONEXISTENT] no such mailbox");
        });
        b.onCommand(ScriptedServer.TAG + " LIST .*", s -> {
            List<String> a = args(s.line());
            StringBuilder out = new StringBuilder();
            if (a.get(1).isEmpty()) {
                out.append("* LIST (\\Noselect) \"").append(delimiter).append("\" \"\"\r\n");
            } else {
                Pattern p = pattern(a.get(0) + a.get(1));
                if (p.matcher("INBOX").matches()) {
                    out.append("* LIST () \"").append(delimiter).append("\" INBOX\r\n");
                }
                for (String n : names) {
                    if (p.matcher(n).matches()) {
                        out.append("* LIST () \"").append(delimiter).append("\" \"")
                                .append(n.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\r\n");
                    }
                }
            }
            s.send(out.toString());
            s.replyLine("{tag} OK listed");
        });
        b.otherwise(s -> {
            String line = s.line();
            int sp = line.indexOf(' ');
            if (sp > 0) {
                s.sendLine(line.substring(0, sp) + " OK fine");
            }
        });
        return b.start();
    }

    /** A LIST pattern as a regular expression: {@code *} anything, {@code %} anything but the delimiter. */
    private Pattern pattern(String imap) {
        StringBuilder re = new StringBuilder();
        for (char c : imap.toCharArray()) {
            re.append(switch (c) {
                case '*' -> ".*";
                case '%' -> "[^" + Pattern.quote(delimiter) + "]*";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return Pattern.compile(re.toString());
    }

    /** The quoted arguments of a command line, unescaped. */
    private static List<String> args(String line) {
        Matcher m = ARG.matcher(line);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return out;
    }

    /** CREATE's rule: a trailing delimiter declares intent, the name created is without it. */
    private String strip(String name) {
        return name.endsWith(delimiter) ? name.substring(0, name.length() - delimiter.length()) : name;
    }
}
