package org.mailspec.imap.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailspec.imap.ImapClient;
import org.mailspec.wire.TlsUpgrade;

/** One named client ({@code A}, {@code B}...) and what the steps learnt of it. */
final class Session {

    /** How a client reaches the server. */
    enum Reach { CONFIGURED, PLAIN, IMPLICIT }

    final String name;
    ImapClient client;
    boolean loggedIn;
    boolean utf8Accepted;
    /** The mailbox (its name) the client has selected or is selecting, empty when none. */
    Optional<String> selected = Optional.empty();
    /**
     * How many messages the selected mailbox holds as the server told this client: its last EXISTS,
     * less one for each EXPUNGE since; -1 when it has told none since the last SELECT or EXAMINE.
     */
    long messages = -1;
    /** Every capability list this client received, oldest first. */
    final List<List<String>> capabilityLists = new ArrayList<>();
    /** A command answered with "+" and not yet completed (AUTHENTICATE, IDLE). */
    Observation open;
    /** The outcome of the last TLS negotiation after STARTTLS: the upgrade, or why it failed. */
    Optional<TlsUpgrade> tls = Optional.empty();
    Optional<Exception> tlsFailure = Optional.empty();
    boolean tlsAttempted;
    /** The arrival sequence of the last response the client's state was learnt from. */
    long learnedUpTo;

    Session(String name) {
        this.name = name;
    }

    String connection() {
        return client == null ? name : client.name();
    }

    /** A fresh connection: nothing learnt on the old one holds. */
    void reset(ImapClient fresh) {
        client = fresh;
        loggedIn = false;
        selected = Optional.empty();
        messages = -1;
        utf8Accepted = false;
        open = null;
        capabilityLists.clear();
    }
}
