package org.mailspec.pop3.steps;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.mailspec.fixture.TestMessage;
import org.mailspec.pop3.Apop;
import org.mailspec.settings.Account;
import org.mailspec.testing.ScriptedServer;

/**
 * A POP3 server for the step tests: a maildrop model played through {@link ScriptedServer}. It
 * follows RFC 1939, 2449, 2595 and 5034 by default; each {@link Break} makes it break exactly one
 * rule, so that a test can show an assertion step failing against it (the negative control) and
 * passing against the correct server.
 */
final class FakePop3 implements Delivery, AutoCloseable {

    static final String USER = "alice";
    static final String PASSWORD = "s3cret";

    /** One broken rule each (NO_TERMINATOR: RETR only, so that TOP still finds the messages). */
    enum Break {
        RIGHT_PASSWORD_ERR, WRONG_PASSWORD_OK, STAT_BEFORE_LOGIN_OK, NO_RESP_CODES, AUTH_CODE_FOR_EVERYTHING,
        CHALLENGE_WITH_TEXT, QUIT_KEEPS_OPEN, ERR_GREETING, TIMESTAMP_WITHOUT_AT, SAME_TIMESTAMP,
        DROP_LISTING_TWO_SPACES, STAT_COUNT_OFF_BY_ONE, DELETED_STILL_COUNTED, SIZES_WITH_LF, SIZES_COUNT_STUFFED_DOTS,
        LIST_LISTS_DELETED, PHANTOM_LISTING, NO_DOT_STUFFING, NO_TERMINATOR, HIGH_BIT_STRIPPED, LONG_LINES_FOLDED,
        TOP_ONE_LINE_TOO_MANY, TOP_WITHOUT_BLANK_LINE, UID_TOO_LONG, TEXT_AFTER_UID, SPACE_IN_UID, UIDL_LISTS_DELETED,
        UID_PER_SESSION, SAME_UID_FOR_ALL, UIDS_BY_POSITION, CAPA_EMPTY_LINE, CAPA_LINE_TOO_LONG, STLS_AFTER_TLS,
        USER_CAPABILITY_DROPPED_AFTER_LOGIN, SECOND_SESSION_SEES_OTHER_COUNT, DROP_COMMITS, RSET_RESTORES_NOTHING,
        QUIT_DOES_NOT_COMMIT, RETR_SENDS_OTHER_MESSAGE, QUIT_ANSWERED_TWICE, RSET_ANSWERED_TWICE,
        STLS_PLAINTEXT_AFTER_OK, FOREIGN_SCAN_LISTING_MALFORMED, NOOP_CUT_OFF, FOREIGN_UIDS_SHARED,
        UID_OF_DELETED_REUSED, LIST_SKIPS_A_FOREIGN_MESSAGE, LIST_LISTS_A_MESSAGE_TWICE, RSET_ERR
    }

    /** What a second session on a maildrop in use gets. */
    enum Lock { SHARED, EXCLUSIVE }

    /** A message; {@code foreign} when the test did not seed it (the other mail of a real INBOX). */
    private record Msg(byte[] bytes, String uid, boolean foreign) {
    }

    private final class Conn {
        boolean transaction;
        String user;
        boolean tls;
        boolean sasl;
        List<Msg> view = List.of();
        final Set<Integer> deleted = new HashSet<>();
        String timestamp;
    }

    private final Set<Break> breaks;
    private final Lock lock;
    private final boolean apop;
    private final boolean stls;
    private final List<Msg> maildrop = new ArrayList<>();
    private final Map<Integer, Conn> conns = new ConcurrentHashMap<>();
    private final AtomicInteger uids = new AtomicInteger(100);
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger holders = new AtomicInteger();
    private final ScriptedServer server;

    private FakePop3(Set<Break> breaks, Lock lock, boolean apop, boolean stls) {
        this.breaks = breaks;
        this.lock = lock;
        this.apop = apop;
        this.stls = stls;
        this.server = ScriptedServer.builder().then("a POP3 session", this::serve).start();
    }

    static FakePop3 correct() {
        return new FakePop3(EnumSet.noneOf(Break.class), Lock.SHARED, true, true);
    }

    static FakePop3 breaking(Break b) {
        return new FakePop3(EnumSet.of(b), Lock.SHARED, true, true);
    }

    static FakePop3 with(Lock lock) {
        return new FakePop3(EnumSet.noneOf(Break.class), lock, true, true);
    }

