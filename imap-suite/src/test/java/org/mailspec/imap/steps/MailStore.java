package org.mailspec.imap.steps;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailspec.testing.ScriptedServer;

/**
 * A scripted IMAP server that keeps its mailboxes and their messages: CREATE, DELETE, LIST,
 * APPEND, SELECT/EXAMINE, STATUS, {@code STORE 1:* +FLAGS.SILENT (\Deleted)}, EXPUNGE, UNSELECT, CLOSE
 * (which, as GreenMail's does, expunges an examined mailbox too) and
 * {@code FETCH 1:* (UID)} act on a store under a layout of its own (a hierarchy delimiter, and
 * which names CREATE accepts), with UIDs assigned as RFC 9051 2.3.1.1 says (ascending, never
 * reused), so placement, clean-up and seeding can be tested without a real server. The server of
 * the {@code inbox-prefix} variant refuses every name outside {@code INBOX.}, as the servers of
 * issue 11 do; the {@code slash} one takes any name, with {@code /}.
 */
final class MailStore {

    private static final Pattern ARG = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern FLAGS = Pattern.compile("\\(([^)]*)\\)");

    /** A message: its UID, flags and octets. */
    static final class Message {
        final long uid;
        final Set<String> flags = new LinkedHashSet<>();
        final byte[] octets;

        Message(long uid, byte[] octets) {
            this.uid = uid;
            this.octets = octets;
        }
    }

    /** A mailbox: its messages in sequence order and the next UID it will assign. */
    static final class Box {
        final List<Message> messages = new CopyOnWriteArrayList<>();
        long uidNext = 1;
    }

    private final String delimiter;
    private final Predicate<String> creatable;
    private final Map<String, Box> boxes = new ConcurrentHashMap<>();
    private final Map<Integer, String> selected = new ConcurrentHashMap<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final List<String> verbs = new CopyOnWriteArrayList<>();

    private MailStore(String delimiter, Predicate<String> creatable) {
        this.delimiter = delimiter;
        this.creatable = creatable;
        boxes.put("INBOX", new Box());
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
        Arrays.stream(existing).forEach(n -> boxes.putIfAbsent(n, new Box()));
        return this;
    }

    /** A mailbox gone behind the run's back. */
    MailStore remove(String name) {
        boxes.remove(name);
        return this;
    }

    /** The names the store holds now (INBOX aside). */
    Set<String> names() {
        Set<String> out = new TreeSet<>(boxes.keySet());
        out.remove("INBOX");
        return out;
    }

    /** The UIDs of a mailbox's messages, in sequence order. */
    List<Long> uids(String name) {
        return boxes.get(name).messages.stream().map(m -> m.uid).toList();
    }

    /** Sets a flag on message {@code seq} of the mailbox, as another client would have. */
    void flag(String name, int seq, String flag) {
        boxes.get(name).messages.get(seq - 1).flags.add(flag);
    }

    /** The mailboxes some connection has selected or examined now. */
    Set<String> selectedNow() {
        return Set.copyOf(selected.values());
    }

    /** The commands the server was sent, verb first (UID commands as UID and the verb). */
    List<String> verbs() {
        return List.copyOf(verbs);
    }

    /** The names CREATE refused. */
    List<String> refused() {
        return List.copyOf(refused);
    }

    ScriptedServer start() {
        return start(b -> { });
    }

