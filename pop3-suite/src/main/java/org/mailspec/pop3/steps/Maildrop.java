package org.mailspec.pop3.steps;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mailspec.fixture.TestMessage;
import org.mailspec.pop3.UniqueIdListing;
import org.mailspec.run.schedule.ScenarioLease;
import org.mailspec.settings.Account;

/**
 * The maildrop one scenario uses: whose it is, what the scenario seeded into it, where each
 * session found those messages, and the clean-up of only the run's mail. Picocontainer makes one
 * per scenario.
 *
 * <p>How a message gets in is the {@link Delivery}'s business (IMAP APPEND today); how a session
 * finds it is {@link SeededProbe}'s.
 */
public final class Maildrop {

    private final Pop3Setup setup;
    private final ScenarioLease lease;
    private final Map<String, Seeded> seeded = new LinkedHashMap<>();
    private final Map<Client, MaildropView> views = new IdentityHashMap<>();
    private final java.util.Set<String> paths = new java.util.LinkedHashSet<>();
    private org.mailspec.wire.Transcript transcript = new org.mailspec.wire.Transcript();
    private int fixtureCounter;

    public Maildrop(Pop3Setup setup, ScenarioLease lease) {
        this.setup = setup;
        this.lease = lease;
    }

    /**
     * The account whose maildrop this is: the scenario seeds into it and every session logs in as
     * it. The one place that chooses it: the scenario's first user as the scheduler lent it (an
     * account no other scenario uses the maildrop of meanwhile; the run's first account when the
     * scenarios run one by one).
     */
    public Account account() {
        return lease.account(1);
    }

    // ---------------------------------------------------------------- seeding

    /** Seeds a fresh message of the fixture under the scenario's name for it. */
    public Seeded seed(String label, String fixture) {
        if (seeded.containsKey(label)) {
            throw new IllegalStateException("the scenario already seeded a message named " + label);
        }
        TestMessage m = Corpus.message(fixture, setup.runId(), ++fixtureCounter);
        org.mailspec.fixture.Delivered d;
        try {
            d = setup.delivery().deliver(account(), m, transcript);
        } catch (Exception e) {
            throw new IllegalStateException("could not seed message " + label + " (fixture " + fixture + "): "
                    + e.getMessage(), e);
        }
        paths.add(d.path().key());
        if (d.path().addsTrace()) {
            transcript.event("mailspec", "delivery: message " + label + " " + d.describe());
        }
        Seeded s = new Seeded(label, fixture, m, d);
        seeded.put(label, s);
        return s;
    }

    /** The scenario's transcript, where deliveries are noted ({@link Sessions} hands over its own). */
    void transcriptIs(org.mailspec.wire.Transcript t) {
        this.transcript = t;
    }

    /** The paths the scenario's messages travelled, in the order first used, joined by {@code +}; "" when none. */
    public String deliveryPaths() {
        return String.join("+", paths);
    }

    public Seeded seeded(String label) {
        Seeded s = seeded.get(label);
        if (s == null) {
            throw new IllegalStateException("the scenario seeded no message named " + label);
        }
        return s;
    }

    public boolean isSeeded(String label) {
        return seeded.containsKey(label);
    }

    public List<Seeded> seeded() {
        return List.copyOf(seeded.values());
    }

    // ---------------------------------------------------------------- what each session found

    /** The session entered the TRANSACTION state: it looks for the messages seeded so far. */
    void opened(Client c) {
        if (!seeded.isEmpty()) {
            view(c).found(SeededProbe.find(c, seeded.values()));
        }
    }

    /** The message-number of a seeded message in the client's session; an error when it has none. */
    public int number(Client c, String label) {
        return numberIfPresent(c, label).orElseThrow(() -> new IllegalStateException(
                "message " + label + " is not in the maildrop of client " + c.name()));
    }

    /** The seeded message's number in the session, empty when the session did not find it (it is not there). */
    public Optional<Integer> numberIfPresent(Client c, String label) {
        seeded(label);
        if (!view(c).searched(label)) {
            throw new IllegalStateException("client " + c.name() + " did not look for message " + label
                    + ": it was seeded after the session entered the TRANSACTION state, or the session never did");
        }
        return view(c).number(label);
    }

    /** The highest message-number of the session (a LIST probe, once, when the session did not list yet). */
    public int highest(Client c) {
        MaildropView v = view(c);
        if (v.highest().isEmpty()) {
            v.highest(SeededProbe.highest(c));
        }
        return v.highest().get();
    }

    /** The highest message-number this session saw listed, if it listed already; never probes. */
    public Optional<Integer> highestKnown(Client c) {
        return view(c).highest();
    }

    /** Remembers the unique-ids a UIDL reply gave the seeded messages this session found. */
    void given(Client c, List<UniqueIdListing> listings) {
        MaildropView v = view(c);
        for (UniqueIdListing u : listings) {
            for (String label : seeded.keySet()) {
                if (v.number(label).equals(Optional.of(u.number()))) {
                    v.uid(label, u.uid());
                }
            }
        }
    }

    /** Remembers the unique-id a step read for a seeded message. */
    public void given(Client c, String label, String uid) {
        view(c).uid(label, uid);
    }

    /** The unique-id this session was given for the seeded message, if a UIDL reply gave one. */
    public Optional<String> uid(Client c, String label) {
        return view(c).uid(label);
    }

    private MaildropView view(Client c) {
        return views.computeIfAbsent(c, k -> new MaildropView());
    }

    // ---------------------------------------------------------------- before and after

    /** Before a {@code @destructive} scenario: SKIP when deleting could touch mail the run did not create. */
    public void guardDestructive() throws Exception {
        setup.delivery().guardDestructive(account());
    }

    /** Removes the run's messages, when this scenario seeded any; returns what could not be done. */
    public List<String> cleanUp() {
        return seeded.isEmpty() ? List.of() : setup.delivery().cleanUp();
    }
}