    /** Without APOP (no timestamp in the greeting). */
    static FakePop3 withoutApop() {
        return new FakePop3(EnumSet.noneOf(Break.class), Lock.SHARED, false, true);
    }

    ScriptedServer server() {
        return server;
    }

    @Override
    public synchronized org.mailspec.fixture.Delivered deliver(Account account, TestMessage message,
                                                            org.mailspec.wire.Transcript transcript) {
        maildrop.add(new Msg(message.bytes(), "uid" + uids.incrementAndGet(), false));
        return org.mailspec.fixture.Delivered.appended(message);
    }

    /**
     * Puts {@code count} messages in the maildrop that no scenario seeded, as a real INBOX holds
     * other mail: each with its own Message-ID and unique-id; clean-up leaves them.
     */
    synchronized FakePop3 foreign(int count) {
        for (int i = 0; i < count; i++) {
            int n = uids.incrementAndGet();
            String text = "From: someone@elsewhere.test\r\nSubject: not the scenario's\r\nMessage-ID: <foreign-" + n
                    + "@elsewhere.test>\r\n\r\nother mail " + n + "\r\n";
            maildrop.add(new Msg(text.getBytes(StandardCharsets.ISO_8859_1), "foreign" + n, true));
        }
        return this;
    }

    /** Clean-up removes what the tests seeded and leaves the foreign mail. */
    @Override
    public synchronized List<String> cleanUp() {
        maildrop.removeIf(m -> !m.foreign());
        return List.of();
    }

    @Override
    public void guardDestructive(Account account) {
    }

    synchronized int size() {
        return maildrop.size();
    }

    @Override
    public void close() {
        server.close();
    }

    private boolean broken(Break b) {
        return breaks.contains(b);
    }

    // ---------------------------------------------------------------- the protocol

    /** One connection: the greeting, then command after command until QUIT or the client goes away. */
    private void serve(ScriptedServer.Session s) throws IOException {
        greet(s);
        while (true) {
            byte[] line = s.readLine();
            if (line == null) {
                Conn c = conns.get(s.index());
                if (c.transaction) {
                    commit(c, broken(Break.DROP_COMMITS));
                }
                return;
            }
            dispatch(s);
        }
    }

    private void greet(ScriptedServer.Session s) throws IOException {
        Conn c = new Conn();
        conns.put(s.index(), c);
        if (broken(Break.ERR_GREETING)) {
            s.sendLine("-ERR go away");
            return;
        }
        if (apop) {
            int n = broken(Break.SAME_TIMESTAMP) ? 1 : sessions.incrementAndGet();
            c.timestamp = broken(Break.TIMESTAMP_WITHOUT_AT) ? "<" + n + ".697170952>" : "<" + n + ".697170952@fake.test>";
            s.sendLine("+OK fake POP3 ready " + c.timestamp);
        } else {
            s.sendLine("+OK fake POP3 ready");
        }
    }

    private void dispatch(ScriptedServer.Session s) throws IOException {
        Conn c = conns.get(s.index());
        String line = s.line();
        if (c.sasl) {
            c.sasl = false;
            saslResponse(s, c, line);
            return;
        }
        String[] w = line.split(" ", -1);
        String verb = w[0].toUpperCase(Locale.ROOT);
        String arg = w.length > 1 ? w[1] : null;
        switch (verb) {
            case "CAPA" -> capa(s, c, w.length);
            case "USER" -> {
                if (c.transaction || arg == null) {
                    s.sendLine("-ERR not now");
                } else {
                    c.user = arg;
                    s.sendLine("+OK");
                }
            }
            case "PASS" -> pass(s, c, line.length() > 5 ? line.substring(5) : "");
            case "APOP" -> apop(s, c, w);
            case "AUTH" -> auth(s, c, w);
            case "STLS" -> {
                if (c.transaction || c.tls || !stls) {
                    s.sendLine("-ERR not now");
                } else {
                    s.send(broken(Break.STLS_PLAINTEXT_AFTER_OK) ? "+OK begin TLS\r\n+OK injected before TLS\r\n"
                            : "+OK begin TLS\r\n");
                    s.startTls();
                    c.tls = true;
                }
            }
            case "QUIT" -> quit(s, c);
            case "STAT", "LIST", "RETR", "TOP", "DELE", "RSET", "NOOP", "UIDL" -> {
                if (!c.transaction) {
                    s.sendLine(verb.equals("STAT") && broken(Break.STAT_BEFORE_LOGIN_OK) ? "+OK 0 0" : "-ERR log in first");
                } else {
                    transaction(s, c, verb, w);
                }
            }
            default -> s.sendLine("-ERR unknown command");
        }
    }