    /** Starts the server; {@code first} may add rules that take precedence over the store's (a server that breaks one rule). */
    ScriptedServer start(Consumer<ScriptedServer.Builder> first) {
        ScriptedServer.Builder b = ScriptedServer.builder().line(Scripted.GREETING);
        first.accept(b);
        b.onCommand(ScriptedServer.TAG + " LOGIN .*", s -> s.replyLine("{tag} OK logged in"));
        b.onCommand(ScriptedServer.TAG + " CAPABILITY", s -> s.replyLine(
                "* CAPABILITY IMAP4rev1 AUTH=PLAIN UIDPLUS\r\n{tag} OK done"));
        b.onCommand(ScriptedServer.TAG + " LOGOUT", s -> {
            s.replyLine("* BYE bye\r\n{tag} OK bye");
            throw new IOException("logged out");
        });
        b.onCommand(ScriptedServer.TAG + " CREATE .*", s -> {
            String name = strip(args(s.line()).get(0));
            if (boxes.containsKey(name) || name.equalsIgnoreCase("INBOX")) {
                s.replyLine("{tag} NO [ALREADYEXISTS] exists");
            } else if (!creatable.test(name)) {
                refused.add(name);
                s.replyLine("{tag} NO Client tried to access nonexistent namespace.");
            } else {
                boxes.put(name, new Box());
                s.replyLine("{tag} OK created");
            }
        });
        b.onCommand(ScriptedServer.TAG + " DELETE .*", s -> {
            String name = args(s.line()).get(0);
            s.replyLine(!name.equals("INBOX") && boxes.remove(name) != null ? "{tag} OK deleted"
                    : "{tag} NO [NONEXISTENT] no such mailbox");
        });
        b.onCommand(ScriptedServer.TAG + " LIST .*", s -> {
            List<String> a = args(s.line());
            StringBuilder out = new StringBuilder();
            if (a.get(1).isEmpty()) {
                out.append("* LIST (\\Noselect) \"").append(delimiter).append("\" \"\"\r\n");
            } else {
                Pattern p = pattern(a.get(0) + a.get(1));
                for (String n : new TreeSet<>(boxes.keySet())) {
                    if (p.matcher(n).matches()) {
                        out.append("* LIST () \"").append(delimiter).append("\" \"")
                                .append(n.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\r\n");
                    }
                }
            }
            s.send(out.toString());
            s.replyLine("{tag} OK listed");
        });
        b.onCommand(ScriptedServer.TAG + " APPEND .*", s -> {
            String line = s.line();
            Box box = boxes.get(args(line).get(0));
            byte[] octets = s.readLiteral("+ go\r\n");
            s.readLine();
            if (box == null) {
                s.replyLine("{tag} NO [TRYCREATE] no such mailbox");
                return;
            }
            Message m = new Message(box.uidNext++, octets);
            Matcher f = FLAGS.matcher(line);
            if (f.find() && !f.group(1).isBlank()) {
                m.flags.addAll(List.of(f.group(1).trim().split("\\s+")));
            }
            box.messages.add(m);
            s.replyLine("{tag} OK [APPENDUID 1 " + m.uid + "] appended");
        });
        b.onCommand(ScriptedServer.TAG + " (SELECT|EXAMINE) .*", s -> {
            String name = args(s.line()).get(0);
            Box box = boxes.get(name);
            if (box == null) {
                selected.remove(s.index()); // RFC 3501 6.3.1: after a failed SELECT no mailbox is selected
                s.replyLine("{tag} NO no such mailbox");
                return;
            }
            selected.put(s.index(), name);
            s.send("* " + box.messages.size() + " EXISTS\r\n* OK [UIDVALIDITY 1] v\r\n* OK [UIDNEXT " + box.uidNext
                    + "] n\r\n");
            s.replyLine("{tag} OK selected");
        });
        b.onCommand(ScriptedServer.TAG + " STATUS .*", s -> {
            String name = args(s.line()).get(0);
            Box box = boxes.get(name);
            if (box == null) {
                s.replyLine("{tag} NO no such mailbox");
                return;
            }
            s.send("* STATUS \"" + name + "\" (MESSAGES " + box.messages.size() + " UIDNEXT " + box.uidNext
                    + " UIDVALIDITY 1)\r\n");
            s.replyLine("{tag} OK status");
        });
        b.onCommand(ScriptedServer.TAG + " STORE 1:\\* \\+FLAGS.SILENT \\((?<flag>[^)]*)\\)", s -> {
            selectedBox(s).messages.forEach(m -> m.flags.add(s.group("flag")));
            s.replyLine("{tag} OK stored");
        });
        b.onCommand(ScriptedServer.TAG + " UNSELECT", s -> {
            verbs.add("UNSELECT");
            selected.remove(s.index());
            s.replyLine("{tag} OK unselected");
        });
        b.onCommand(ScriptedServer.TAG + " (?<verb>CLOSE|EXPUNGE)", s -> {
            verbs.add(s.group("verb").toUpperCase(java.util.Locale.ROOT));
            Box box = selectedBox(s);
            StringBuilder out = new StringBuilder();
            for (int i = box.messages.size() - 1; i >= 0; i--) {
                if (box.messages.get(i).flags.contains("\\Deleted")) {
                    box.messages.remove(i);
                    out.append("* ").append(i + 1).append(" EXPUNGE\r\n");
                }
            }
            if (s.group("verb").equalsIgnoreCase("CLOSE")) {
                selected.remove(s.index());
            } else {
                s.send(out.toString());
            }
            s.replyLine("{tag} OK done");
        });
        b.onCommand(ScriptedServer.TAG + " FETCH 1:\\* \\(UID\\)", s -> {
            Box box = selectedBox(s);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < box.messages.size(); i++) {
                out.append("* ").append(i + 1).append(" FETCH (UID ").append(box.messages.get(i).uid).append(")\r\n");
            }
            s.send(out.toString());
            s.replyLine("{tag} OK fetched");
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

    private Box selectedBox(ScriptedServer.Session s) {
        String name = selected.get(s.index());
        return name == null ? new Box() : boxes.getOrDefault(name, new Box());
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
        List<String> out = new ArrayList<>();
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
