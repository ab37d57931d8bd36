package org.mailspec.imap.steps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.mailspec.fixture.Delivered;
import org.mailspec.fixture.Fixtures;
import org.mailspec.fixture.InboxDelivery;
import org.mailspec.fixture.TestMessage;
import org.mailspec.fixture.TestMessages;
import org.mailspec.imap.Command;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.LiteralMode;
import org.mailspec.imap.response.Exists;
import org.mailspec.imap.response.FetchData;
import org.mailspec.imap.response.ResponseCode;
import org.mailspec.imap.response.UntaggedStatus;
import org.mailspec.run.HarnessError;
import org.mailspec.run.SuiteContext;
import org.mailspec.text.Ascii;
import org.mailspec.wire.WireException;

/**
 * The messages a scenario owns: fresh fixtures from the corpus, seeding them into a mailbox from
 * the setup session (INBOX through core's {@link Fixtures}, which removes only the run's mail),
 * and what was recorded of each: its octets and the UID it got. Assertions about UIDs and "the
 * X message" compare against these records.
 */
public final class Seeds {

    /** A message to seed: fixture name, octets, flags (space-separated), INTERNALDATE or null. */
    record SeedMessage(String fixture, byte[] octets, String flags, String internalDate) {
    }

    private final SuiteContext context;
    private final Side side;
    private final Mailboxes mailboxes;
    private final MailboxUids uids;
    private final Map<String, List<Seeded>> seeded = new HashMap<>();
    private final Map<String, TestMessage> placeholderFixtures = new HashMap<>();
    private final Set<String> paths = new LinkedHashSet<>();
    private Fixtures fixtures;
    private InboxDelivery inboxDelivery;
    private int plainCounter;
    private boolean uidsApart = true;

    public Seeds(SuiteContext context, Side side, Mailboxes mailboxes, MailboxUids uids) {
        this.context = context;
        this.side = side;
        this.mailboxes = mailboxes;
        this.uids = uids;
    }

    // ---------------------------------------------------------------- fixtures