    private void capa(ScriptedServer.Session s, Conn c, int words) throws IOException {
        if (words > 1) {
            s.sendLine("-ERR CAPA takes no argument");
            return;
        }
        List<String> caps = new ArrayList<>(List.of("TOP", "UIDL", "RESP-CODES", "AUTH-RESP-CODE", "PIPELINING"));
        if (!c.transaction || !broken(Break.USER_CAPABILITY_DROPPED_AFTER_LOGIN)) {
            caps.add("USER");
        }
        caps.add("SASL PLAIN");
        if (stls && ((!c.tls && !c.transaction) || (c.tls && broken(Break.STLS_AFTER_TLS)))) {
            caps.add("STLS");
        }
        if (broken(Break.CAPA_EMPTY_LINE)) {
            caps.add("");
        }
        if (broken(Break.CAPA_LINE_TOO_LONG)) {
            caps.add("X-LONG " + "x".repeat(600));
        }
        StringBuilder sb = new StringBuilder("+OK capabilities\r\n");
        caps.forEach(k -> sb.append(k).append("\r\n"));
        sb.append(".\r\n");
        s.send(sb.toString());
    }

    private void pass(ScriptedServer.Session s, Conn c, String password) throws IOException {
        if (c.transaction || c.user == null) {
            s.sendLine("-ERR USER first");
            return;
        }
        boolean right = c.user.equals(USER) && password.equals(PASSWORD);
        if (broken(Break.RIGHT_PASSWORD_ERR) && right) {
            s.sendLine("-ERR [AUTH] no");
        } else if (right || broken(Break.WRONG_PASSWORD_OK)) {
            open(s, c);
        } else {
            c.user = null;
            s.sendLine(broken(Break.NO_RESP_CODES) ? "-ERR invalid password" : "-ERR [AUTH] invalid password");
        }
    }

    private void apop(ScriptedServer.Session s, Conn c, String[] w) throws IOException {
        if (c.transaction || c.timestamp == null || w.length != 3) {
            s.sendLine("-ERR not now");
        } else if (w[1].equals(USER) && w[2].equals(Apop.digest(c.timestamp, PASSWORD))) {
            open(s, c);
        } else {
            s.sendLine("-ERR [AUTH] permission denied");
        }
    }

    private void auth(ScriptedServer.Session s, Conn c, String[] w) throws IOException {
        if (c.transaction) {
            s.sendLine("-ERR already authenticated");
        } else if (w.length < 2 || !w[1].equalsIgnoreCase("PLAIN")) {
            s.sendLine(broken(Break.AUTH_CODE_FOR_EVERYTHING) ? "-ERR [AUTH] unsupported mechanism"
                    : "-ERR unsupported mechanism");
        } else if (w.length > 2) {
            saslResponse(s, c, w[2]);
        } else {
            c.sasl = true;
            s.sendLine(broken(Break.CHALLENGE_WITH_TEXT) ? "+ go ahead" : "+ ");
        }
    }

    private void saslResponse(ScriptedServer.Session s, Conn c, String response) throws IOException {
        if (response.equals("*")) {
            s.sendLine("-ERR cancelled");
            return;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(response);
        } catch (IllegalArgumentException e) {
            s.sendLine("-ERR not base64");
            return;
        }
        String[] parts = new String(decoded, StandardCharsets.UTF_8).split("\0", -1);
        if (parts.length == 3 && parts[1].equals(USER) && parts[2].equals(PASSWORD)) {
            open(s, c);
        } else {
            s.sendLine(broken(Break.NO_RESP_CODES) ? "-ERR authentication failed" : "-ERR [AUTH] authentication failed");
        }
    }

    private void open(ScriptedServer.Session s, Conn c) throws IOException {
        synchronized (this) {
            if (lock == Lock.EXCLUSIVE && holders.get() > 0) {
                s.sendLine("-ERR [IN-USE] maildrop locked");
                return;
            }
            holders.incrementAndGet();
            c.view = new ArrayList<>(maildrop);
            if (broken(Break.UID_PER_SESSION)) {
                List<Msg> renamed = new ArrayList<>();
                for (Msg m : c.view) {
                    renamed.add(new Msg(m.bytes(), m.uid() + "s" + sessions.incrementAndGet(), m.foreign()));
                }
                c.view = renamed;
            }
        }
        c.transaction = true;
        if (broken(Break.SECOND_SESSION_SEES_OTHER_COUNT) && holders.get() > 1 && !c.view.isEmpty()) {
            c.view.remove(c.view.size() - 1);
        }
        s.sendLine("+OK maildrop locked and ready");
    }

