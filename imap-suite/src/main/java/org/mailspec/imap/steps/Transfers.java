package org.mailspec.imap.steps;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mailspec.delivery.Delivery;
import org.mailspec.fixture.InboxDelivery;
import org.mailspec.run.Skip;
import org.mailspec.run.SuiteContext;

/**
 * The scenario's own SMTP/LMTP hand-overs: the path asked for (a SKIP when the target does not
 * offer it), the last dialogue that was refused, and, for each client that had INBOX selected,
 * the last response it had read before a delivery (what it learns afterwards is news of it).
 */
public final class Transfers {

    private final SuiteContext context;
    private final Map<String, Long> before = new HashMap<>();
    private Delivery refused;

    public Transfers(SuiteContext context) {
        this.context = context;
    }

    /** Delivery by {@code path}; SKIP, with why, when the target does not offer it. */
    InboxDelivery by(InboxDelivery.Path path) {
        return InboxDelivery.offered(path, context.target(), context.settings())
                .orElseThrow(() -> Skip.because(InboxDelivery.notOffered(path)));
    }

    /** A client's response sequence at the moment of a delivery. */
    void markBefore(String client, long sequence) {
        before.put(client, sequence);
    }

    /** The client's last response sequence before the delivery, if it was marked. */
    Optional<Long> before(String client) {
        return Optional.ofNullable(before.get(client));
    }

    void refused(Delivery d) {
        refused = d;
    }

    Optional<Delivery> lastRefused() {
        return Optional.ofNullable(refused);
    }
}
