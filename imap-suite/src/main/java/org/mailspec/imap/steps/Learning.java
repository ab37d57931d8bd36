package org.mailspec.imap.steps;

import java.util.Optional;
import java.util.Set;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.CapabilityData;
import org.mailspec.imap.response.EnabledData;
import org.mailspec.imap.response.Exists;
import org.mailspec.imap.response.Expunge;
import org.mailspec.imap.response.ResponseCode;
import org.mailspec.imap.response.StatusData;
import org.mailspec.imap.response.UntaggedStatus;

/**
 * What a command teaches, learnt from the command the harness built (its name, the mailbox its
 * first argument names) and from core's typed responses, never by reading bytes again: the
 * client's capabilities, UTF8=ACCEPT, login, selected mailbox and how many messages it holds
 * (EXISTS, EXPUNGE); each mailbox's UIDVALIDITY
 * and UIDNEXT; and that a name deleted or renamed away has retired its instance.
 */
final class Learning {

    private static final Set<String> SELECTING = Set.of("SELECT", "EXAMINE");
    private static final Set<String> UNSELECTING = Set.of("CLOSE", "UNSELECT");
    private static final Set<String> RETIRING = Set.of("DELETE", "RENAME");
    private static final Set<String> AUTHENTICATING = Set.of("LOGIN", "AUTHENTICATE");

    private final Mailboxes mailboxes;
    private final Seeds seeds;
    private final MailboxUids uids;

    Learning(Mailboxes mailboxes, Seeds seeds, MailboxUids uids) {
        this.mailboxes = mailboxes;
        this.seeds = seeds;
        this.uids = uids;
    }

    /** A command was sent: a SELECT or EXAMINE is selecting its mailbox from now on (placeholders read it). */
    void sent(Observation o) {
        if (SELECTING.contains(o.verb())) {
            o.session.selected = o.mailbox;
            o.session.messages = -1;
        }
    }

    /** A command completed, or paused for a continuation: learn from what arrived since the last lesson. */
    void observed(Observation o) {
        Session s = o.session;
        for (Received r : o.untagged()) {
            if (r.sequence() > s.learnedUpTo) {
                untagged(o, r);
                s.learnedUpTo = r.sequence();
            }
        }
        if (o.result != null && o.result.completion().sequence() > s.learnedUpTo) {
            s.learnedUpTo = o.result.completion().sequence();
            completed(o);
        }
    }

    private void untagged(Observation o, Received r) {
        Session s = o.session;
        if (r.response() instanceof Exists e) {
            s.messages = e.count();
        } else if (r.response() instanceof Expunge) {
            s.messages = Math.max(-1, s.messages - 1);
        } else if (r.response() instanceof CapabilityData c) {
            s.capabilityLists.add(c.capabilities());
        } else if (r.response() instanceof EnabledData e && e.has("UTF8=ACCEPT")) {
            s.utf8Accepted = true;
        } else if (r.response() instanceof StatusData status) {
            for (String name : mailboxes.aliasNames()) {
                if (status.mailbox().names(name)) {
                    uids.learn(name, status, s.name);
                }
            }
        } else if (r.response() instanceof UntaggedStatus status && SELECTING.contains(o.verb()) && o.mailbox.isPresent()) {
            status.text().code().ifPresent(code -> uids.learn(o.mailbox.get(), code, s.name, o.verb()));
        }
    }

    private void completed(Observation o) {
        Session s = o.session;
        boolean ok = o.result.ok();
        o.result.tagged().text().code(ResponseCode.Capability.class).ifPresent(c -> s.capabilityLists.add(c.capabilities()));
        String verb = o.verb();
        if (SELECTING.contains(verb) && !ok || UNSELECTING.contains(verb) && ok) {
            s.selected = Optional.empty();
            s.messages = -1;
        }
        if (RETIRING.contains(verb) && ok && o.mailbox.filter(n -> !n.equals(Mailboxes.INBOX)).isPresent()) {
            String name = o.mailbox.get();
            uids.retire(name, seeds.forget(name));
        }
        if (AUTHENTICATING.contains(verb)) {
            s.loggedIn = ok || s.loggedIn;
        }
    }
}
