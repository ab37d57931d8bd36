package org.mailspec.imap.steps;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Optional;
import org.mailspec.run.HarnessError;

/**
 * Unique identifiers (RFC 9051 2.3.1.1): the UIDs of the last command's FETCH data against the
 * UIDs recorded when the scenario seeded, and each mailbox's UIDVALIDITY and UIDNEXT as the
 * scenario saw them.
 */
public final class UidSteps {

    private final Sessions sessions;
    private final Mailboxes mailboxes;
    private final MailboxUids uids;
    private final Verdicts verdicts;

    public UidSteps(Sessions sessions, Mailboxes mailboxes, MailboxUids uids, Verdicts verdicts) {
        this.sessions = sessions;
        this.mailboxes = mailboxes;
        this.uids = uids;
        this.verdicts = verdicts;
    }

    private Fetched data() {
        return Fetched.of(sessions.last().untagged());
    }

    private String shown() {
        return Responses.show(sessions.last().untagged());
    }

    @Then("the UID of message {int} is the one recorded when it was appended")
    public void uidRecorded(int n) {
        Observation o = sessions.last();
        long want = sessions.uidOf(o.session, n);
        Optional<Long> got = data().uid(n);
        if (got.isEmpty() || got.get() != want) {
            throw verdicts.violation("RFC 9051 2.3.1.1: a message keeps its UID", "UID " + want + " for message " + n,
                    got.map(u -> "UID " + u).orElse("no UID") + " in " + shown(), o.session, null);
        }
    }

    @Then("the UIDs are strictly ascending in sequence order")
    public void uidsAscending() {
        Observation o = sessions.last();
        Fetched d = data();
        long previous = 0;
        for (long seq : d.messages()) {
            Optional<Long> uid = d.uid(seq);
            if (uid.isEmpty()) {
                throw verdicts.violation("RFC 9051 2.3.1.1: UIDs ascend with sequence numbers", "a UID for message " + seq,
                        shown(), o.session, null);
            }
            if (uid.get() <= previous) {
                throw verdicts.violation("RFC 9051 2.3.1.1: \"Unique identifiers are assigned in a strictly ascending fashion "
                        + "in the mailbox\"", "UIDs growing with the sequence number", shown(), o.session, null);
            }
            previous = uid.get();
        }
    }

    @Then("the UIDVALIDITY of {mailbox} is unchanged")
    public void uidValidityUnchanged(String mailbox) {
        List<Long> seen = uids.uidValidities(mailboxes.mailbox(mailbox));
        if (seen.size() < 2) {
            throw new HarnessError("harness defect: UIDVALIDITY of " + mailbox + " was observed " + seen.size()
                    + " time(s); the scenario must observe it twice");
        }
        if (seen.stream().distinct().count() > 1) {
            throw verdicts.violation("RFC 9051 2.3.1.1: the UIDs of a mailbox persist with its UIDVALIDITY",
                    "one UIDVALIDITY for " + mailbox, "UIDVALIDITY values " + seen, sessions.last().session, null);
        }
    }

    @Then("the UIDs of {mailbox} are not reused from its previous instance")
    public void uidsNotReused(String mailbox) {
        String box = mailboxes.mailbox(mailbox);
        MailboxUids.Retired old = uids.retired(box).orElseThrow(() -> new HarnessError(
                "harness defect: " + mailbox + " was not deleted or renamed away in this scenario"));
        List<Long> now = uids.uidValidities(box);
        if (now.isEmpty()) {
            throw new HarnessError("harness defect: the new " + mailbox + " must be selected to see its UIDVALIDITY");
        }
        long newValidity = now.get(now.size() - 1);
        if (old.uidValidity() >= 0 && newValidity != old.uidValidity()) {
            return;
        }
        Fetched d = data();
        for (long seq : d.messages()) {
            Optional<Long> uid = d.uid(seq);
            if (uid.isPresent() && uid.get() <= old.highestUid()) {
                throw verdicts.violation("RFC 9051 6.3.5: \"The value of the highest-used unique identifier of the deleted "
                        + "mailbox MUST be preserved so that a new mailbox created with the same name will not reuse the "
                        + "identifiers of the former incarnation, unless the new incarnation has a different unique "
                        + "identifier validity value.\"", "a new UIDVALIDITY, or UIDs above " + old.highestUid(),
                        "UIDVALIDITY " + newValidity + " (as before) and UID " + uid.get(), sessions.last().session, null);
            }
        }
    }

    @Then("the UIDNEXT of {mailbox} is greater than every UID fetched")
    public void uidNextAbove(String mailbox) {
        long next = uids.uidNext(mailboxes.mailbox(mailbox)).orElseThrow(() -> new HarnessError(
                "harness defect: no UIDNEXT was observed for " + mailbox));
        Fetched d = data();
        for (long seq : d.messages()) {
            Optional<Long> uid = d.uid(seq);
            if (uid.isPresent() && uid.get() >= next) {
                throw verdicts.violation("RFC 9051 2.3.1.1: the next unique identifier value is above every assigned UID",
                        "UIDNEXT > " + uid.get(), "UIDNEXT " + next, sessions.last().session, null);
            }
        }
    }
}
