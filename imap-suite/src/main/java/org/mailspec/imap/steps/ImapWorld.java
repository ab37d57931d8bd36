package org.mailspec.imap.steps;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailspec.fixture.TestMessage;
import org.mailspec.fixture.TestMessages;
import org.mailspec.imap.Command;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.ImapClient;
import org.mailspec.imap.ImapProtocolViolation;
import org.mailspec.imap.LiteralMode;
import org.mailspec.imap.PendingCommand;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.ContinuationRequest;
import org.mailspec.imap.steps.support.CommandTemplate;
import org.mailspec.imap.steps.support.MailboxName;
import org.mailspec.imap.steps.support.Value;
import org.mailspec.imap.steps.support.WireTokens;
import org.mailspec.run.HarnessError;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.Skip;
import org.mailspec.run.SuiteContext;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.Settings;
import org.mailspec.settings.TlsMode;
import org.mailspec.target.Target;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.ConnectionClosedException;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.Transcript;
import org.mailspec.wire.WireException;

/**
 * The state one scenario's steps share (picocontainer makes a fresh one per scenario): the
 * named clients on one transcript, the hidden setup session, the mailbox aliases, what was
 * seeded, and what the last command brought. Steps never open sockets: they ask the world,
 * which asks the core clients.
 */
public final class ImapWorld {