    private void quit(ScriptedServer.Session s, Conn c) throws IOException {
        if (c.transaction) {
            commit(c, !broken(Break.QUIT_DOES_NOT_COMMIT));
        }
        s.sendLine("+OK bye");
        if (broken(Break.QUIT_ANSWERED_TWICE)) {
            s.sendLine("+OK see you soon");
        }
        if (!broken(Break.QUIT_KEEPS_OPEN)) {
            s.close();
        }
    }

    /** Called when a session ends: commits its deletions when asked to, releases the lock. */
    private synchronized void commit(Conn c, boolean remove) {
        if (remove) {
            for (int n : c.deleted) {
                Msg m = c.view.get(n - 1);
                maildrop.removeIf(x -> java.util.Arrays.equals(x.bytes(), m.bytes()));
            }
        }
        c.transaction = false;
        holders.decrementAndGet();
    }

    private void transaction(ScriptedServer.Session s, Conn c, String verb, String[] w) throws IOException {
        String arg = w.length > 1 ? w[1] : null;
        switch (verb) {
            case "NOOP" -> {
                if (broken(Break.NOOP_CUT_OFF)) {
                    s.send("+OK no");
                    s.close();
                } else {
                    s.sendLine("+OK");
                }
            }
            case "RSET" -> {
                if (broken(Break.RSET_ERR)) {
                    s.sendLine("-ERR no");
                    return;
                }
                if (!broken(Break.RSET_RESTORES_NOTHING)) {
                    c.deleted.clear();
                }
                s.send(broken(Break.RSET_ANSWERED_TWICE) ? "+OK\r\n+OK maildrop has 1 messages undeleted.\r\n" : "+OK\r\n");
            }
            case "STAT" -> {
                long count = 0;
                long octets = 0;
                for (int n = 1; n <= c.view.size(); n++) {
                    if (!c.deleted.contains(n) || broken(Break.DELETED_STILL_COUNTED)) {
                        count++;
                        octets += size(c.view.get(n - 1));
                    }
                }
                if (broken(Break.STAT_COUNT_OFF_BY_ONE)) {
                    count++;
                }
                s.sendLine("+OK " + count + (broken(Break.DROP_LISTING_TWO_SPACES) ? "  " : " ") + octets);
            }
            case "LIST" -> {
                if (arg == null) {
                    StringBuilder sb = new StringBuilder("+OK scan listing follows\r\n");
                    boolean skipped = false;
                    for (int n = 1; n <= c.view.size(); n++) {
                        Msg m = c.view.get(n - 1);
                        if (m.foreign() && !skipped && broken(Break.LIST_SKIPS_A_FOREIGN_MESSAGE)) {
                            skipped = true;
                            continue;
                        }
                        if (!c.deleted.contains(n) || broken(Break.LIST_LISTS_DELETED)) {
                            String sp = m.foreign() && broken(Break.FOREIGN_SCAN_LISTING_MALFORMED) ? "  " : " ";
                            sb.append(n).append(sp).append(size(m)).append("\r\n");
                            if (n == 1 && broken(Break.LIST_LISTS_A_MESSAGE_TWICE)) {
                                sb.append(n).append(sp).append(size(m)).append("\r\n");
                            }
                        }
                    }
                    if (c.view.isEmpty() && broken(Break.PHANTOM_LISTING)) {
                        sb.append("1 120\r\n");
                    }
                    s.send(sb.append(".\r\n").toString());
                } else {
                    Integer n = live(c, arg);
                    s.sendLine(n == null ? "-ERR no such message" : "+OK " + n + " " + size(c.view.get(n - 1)));
                }
            }
            case "UIDL" -> {
                if (arg == null) {
                    StringBuilder sb = new StringBuilder("+OK\r\n");
                    for (int n = 1; n <= c.view.size(); n++) {
                        if (!c.deleted.contains(n) || broken(Break.UIDL_LISTS_DELETED)) {
                            sb.append(n).append(' ').append(uid(c, n)).append("\r\n");
                        }
                    }
                    s.send(sb.append(".\r\n").toString());
                } else {
                    Integer n = live(c, arg);
                    s.sendLine(n == null ? "-ERR no such message" : "+OK " + n + " " + uid(c, n)
                            + (broken(Break.TEXT_AFTER_UID) ? " extra" : ""));
                }
            }
            case "DELE" -> {
                Integer n = live(c, arg);
                if (n == null) {
                    s.sendLine("-ERR no such message");
                } else {
                    c.deleted.add(n);
                    s.sendLine("+OK message " + n + " deleted");
                }
            }
            case "RETR" -> {
                Integer n = live(c, arg);
                if (n == null) {
                    s.sendLine("-ERR no such message");
                } else {
                    int shown = broken(Break.RETR_SENDS_OTHER_MESSAGE) && c.view.size() > 1 ? (n == 1 ? 2 : 1) : n;
                    sendMessage(s, c.view.get(shown - 1).bytes(), Integer.MAX_VALUE);
                }
            }
            case "TOP" -> {
                Integer n = live(c, arg);
                if (n == null || w.length < 3 || !w[2].matches("[0-9]+")) {
                    s.sendLine("-ERR no such message");
                } else {
                    sendMessage(s, c.view.get(n - 1).bytes(), Integer.parseInt(w[2]));
                }
            }
            default -> s.sendLine("-ERR unknown command");
        }
    }