    /** A fresh fixture message for seeding (plain messages are numbered). */
    TestMessage newFixture(String name) {
        String run = context.runId();
        return switch (name) {
            case "plain" -> TestMessages.plain(run, ++plainCounter);
            case "multipart" -> TestMessages.multipart(run);
            case "nested" -> TestMessages.nestedRfc822(run);
            case "8bit", "long-lines" -> TestMessages.eightBitLongLines(run);
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

    /** Core's fixture helper: INBOX seeding with clean-up of the run's own mail, the destructive guard. */
    Fixtures fixtures() {
        if (fixtures == null) {
            fixtures = new Fixtures(context.target(), context.runId());
        }
        return fixtures;
    }

    // ---------------------------------------------------------------- seeding

    /**
     * Appends the messages to the mailbox (creating it if needed) and records each one's octets and
     * UID, read back from the setup session in sequence order: a UID is never assumed from a
     * sequence number. A mailbox created here first gets its UIDs apart from its sequence numbers
     * ({@link UidsApart}: messages appended and expunged), the fixture option every UID-judging
     * scenario relies on; so every UID assertion compares against what was recorded here, and a
     * server that answers with sequence numbers cannot pass by chance.
     */
    void seed(String aliasOrInbox, List<SeedMessage> messages) {
        String box = mailboxes.declare(aliasOrInbox);
        if (mailboxes.ensureExists(box) && uidsApart) {
            UidsApart.apply(side, box, context.runId());
        }
        List<Delivered> how = new ArrayList<>();
        if (box.equals(Mailboxes.INBOX)) {
            messages.forEach(m -> how.add(toInbox(m)));
        } else {
            messages.forEach(m -> {
                append(box, m);
                how.add(null);
            });
            paths.add(InboxDelivery.Path.APPEND.key());
        }
        // INBOX may hold mail that is not the scenario's: its sequence numbers are not ours to map
        List<Long> assigned = box.equals(Mailboxes.INBOX) ? List.of() : refreshUids(box);
        List<Seeded> list = seeded.computeIfAbsent(box, k -> new ArrayList<>());
        int first = list.size();
        for (int i = 0; i < messages.size(); i++) {
            int index = first + i;
            long uid = index < assigned.size() ? assigned.get(index) : -1;
            Delivered d = how.get(i);
            list.add(d == null ? new Seeded(messages.get(i).fixture(), messages.get(i).octets(), uid)
                    : new Seeded(messages.get(i).fixture(), messages.get(i).octets(), uid, d.path(), d.trace()));
        }
        // messages seeded earlier keep their place; each takes its UID from the refresh
        for (int i = 0; i < list.size() && i < assigned.size(); i++) {
            Seeded s = list.get(i);
            if (s.uid() != assigned.get(i)) {
                list.set(i, s.withUid(assigned.get(i)));
            }
        }
    }

    /** How INBOX fixtures travel in this run: the {@code delivery} setting ({@link InboxDelivery#forTarget}). */
    InboxDelivery inboxDelivery() {
        if (inboxDelivery == null) {
            inboxDelivery = InboxDelivery.forTarget(context.target(), context.settings());
        }
        return inboxDelivery;
    }

    /**
     * An INBOX fixture by the run's delivery path; by APPEND when it carries flags or an INTERNALDATE
     * (SMTP and LMTP cannot set them), said in the transcript.
     */
    private Delivered toInbox(SeedMessage m) {
        InboxDelivery d = inboxDelivery();
        if (d.path() == InboxDelivery.Path.APPEND) {
            appendToInbox(m);
            paths.add(InboxDelivery.Path.APPEND.key());
            return Delivered.appended(new TestMessage(m.fixture(), "", m.octets()));
        }
        if (!m.flags().isBlank() || m.internalDate() != null) {
            side.transcript().event(Side.NAME, "delivery: the " + m.fixture() + " message carries flags or an INTERNALDATE, "
                    + "which " + d.path().label() + " cannot set: it goes by IMAP APPEND");
            appendToInbox(m);
            paths.add(InboxDelivery.Path.APPEND.key());
            return Delivered.appended(new TestMessage(m.fixture(), "", m.octets()));
        }
        return transfer(m.fixture(), m.octets(), d);
    }

    /**
     * A scenario's own delivery: hands the message to the server by {@code how} for the first user's
     * INBOX and records it there (UID unknown); the scenario's steps read and judge what was stored.
     */
    void deliver(String fixture, byte[] octets, InboxDelivery how) {
        try {
            org.mailspec.delivery.Delivery d = fixtures().handOver(side.account(1),
                    new TestMessage(fixture, messageId(octets), octets), how, side.transferOptions(how.path().key()));
            side.transcript().event(Side.NAME, "delivery: the " + fixture + " message handed over: " + d.outcome());
        } catch (WireException | RuntimeException e) {
            throw new HarnessError("precondition: delivering the " + fixture + " message by " + how.path().label() + ": "
                    + e.getMessage());
        }
        paths.add(how.path().key());
        // what the server stored, trace fields and all, is for the scenario's own steps to read and judge
        seeded.computeIfAbsent(Mailboxes.INBOX, k -> new ArrayList<>())
                .add(new Seeded(fixture, octets, -1, how.path(), List.of()));
    }

    private Delivered transfer(String fixture, byte[] octets, InboxDelivery how) {
        TestMessage message = new TestMessage(fixture, messageId(octets), octets);
        Delivered d;
        try {
            d = fixtures().deliver(side.account(1), message, how, side.transferOptions(how.path().key()));
        } catch (WireException | RuntimeException e) {
            throw new HarnessError("precondition: delivering the " + fixture + " message by " + how.path().label() + ": "
                    + e.getMessage());
        }
        paths.add(how.path().key());
        side.transcript().event(Side.NAME, "delivery: " + d.describe());
        return d;
    }

    /** The Message-ID field value of a fixture's header, {@code ""} when it has none. */
    static String messageId(byte[] octets) {
        for (String line : new String(octets, java.nio.charset.StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.isEmpty()) {
                break;
            }
            if (line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                return line.substring(11).trim();
            }
        }
        return "";
    }

    /** The paths the scenario's fixtures travelled, in the order first used, joined by {@code +}; "" when none. */
    String deliveryPaths() {
        return String.join("+", paths);
    }

    private void append(String box, SeedMessage m) {
        Command c = Command.of("APPEND").raw(Mailboxes.quoted(box));
        if (!m.flags().isBlank()) {
            c = c.raw("(" + m.flags().trim() + ")");
        }
        if (m.internalDate() != null) {
            c = c.raw("\"" + m.internalDate() + "\"");
        }
        CommandResult r = side.run(c.literal(m.octets(), LiteralMode.SYNC));
        if (!r.ok()) {
            throw new HarnessError("precondition: APPEND to " + box + " was answered " + Ascii.escape(r.tagged().raw()));
        }
    }

    private void appendToInbox(SeedMessage m) {
        try {
            fixtures().append(side.account(1), Mailboxes.INBOX, new TestMessage(m.fixture(), "", m.octets()),
                    m.flags().isBlank() ? List.of() : List.of(m.flags().trim().split("\\s+")),
                    Optional.ofNullable(m.internalDate()));
        } catch (WireException | RuntimeException e) {
            throw new HarnessError("precondition: APPEND to INBOX: " + e.getMessage());
        }
    }

    /** EXAMINEs the mailbox from the setup session (its UIDVALIDITY and UIDNEXT learnt) and returns its UIDs in order. */
    private List<Long> refreshUids(String box) {
        return examine(box, true).uids();
    }

    /** What the setup session sees of a mailbox: its UIDVALIDITY and its messages' UIDs in sequence order. */
    record Examined(Optional<Long> uidValidity, List<Long> uids) {
    }

    /**
     * EXAMINEs the mailbox from the setup session (read-only: no flag or \Recent changes), FETCHes
     * every UID, then leaves it ({@link Side#deselect}); with {@code learn} its UIDVALIDITY and UIDNEXT go into the scenario's
     * records (seeding), without (an assertion reading from the side) they do not.
     */
    Examined examine(String box, boolean learn) {
        CommandResult ex = side.run(Command.of("EXAMINE").raw(Mailboxes.quoted(box)));
        if (!ex.ok()) {
            throw new HarnessError("precondition: EXAMINE " + box + " was answered " + Ascii.escape(ex.tagged().raw()));
        }
        Optional<Long> validity = Optional.empty();
        for (UntaggedStatus s : ex.ofType(UntaggedStatus.class)) {
            if (s.text().code().isPresent()) {
                ResponseCode code = s.text().code().get();
                if (learn) {
                    uids.learn(box, code);
                }
                if (code instanceof ResponseCode.UidValidity v) {
                    validity = Optional.of(v.uidValidity());
                }
            }
        }
        long exists = ex.ofType(Exists.class).stream().mapToLong(Exists::count).reduce((a, b) -> b).orElse(0);
        List<Long> out = new ArrayList<>();
        if (exists > 0) {
            Map<Long, Long> bySeq = new TreeMap<>();
            for (FetchData f : side.run(Command.of("FETCH").raw("1:* (UID)")).ofType(FetchData.class)) {
                f.uid().ifPresent(uid -> bySeq.put(f.seq(), uid));
            }
            out.addAll(bySeq.values());
        }
        side.deselect();
        return new Examined(validity, out);
    }

    // ---------------------------------------------------------------- records

    /** The messages seeded in the mailbox, in sequence order. */
    List<Seeded> seededIn(String mailbox) {
        return List.copyOf(seeded.getOrDefault(mailbox, List.of()));
    }

    /** The UID recorded for message n of the mailbox. */
    long uid(String mailbox, int n) {
        List<Seeded> list = seededIn(mailbox);
        if (n < 1 || n > list.size() || list.get(n - 1).uid() < 0) {
            throw new HarnessError("harness defect: no recorded UID for message " + n + " of " + mailbox);
        }
        return list.get(n - 1).uid();
    }

    /**
     * The octets "the X message" stands for as message n of the mailbox: the seeded message's when
     * it is one of fixture X, else the octets of {@code <message:X>} in this scenario.
     */
    byte[] expectedOctets(Optional<String> mailbox, int n, String fixture) {
        if (mailbox.isPresent()) {
            List<Seeded> list = seededIn(mailbox.get());
            if (n >= 1 && n <= list.size()
                    && canonicalFixture(list.get(n - 1).fixture()).equals(canonicalFixture(fixture))) {
                return list.get(n - 1).octets();
            }
        }
        return placeholderFixture(fixture).bytes();
    }

    /**
     * The record of message n of the mailbox when it is one of fixture X and the server added trace
     * header fields before it (it was delivered by SMTP or LMTP); empty otherwise.
     */
    Optional<Seeded> deliveredWithTrace(Optional<String> mailbox, int n, String fixture) {
        if (mailbox.isEmpty()) {
            return Optional.empty();
        }
        List<Seeded> list = seededIn(mailbox.get());
        if (n < 1 || n > list.size()) {
            return Optional.empty();
        }
        Seeded s = list.get(n - 1);
        return canonicalFixture(s.fixture()).equals(canonicalFixture(fixture)) && !s.trace().isEmpty()
                ? Optional.of(s) : Optional.empty();
    }

    /** The name stands for no mailbox any more: drops its records and returns the highest UID they held (0 if none). */
    long forget(String mailbox) {
        List<Seeded> list = seeded.remove(mailbox);
        return list == null ? 0 : list.stream().mapToLong(Seeded::uid).max().orElse(0);
    }

    /** The fixture option off, for a unit test that shows what it guards against: UIDs numbered from 1. */
    void uidsFromOneForTest() {
        uidsApart = false;
    }

    /** For step tests: messages recorded as seeded without APPEND. */
    void seededForTest(String mailbox, List<Seeded> list) {
        seeded.put(mailbox, new ArrayList<>(list));
    }

    /** Removes the run's mail from INBOX (core's fixtures); returns what could not be done. */
    List<String> close() {
        if (fixtures == null) {
            return List.of();
        }
        fixtures.close();
        return fixtures.problems();
    }
}