    private static final AtomicInteger SCENARIOS = new AtomicInteger();
    private static final Pattern SELECTS = Pattern.compile("^\\s*(SELECT|EXAMINE)\\b(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALIAS = Pattern.compile("\\$([A-Za-z][A-Za-z0-9]*)");

    private final SuiteContext context;
    private final Settings settings;
    private final String runId;
    private final Transcript transcript = new Transcript();
    private final List<GrammarCheck.Finding> grammar = GrammarCheck.newList();
    private final Map<String, Session> clients = new LinkedHashMap<>();
    private final Map<String, MailboxName> aliases = new LinkedHashMap<>();
    private final Map<String, List<Seeded>> seeded = new HashMap<>();
    private final Map<String, TestMessage> placeholderFixtures = new HashMap<>();
    private final Map<String, List<Long>> uidValidity = new HashMap<>();
    private final Map<String, Long> uidNext = new HashMap<>();
    private final Map<String, long[]> retired = new HashMap<>();
    private final String prefix;
    private Session setup;
    private org.mailspec.fixture.Fixtures fixtures;
    private String delimiter;
    private Observation last;
    private Pipeline pipeline;
    private int plainCounter;

    /** The world of one scenario of a suite run (step unit tests give a ScriptedServer's target). */
    public ImapWorld(SuiteContext context) {
        this.context = context;
        this.settings = context.settings();
        this.runId = context.runId();
        this.prefix = "mailspec-" + runId.replaceAll("[^A-Za-z0-9]", "") + "-" + SCENARIOS.incrementAndGet() + "-";
    }

    // ---------------------------------------------------------------- target and clients

    Target target() {
        return context.target();
    }

    Settings settings() {
        return settings;
    }

    String runId() {
        return runId;
    }

    Duration timeout() {
        return target().timeout();
    }

    public Transcript transcript() {
        return transcript;
    }

    Account account(int which) {
        List<Account> accounts = target().accounts();
        if (accounts.size() < which) {
            throw Skip.because("the target has " + accounts.size() + " account(s); this scenario needs " + which);
        }
        return accounts.get(which - 1);
    }

    /** The client of that name ({@code the client} is {@code A}), created on first mention. */
    Session session(String name) {
        return clients.computeIfAbsent(name, Session::new);
    }

    Optional<Session> existing(String name) {
        return Optional.ofNullable(clients.get(name));
    }

    List<Session> sessions() {
        return List.copyOf(clients.values());
    }

    ClientOptions options(String name) {
        return org.mailspec.target.Sessions.options(target(), transcript).withName(name);
    }

    /** Opens the session's connection and reads the greeting (a precondition: failures are ERRORs). */
    void connect(Session s, Session.Reach reach) {
        if (s.client != null) {
            s.client.close();
        }
        Target t = target();
        Endpoint configured = t.imap();
        Endpoint endpoint = switch (reach) {
            case CONFIGURED -> configured;
            case PLAIN -> {
                if (configured.tls() == TlsMode.IMPLICIT) {
                    throw Skip.because("the target has no plain IMAP port (imap.tls=implicit)");
                }
                yield configured.plain();
            }
            case IMPLICIT -> t.imaps().or(() -> configured.tls() == TlsMode.IMPLICIT ? Optional.of(configured)
                    : Optional.empty()).orElseThrow(() -> Skip.because("the target has no implicit TLS port (imaps.port)"));
        };
        try {
            s.client = s.name.equals("setup")
                    ? ImapClient.connect(endpoint, options(s.name))
                    : ImapClient.connect(endpoint, options(s.name), new GrammarCheck(s.name, grammar));
            s.loggedIn = false;
            s.selected = Optional.empty();
            s.utf8Accepted = false;
            s.open = null;
            s.capabilityLists.clear();
            if (reach == Session.Reach.CONFIGURED && endpoint.tls() == TlsMode.STARTTLS) {
                var r = s.client.startTls();
                if (!r.result().ok() || r.upgrade().isEmpty()) {
                    throw new HarnessError("precondition: STARTTLS on " + endpoint + " was answered "
                            + Ascii.escape(r.result().tagged().raw()));
                }
            }
        } catch (ImapProtocolViolation v) {
            throw syntax(v, s);
        } catch (WireException e) {
            throw new HarnessError("precondition: could not connect " + s.name + " to " + endpoint + ": " + e.getMessage());
        }
    }

    /** Logs the session in with an account (a precondition: anything but OK is an ERROR). */
    void login(Session s, int which) {
        if (s.client == null) {
            connect(s, Session.Reach.CONFIGURED);
        }
        Account a = account(which);
        try {
            CommandResult r;
            if (s.client.hasCapability("LOGINDISABLED")) {
                r = s.client.authenticatePlain(a, s.client.hasCapability("SASL-IR"));
            } else {
                r = s.client.login(a);
            }
            if (!r.ok()) {
                throw new HarnessError("precondition: logging in as " + a.user() + " was answered "
                        + Ascii.escape(r.tagged().raw()));
            }
            s.loggedIn = true;
        } catch (ImapProtocolViolation v) {
            throw syntax(v, s);
        } catch (WireException e) {
            throw new HarnessError("precondition: logging in " + s.name + ": " + e.getMessage());
        }
    }

    /** The lead's fixture helper: INBOX seeding with clean-up of the run's own mail, the destructive guard. */
    org.mailspec.fixture.Fixtures fixtures() {
        if (fixtures == null) {
            fixtures = new org.mailspec.fixture.Fixtures(target(), runId);
        }
        return fixtures;
    }

    /** The hidden session that seeds and checks from the side; never judged. */
    Session setup() {
        if (setup == null || setup.client == null || !setup.client.connection().isOpen()) {
            setup = new Session("setup");
            connect(setup, Session.Reach.CONFIGURED);
            login(setup, 1);
        }
        return setup;
    }

    /** Runs a command on the setup session and returns its result (a precondition or a side check). */
    CommandResult side(Command command) {
        Session s = setup();
        try {
            return s.client.execute(command);
        } catch (ImapProtocolViolation v) {
            throw syntax(v, s);
        } catch (WireException e) {
            throw new HarnessError("the setup session could not run " + command.describe() + ": " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------- aliases

    /** Declares (or returns) an alias: a name unique to the run and the scenario. */
    MailboxName declare(String alias) {
        if (alias.equalsIgnoreCase("INBOX")) {
            return new MailboxName("INBOX");
        }
        return aliases.computeIfAbsent(strip(alias), a -> new MailboxName(prefix + a));
    }

    /** Declares an alias whose name is the unique prefix followed by the given text. */
    MailboxName declareNamed(String alias, String suffix) {
        MailboxName n = new MailboxName(prefix + suffix);
        aliases.put(strip(alias), n);
        return n;
    }

    /** Declares a child alias under a parent, with the server's delimiter. */
    MailboxName declareChild(String child, String parent) {
        MailboxName p = mailbox(parent);
        String d = delimiter();
        if (d.isEmpty()) {
            throw Skip.because("the server's mailbox names are flat (LIST \"\" \"\" gave the delimiter NIL)");
        }
        MailboxName c = new MailboxName(p.unicode() + d + strip(child));
        aliases.put(strip(child), c);
        return c;
    }

    /** The mailbox an alias (or INBOX) names; an undeclared alias is a harness defect. */
    MailboxName mailbox(String alias) {
        if (alias.equalsIgnoreCase("INBOX")) {
            return new MailboxName("INBOX");
        }
        MailboxName n = aliases.get(strip(alias));
        if (n == null) {
            throw new HarnessError("harness defect: the alias " + alias + " is used before a Given declares it");
        }
        return n;
    }

    /** For step tests: an alias with exactly this name. */
    void aliasForTest(String alias, String name) {
        aliases.put(strip(alias), new MailboxName(name));
    }

    /** For step tests: messages recorded as seeded without APPEND. */
    void seededForTest(String alias, List<Seeded> list) {
        seeded.put(key(mailbox(alias)), new ArrayList<>(list));
    }

    Optional<MailboxName> alias(String name) {
        return Optional.ofNullable(aliases.get(strip(name)));
    }

    private static String strip(String alias) {
        return alias.startsWith("$") ? alias.substring(1) : alias;
    }

    /** The server's hierarchy delimiter from {@code LIST "" ""}; empty for NIL. */
    String delimiter() {
        if (delimiter == null) {
            CommandResult r = side(Command.of("LIST").raw("\"\" \"\""));
            delimiter = "";
            for (Received u : r.untagged()) {
                List<Value> v = WireTokens.untagged(u.raw());
                if (WireTokens.kind(v).equals("LIST") && v.size() >= 3) {
                    delimiter = v.get(2) instanceof Value.Str s ? s.utf8() : "";
                    break;
                }
            }
        }
        return delimiter;
    }

    // ---------------------------------------------------------------- fixtures and seeding

    /** A fresh fixture message for seeding (plain messages are numbered). */
    TestMessage newFixture(String name) {
        return switch (name) {
            case "plain" -> TestMessages.plain(runId, ++plainCounter);
            case "multipart" -> TestMessages.multipart(runId);
            case "nested" -> TestMessages.nestedRfc822(runId);
            case "8bit", "long-lines" -> TestMessages.eightBitLongLines(runId);
            default -> throw new HarnessError("harness defect: no fixture named " + name);
        };
    }

    /** The fixture a {@code <message:X>} placeholder stands for: the same octets for every use in the scenario. */
    TestMessage placeholderFixture(String name) {
        return placeholderFixtures.computeIfAbsent(canonicalFixture(name), n -> newFixture(name));
    }

    static String canonicalFixture(String name) {
        return name.equals("long-lines") ? "8bit" : name;
    }

    /** Appends messages to a mailbox from the setup session, creating it if needed, and records UIDs. */
    void seed(String alias, List<SeedMessage> toAppend) {
        List<SeedMessage> messages = toAppend;
        MailboxName box = alias.equalsIgnoreCase("INBOX") ? new MailboxName("INBOX") : declare(alias);
        ensureExists(box);
        if (box.unicode().equals("INBOX")) {
            for (SeedMessage m : messages) {
                try {
                    fixtures().append(account(1), "INBOX", new TestMessage(m.fixture(), "", m.octets()),
                            m.flags().isBlank() ? List.of() : List.of(m.flags().trim().split("\\s+")),
                            Optional.ofNullable(m.internalDate()));
                } catch (WireException | RuntimeException e) {
                    throw new HarnessError("precondition: APPEND to INBOX: " + e.getMessage());
                }
            }
            messages = List.of();
        }
        for (SeedMessage m : messages) {
            Command c = Command.of("APPEND").raw(box.quoted(false));
            if (!m.flags().isBlank()) {
                c = c.raw("(" + m.flags().trim() + ")");
            }
            if (m.internalDate() != null) {
                c = c.raw("\"" + m.internalDate() + "\"");
            }
            c = c.literal(m.octets(), LiteralMode.SYNC);
            CommandResult r = side(c);
            if (!r.ok()) {
                throw new HarnessError("precondition: APPEND to " + box.unicode() + " was answered " + Ascii.escape(r.tagged().raw()));
            }
        }
        // INBOX may hold mail that is not the scenario's: its sequence numbers are not ours to map
        List<Long> uids = box.unicode().equals("INBOX") ? List.of() : refreshUids(box);
        List<Seeded> list = seeded.computeIfAbsent(key(box), k -> new ArrayList<>());
        int first = list.size();
        for (int i = 0; i < toAppend.size(); i++) {
            int index = first + i;
            long uid = index < uids.size() ? uids.get(index) : -1;
            list.add(new Seeded(toAppend.get(i).fixture(), toAppend.get(i).octets(), uid));
        }
        // messages seeded earlier keep their UIDs; later ones take theirs from the refresh
        for (int i = 0; i < list.size() && i < uids.size(); i++) {
            Seeded s = list.get(i);
            if (s.uid() != uids.get(i)) {
                list.set(i, new Seeded(s.fixture(), s.octets(), uids.get(i)));
            }
        }
    }

    /** A message to seed: fixture name, octets, flags (space-separated), INTERNALDATE or null. */
    record SeedMessage(String fixture, byte[] octets, String flags, String internalDate) {
    }

    void ensureExists(MailboxName box) {
        if (box.unicode().equals("INBOX") || listed(box).isPresent()) {
            return;
        }
        CommandResult r = side(Command.of("CREATE").raw(box.quoted(false)));
        if (!r.ok()) {
            throw new HarnessError("precondition: CREATE " + box.unicode() + " was answered " + Ascii.escape(r.tagged().raw()));
        }
    }

    /** EXAMINEs the mailbox on the setup session, records UIDVALIDITY and UIDNEXT, and returns the UIDs in order. */
    List<Long> refreshUids(MailboxName box) {
        CommandResult ex = side(Command.of("EXAMINE").raw(box.quoted(false)));
        if (!ex.ok()) {
            throw new HarnessError("precondition: EXAMINE " + box.unicode() + " was answered " + Ascii.escape(ex.tagged().raw()));
        }
        long exists = 0;
        for (Received u : ex.untagged()) {
            List<Value> v = WireTokens.untagged(u.raw());
            recordCodes(box, v);
            if (WireTokens.kind(v).equals("EXISTS") && v.get(0) instanceof Value.Num n) {
                exists = n.value();
            }
        }
        List<Long> uids = new ArrayList<>();
        if (exists > 0) {
            CommandResult f = side(Command.of("FETCH").raw("1:* (UID)"));
            Map<Long, Long> bySeq = new java.util.TreeMap<>();
            for (Received u : f.untagged()) {
                List<Value> v = WireTokens.untagged(u.raw());
                org.mailspec.imap.steps.support.FetchData d = new org.mailspec.imap.steps.support.FetchData();
                d.add(v);
                for (long seq : d.messages()) {
                    d.uid(seq).ifPresent(uid -> bySeq.put(seq, uid));
                }
            }
            uids.addAll(bySeq.values());
        }
        side(Command.of("CLOSE"));
        return uids;
    }

    List<Seeded> seededIn(String aliasOrInbox) {
        return seeded.getOrDefault(key(mailbox(aliasOrInbox)), List.of());
    }

    private static String key(MailboxName n) {
        return n.unicode().equalsIgnoreCase("INBOX") ? "INBOX" : n.unicode();
    }

    /** The UID of message n of the mailbox the client has selected, as recorded when it was seeded. */
    long uidOf(Session s, int n) {
        String alias = s.selected.orElseThrow(() -> new HarnessError(
                "harness defect: <uid:" + n + "> needs a selected mailbox on client " + s.name));
        List<Seeded> list = seededIn(alias);
        if (n < 1 || n > list.size() || list.get(n - 1).uid() < 0) {
            throw new HarnessError("harness defect: no recorded UID for message " + n + " of " + alias);
        }
        return list.get(n - 1).uid();
    }

    /** The octets expected for "the X message" as message n of the session's selected mailbox. */
    byte[] expectedOctets(Session s, int n, String fixture) {
        Optional<String> alias = s.selected;
        if (alias.isPresent()) {
            List<Seeded> list = seededIn(alias.get());
            if (n >= 1 && n <= list.size()
                    && canonicalFixture(list.get(n - 1).fixture()).equals(canonicalFixture(fixture))) {
                return list.get(n - 1).octets();
            }
        }
        return placeholderFixture(fixture).bytes();
    }

    // ---------------------------------------------------------------- side checks

    /** The LIST response for the mailbox from the setup session (tokens), when listed and not \NonExistent. */
    Optional<List<Value>> listed(MailboxName box) {
        CommandResult r = side(Command.of("LIST").raw("\"\"").raw(box.quoted(false)));
        for (Received u : r.untagged()) {
            List<Value> v = WireTokens.untagged(u.raw());
            if (WireTokens.kind(v).equals("LIST") && v.size() >= 4 && box.matches(v.get(3))) {
                boolean nonExistent = v.get(1) instanceof Value.ListV attrs && attrs.items().stream()
                        .anyMatch(a -> "\\NONEXISTENT".equalsIgnoreCase(Value.text(a)));
                if (!nonExistent) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    /** STATUS (MESSAGES) from the setup session; the whole result for the violation message. */
    CommandResult status(MailboxName box, String items) {
        return side(Command.of("STATUS").raw(box.quoted(false)).raw("(" + items + ")"));
    }

    /** FETCH n FLAGS in an EXAMINEd mailbox from the setup session. */
    CommandResult sideFlags(MailboxName box, int n) {
        CommandResult ex = side(Command.of("EXAMINE").raw(box.quoted(false)));
        if (!ex.ok()) {
            return ex;
        }
        CommandResult f = side(Command.of("FETCH").raw(n + " (FLAGS)"));
        side(Command.of("CLOSE"));
        return f;
    }

    // ---------------------------------------------------------------- commands

    CommandTemplate.Placeholders placeholders(Session s) {
        return new CommandTemplate.Placeholders() {
            @Override
            public Optional<MailboxName> alias(String name) {
                return ImapWorld.this.alias(name);
            }

            @Override
            public boolean utf8Accepted() {
                return s.utf8Accepted;
            }

            @Override
            public String delimiter() {
                return ImapWorld.this.delimiter();
            }

            @Override
            public String[] account(int which) {
                Account a = ImapWorld.this.account(which);
                return new String[] {a.user(), a.password()};
            }

            @Override
            public String wrongPassword() {
                return "mailspec-wrong-" + Integer.toHexString(runId.hashCode());
            }

            @Override
            public byte[] fixture(String name) {
                return placeholderFixture(name).bytes();
            }

            @Override
            public long uid(int sequenceNumber) {
                return uidOf(s, sequenceNumber);
            }
        };
    }

    /** A command object for the wire from an expanded template. */
    static Command toCommand(List<CommandTemplate.Segment> segments) {
        if (segments.isEmpty() || !(segments.get(0) instanceof CommandTemplate.Text first)) {
            throw new HarnessError("harness defect: a command must start with its name");
        }
        String text = first.text();
        int sp = text.indexOf(' ');
        String name = sp < 0 ? text : text.substring(0, sp);
        Command c = Command.of(name);
        if (sp >= 0 && !text.substring(sp + 1).isBlank()) {
            c = c.raw(text.substring(sp + 1).strip());
        }
        for (int i = 1; i < segments.size(); i++) {
            if (segments.get(i) instanceof CommandTemplate.Literal l) {
                c = c.literal(l.octets(), l.nonSynchronizing() ? LiteralMode.NON_SYNC : LiteralMode.SYNC);
            } else if (segments.get(i) instanceof CommandTemplate.Text t && !t.text().isBlank()) {
                c = c.raw(t.text().strip());
            }
        }
        return c;
    }

    /** Sends a command (placeholders expanded) without waiting for anything after the command itself. */
    Observation send(Session s, String template) {
        requireConnected(s);
        List<CommandTemplate.Segment> segments = CommandTemplate.expand(template, placeholders(s));
        Command command = toCommand(segments);
        try {
            if (segments.stream().anyMatch(g -> g instanceof CommandTemplate.Literal l && l.nonSynchronizing())) {
                s.client.capabilities();
            }
            PendingCommand p = s.client.send(command);
            Observation o = new Observation(s, template, p);
            noteSelection(s, template);
            return o;
        } catch (ImapProtocolViolation v) {
            throw syntax(v, s);
        } catch (WireException e) {
            Observation o = new Observation(s, template, null);
            o.failure = e;
            throw new HarnessError("could not send " + command.describe() + " on " + s.connection() + ": " + e.getMessage());
        }
    }

    /** Sends a command and waits for its completion, or a continuation request, or a close. */
    Observation execute(Session s, String template) {
        if (template.trim().equalsIgnoreCase("STARTTLS")) {
            return startTls(s);
        }
        Observation o = send(s, template);
        await(o);
        return o;
    }

    /** Reads until the command completes or the server asks for a continuation. */
    void await(Observation o) {
        Session s = o.session;
        o.continuation = null;
        try {
            long after = Math.max(o.pending.sentSequence(), o.everContinued ? lastSequence(s) : 0);
            while (!o.pending.isDone()) {
                Received r = s.client.readResponse(timeout());
                if (r.response() instanceof ContinuationRequest && r.sequence() > after && !o.pending.isDone()) {
                    o.continuation = r;
                    o.everContinued = true;
                    s.open = o;
                    finish(o);
                    return;
                }
            }
            o.result = o.pending.result().orElseThrow();
            if (s.open == o) {
                s.open = null;
            }
        } catch (ConnectionClosedException | ReadTimeoutException e) {
            o.failure = e;
        } catch (ImapProtocolViolation v) {
            throw syntax(v, s);
        } catch (WireException e) {
            o.failure = e;
        }
        finish(o);
    }

    private long lastSequence(Session s) {
        List<Received> all = s.client.responses();
        return all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
    }

    /** Sends a continuation line for the session's open command and waits again. */
    Observation answerContinuation(Session s, String line) {
        Observation o = s.open;
        if (o == null) {
            throw new HarnessError("harness defect: client " + s.name + " has no command waiting for a continuation");
        }
        String expanded = ((CommandTemplate.Text) CommandTemplate.expand(line, placeholders(s)).stream()
                .filter(g -> g instanceof CommandTemplate.Text).findFirst().orElse(new CommandTemplate.Text(""))).text();
        try {
            s.client.connection().write((expanded + "\r\n").getBytes(StandardCharsets.UTF_8), "a continuation line");
        } catch (WireException e) {
            o.failure = e;
            finish(o);
            return o;
        }
        await(o);
        return o;
    }

    /** STARTTLS: the command, and on OK the TLS negotiation at once (its outcome recorded, not thrown). */
    Observation startTls(Session s) {
        Observation o = send(s, "STARTTLS");
        await(o);
        if (o.result != null && o.result.ok()) {
            s.tlsAttempted = true;
            try {
                s.tls = Optional.of(s.client.connection().startTls());
                s.tlsFailure = Optional.empty();
            } catch (WireException | RuntimeException e) {
                s.tlsFailure = Optional.of(e);
            }
        }
        return o;
    }

    /** Writes several commands back to back, then reads until each is completed. */
    Pipeline pipeline(Session s, List<String> templates) {
        requireConnected(s);
        List<Observation> sent = new ArrayList<>();
        for (String t : templates) {
            sent.add(send(s, t));
        }
        for (Observation o : sent) {
            try {
                o.result = s.client.await(o.pending);
            } catch (ConnectionClosedException | ReadTimeoutException e) {
                o.failure = e;
                break;
            } catch (ImapProtocolViolation v) {
                throw syntax(v, s);
            } catch (WireException e) {
                o.failure = e;
                break;
            }
            finish(o);
        }
        pipeline = new Pipeline(s, sent);
        last = sent.get(sent.size() - 1);
        return pipeline;
    }

    private void requireConnected(Session s) {
        if (s.client == null) {
            throw new HarnessError("harness defect: client " + s.name + " is used before a Given connects it");
        }
    }

    private void noteSelection(Session s, String template) {
        Matcher m = SELECTS.matcher(template);
        if (m.matches()) {
            Matcher a = ALIAS.matcher(m.group(2));
            if (a.find()) {
                s.selected = Optional.of(a.group(1));
            } else if (m.group(2).toUpperCase(Locale.ROOT).contains("INBOX")) {
                s.selected = Optional.of("INBOX");
            } else {
                s.selected = Optional.empty();
            }
        }
    }

    /** Records what an observation taught: capabilities, UIDVALIDITY/UIDNEXT, selection, retirement. */
    private void finish(Observation o) {
        last = o;
        Session s = o.session;
        String verb = o.template.trim().split("\\s+")[0].toUpperCase(Locale.ROOT);
        Optional<MailboxName> selectedBox = s.selected.map(this::mailbox);
        for (Received r : o.untagged()) {
            List<Value> v;
            try {
                v = WireTokens.untagged(r.raw());
            } catch (IllegalArgumentException e) {
                continue;
            }
            String kind = WireTokens.kind(v);
            if (kind.equals("CAPABILITY")) {
                s.capabilityLists.add(v.subList(1, v.size()).stream().map(Value::text).toList());
            } else if (kind.equals("STATUS") && v.size() >= 3) {
                for (Map.Entry<String, MailboxName> a : aliases.entrySet()) {
                    if (a.getValue().matches(v.get(1))) {
                        recordStatus(a.getValue(), v.get(2));
                    }
                }
            } else if (kind.equals("ENABLED")) {
                if (v.stream().anyMatch(x -> "UTF8=ACCEPT".equalsIgnoreCase(Value.text(x)))) {
                    s.utf8Accepted = true;
                }
            } else if ((verb.equals("SELECT") || verb.equals("EXAMINE")) && selectedBox.isPresent()) {
                recordCodes(selectedBox.get(), v);
            }
        }
        if (o.result != null) {
            List<Value> tagged = WireTokens.untagged(("* " + new String(o.result.tagged().raw(), StandardCharsets.UTF_8)
                    .substring(o.result.tagged().tag().length() + 1)).getBytes(StandardCharsets.UTF_8));
            if (WireTokens.code(tagged).equals("CAPABILITY") && tagged.get(1) instanceof Value.ListV l) {
                s.capabilityLists.add(l.items().subList(1, l.items().size()).stream().map(Value::text).toList());
            }
            boolean ok = o.result.ok();
            if ((verb.equals("SELECT") || verb.equals("EXAMINE")) && !ok) {
                s.selected = Optional.empty();
            }
            if ((verb.equals("CLOSE") || verb.equals("UNSELECT")) && ok) {
                s.selected = Optional.empty();
            }
            if ((verb.equals("DELETE") || verb.equals("RENAME")) && ok) {
                Matcher a = ALIAS.matcher(o.template);
                if (a.find()) {
                    retire(a.group(1));
                }
            }
            if (verb.equals("LOGIN") || verb.equals("AUTHENTICATE")) {
                s.loggedIn = ok || s.loggedIn;
            }
        }
    }

    private void recordCodes(MailboxName box, List<Value> v) {
        String code = WireTokens.code(v);
        if ((code.equals("UIDVALIDITY") || code.equals("UIDNEXT")) && v.get(1) instanceof Value.ListV l
                && l.items().size() > 1 && l.items().get(1) instanceof Value.Num n) {
            if (code.equals("UIDVALIDITY")) {
                uidValidity.computeIfAbsent(key(box), k -> new ArrayList<>()).add(n.value());
            } else {
                uidNext.put(key(box), n.value());
            }
        }
    }

    private void recordStatus(MailboxName box, Value items) {
        if (items instanceof Value.ListV l) {
            List<Value> v = l.items();
            for (int i = 0; i + 1 < v.size(); i += 2) {
                String name = String.valueOf(Value.text(v.get(i))).toUpperCase(Locale.ROOT);
                if (v.get(i + 1) instanceof Value.Num n) {
                    if (name.equals("UIDVALIDITY")) {
                        uidValidity.computeIfAbsent(key(box), k -> new ArrayList<>()).add(n.value());
                    } else if (name.equals("UIDNEXT")) {
                        uidNext.put(key(box), n.value());
                    }
                }
            }
        }
    }

    /** Before a mailbox name is deleted or renamed away: remember its UIDVALIDITY and highest UID. */
    private void retire(String alias) {
        MailboxName box = aliases.get(alias);
        if (box == null) {
            return;
        }
        List<Seeded> list = seeded.remove(key(box));
        long maxUid = list == null ? 0 : list.stream().mapToLong(Seeded::uid).max().orElse(0);
        List<Long> validities = uidValidity.remove(key(box));
        long validity = validities == null || validities.isEmpty() ? -1 : validities.get(validities.size() - 1);
        retired.put(key(box), new long[] {validity, maxUid});
    }

    Observation last() {
        if (last == null) {
            throw new HarnessError("harness defect: an assertion about the last command before any command was sent");
        }
        return last;
    }

    Optional<Pipeline> pipeline() {
        return Optional.ofNullable(pipeline);
    }

    List<Long> uidValidities(String alias) {
        return uidValidity.getOrDefault(key(mailbox(alias)), List.of());
    }

    Optional<Long> uidNext(String alias) {
        return Optional.ofNullable(uidNext.get(key(mailbox(alias))));
    }

    Optional<long[]> retired(String alias) {
        return Optional.ofNullable(retired.get(key(mailbox(alias))));
    }

    // ---------------------------------------------------------------- verdicts

    /** A rule the server broke, with the judged response marked in the transcript. */
    RuleViolation violation(String rule, String expected, String actual, Session s, Received judged) {
        if (judged != null && judged.entry().isPresent()) {
            transcript.mark(judged.entry().get(), rule);
        } else if (judged != null) {
            transcript.markResponse(judged.connection(), judged.raw(), rule);
        }
        return new RuleViolation(rule, expected, actual, s == null ? "" : s.connection());
    }

    /** A server response that breaks the grammar: a violation of RFC 9051 section 9, with its bytes. */
    RuleViolation syntax(ImapProtocolViolation v, Session s) {
        return new RuleViolation("RFC 9051 9 (formal syntax): every response follows the grammar; this one breaks "
                + v.syntax().rule() + " at offset " + v.syntax().offset(),
                "a response in the RFC 9051 grammar", Ascii.escape(v.syntax().input()), s.connection());
    }

    /** The first response of a judged client that broke the grammar, as a violation; empty when none did. */
    Optional<RuleViolation> grammarViolation() {
        if (grammar.isEmpty()) {
            return Optional.empty();
        }
        GrammarCheck.Finding f = grammar.get(0);
        transcript.markResponse(f.connection(), f.frame(), "breaks the RFC 9051 grammar");
        var d = f.deviations().get(0);
        String more = grammar.size() > 1 ? " (and " + (grammar.size() - 1) + " more response(s))" : "";
        return Optional.of(new RuleViolation("RFC 9051 9 (formal syntax): every response follows the grammar; this one breaks "
                + d.rule() + " at offset " + d.offset() + ": " + d.message() + more,
                "a response in the RFC 9051 grammar", Ascii.escape(f.frame()), f.connection()));
    }

    // ---------------------------------------------------------------- clean-up

    /** Logs out every client and deletes every mailbox under the scenario's unique prefix. */
    void cleanUp() {
        for (Session s : clients.values()) {
            if (s.client != null) {
                s.client.close();
            }
        }
        if (fixtures != null) {
            fixtures.close();
            fixtures.problems().forEach(p -> transcript.event("setup", "clean-up: " + p));
        }
        if (aliases.isEmpty()) {
            if (setup != null && setup.client != null) {
                setup.client.close();
            }
            return;
        }
        try {
            Session su = setup();
            CommandResult r = su.client.execute(Command.of("LIST").raw("\"\"").raw("\"" + prefix + "*\""));
            List<String> names = new ArrayList<>();
            for (Received u : r.untagged()) {
                List<Value> v = WireTokens.untagged(u.raw());
                if (WireTokens.kind(v).equals("LIST") && v.size() >= 4 && Value.text(v.get(3)) != null) {
                    names.add(Value.text(v.get(3)));
                }
            }
            for (MailboxName n : aliases.values()) {
                names.add(n.wire(false));
            }
            names = names.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
            for (String n : names) {
                if (!n.startsWith(prefix)) {
                    continue;
                }
                String q = "\"" + n.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                su.client.execute(Command.of("UNSUBSCRIBE").raw(q));
                su.client.execute(Command.of("DELETE").raw(q));
            }
            su.client.logout();
        } catch (WireException | RuntimeException e) {
            transcript.event("setup", "clean-up incomplete: " + e.getMessage());
        } finally {
            if (setup != null && setup.client != null) {
                setup.client.close();
            }
        }
    }
}