    /** The message-number if it names a message of the session not marked as deleted. */
    private static Integer live(Conn c, String arg) {
        if (arg == null || !arg.matches("[0-9]{1,9}")) {
            return null;
        }
        int n = Integer.parseInt(arg);
        return n >= 1 && n <= c.view.size() && !c.deleted.contains(n) ? n : null;
    }

    private long size(Msg m) {
        long size = m.bytes().length;
        List<String> lines = lines(m.bytes());
        if (broken(Break.SIZES_WITH_LF)) {
            size -= lines.size();
        }
        if (broken(Break.SIZES_COUNT_STUFFED_DOTS)) {
            size += lines.stream().filter(l -> l.startsWith(".")).count();
        }
        return size;
    }

    private String uid(Conn c, int n) {
        if (broken(Break.SAME_UID_FOR_ALL)) {
            return "same";
        }
        if (broken(Break.FOREIGN_UIDS_SHARED) && c.view.get(n - 1).foreign()) {
            return "shared";
        }
        if (broken(Break.UID_OF_DELETED_REUSED) && !c.deleted.isEmpty() && !c.deleted.contains(n)) {
            int deleted = c.deleted.iterator().next();
            if (n == (deleted == c.view.size() ? 1 : deleted + 1)) {
                return c.view.get(deleted - 1).uid();
            }
        }
        if (broken(Break.UIDS_BY_POSITION)) {
            return "pos" + n;
        }
        if (broken(Break.UID_TOO_LONG)) {
            return "u".repeat(71);
        }
        if (broken(Break.SPACE_IN_UID)) {
            return "a b";
        }
        return c.view.get(n - 1).uid();
    }

    /** The lines of a message (ISO-8859-1, without CRLF). */
    private static List<String> lines(byte[] bytes) {
        String t = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>(List.of(t.split("\r\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** +OK, the message (for TOP: headers, blank line, {@code bodyLines} lines), byte-stuffed, then ".". */
    private void sendMessage(ScriptedServer.Session s, byte[] bytes, int bodyLines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("+OK message follows\r\n".getBytes(StandardCharsets.ISO_8859_1));
        boolean body = false;
        int sent = 0;
        int limit = broken(Break.TOP_ONE_LINE_TOO_MANY) && bodyLines != Integer.MAX_VALUE ? bodyLines + 1 : bodyLines;
        for (String line : lines(bytes)) {
            if (body && sent++ >= limit) {
                break;
            }
            if (!body && line.isEmpty()) {
                body = true;
                if (broken(Break.TOP_WITHOUT_BLANK_LINE) && bodyLines != Integer.MAX_VALUE) {
                    continue;
                }
            }
            String l = line;
            if (l.startsWith(".") && !broken(Break.NO_DOT_STUFFING)) {
                l = "." + l;
            }
            if (broken(Break.LONG_LINES_FOLDED) && l.length() > 500) {
                l = l.substring(0, 500) + "\r\n " + l.substring(500);
            }
            byte[] b = l.getBytes(StandardCharsets.ISO_8859_1);
            if (broken(Break.HIGH_BIT_STRIPPED)) {
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) (b[i] & 0x7f);
                }
            }
            out.writeBytes(b);
            out.writeBytes(new byte[] {'\r', '\n'});
        }
        if (!broken(Break.NO_TERMINATOR) || bodyLines != Integer.MAX_VALUE) {
            out.writeBytes(".\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        s.send(out.toByteArray());
    }
}
