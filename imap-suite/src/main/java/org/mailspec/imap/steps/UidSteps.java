package org.mailspec.imap.steps;

import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.mailspec.imap.response.ResponseCode;
import org.mailspec.imap.response.Status;
import org.mailspec.imap.response.UntaggedStatus;
import org.mailspec.run.HarnessError;
import org.mailspec.text.Ascii;

/**
 * Unique identifiers (RFC 9051 2.3.1.1): the UIDs of the last command's FETCH data against the
 * UIDs recorded when the scenario seeded, and each mailbox's UIDVALIDITY and UIDNEXT as the
 * scenario saw them.
 */
public final class UidSteps {

    private final Sessions sessions;
    private final Mailboxes mailboxes;
    private final MailboxUids uids;
    private final Seeds seeds;
    private final Verdicts verdicts;

    public UidSteps(Sessions sessions, Mailboxes mailboxes, MailboxUids uids, Seeds seeds, Verdicts verdicts) {
        this.sessions = sessions;
        this.mailboxes = mailboxes;
        this.uids = uids;
        this.seeds = seeds;
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

    /**
     * The rule is the mailbox's, so every message of it is judged, other mail too: as many as the
     * client was told it holds (its last EXISTS, less the EXPUNGEs since) must each have a UID in the
     * last command's FETCH data; an answer that leaves a message out has not shown its UID ascending.
     */
    @Then("the UIDs are strictly ascending in sequence order")
    public void uidsAscending() {
        Observation o = sessions.last();
        Fetched d = data();
        if (o.session.messages < 0) {
            throw new HarnessError("harness defect: client " + o.session.name + " was told no EXISTS for "
                    + o.session.selected.orElse("its mailbox") + ": the ascending rule covers every message of it");
        }
        for (long seq = 1; seq <= o.session.messages; seq++) {
            if (d.uid(seq).isEmpty()) {
                throw verdicts.violation("RFC 9051 2.3.1.1: \"Unique identifiers are assigned in a strictly ascending fashion "
                        + "in the mailbox\": every message of it has one", "a UID for each of the " + o.session.messages
                        + " messages the client was told of (EXISTS), message " + seq + " too", shown(), o.session, null);
            }
        }
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

    /**
     * Every UID assigned in the mailbox, not only those the last FETCH showed: the UIDs the setup
     * session read when it seeded count too, so an answer that leaves the highest out cannot pass.
     */
    @Then("the UIDNEXT of {mailbox} is greater than every UID fetched")
    public void uidNextAbove(String mailbox) {
        String box = mailboxes.mailbox(mailbox);
        long next = uids.uidNext(box).orElseThrow(() -> new HarnessError(
                "harness defect: no UIDNEXT was observed for " + mailbox));
        Fetched d = data();
        TreeSet<Long> assigned = new TreeSet<>();
        d.messages().forEach(seq -> d.uid(seq).ifPresent(assigned::add));
        List<Long> recorded = seeds.seededIn(box).stream().map(Seeded::uid).filter(u -> u > 0).toList();
        assigned.addAll(recorded);
        if (!assigned.isEmpty() && assigned.last() >= next) {
            throw verdicts.violation("RFC 9051 2.3.1.1: the next unique identifier value is above every assigned UID",
                    "UIDNEXT > " + assigned.last() + " (the highest UID " + (recorded.contains(assigned.last())
                            ? "recorded when " + mailbox + " was seeded" : "fetched") + ")", "UIDNEXT " + next,
                    sessions.last().session, null);
        }
    }

    // ---------------------------------------------------------------- UIDNEXT across commands

    @Then("STATUS and SELECT report the same UIDNEXT for {mailbox}")
    public void uidNextAgrees(String mailbox) {
        List<MailboxUids.UidNextSeen> seen = uids.uidNexts(mailboxes.mailbox(mailbox)).stream()
                .filter(MailboxUids.UidNextSeen::judged).toList();
        boolean status = seen.stream().anyMatch(x -> x.command().equals("STATUS"));
        boolean select = seen.stream().anyMatch(x -> !x.command().equals("STATUS"));
        if (!status || !select) {
            throw new HarnessError("harness defect: the scenario must see UIDNEXT of " + mailbox
                    + " from STATUS and from SELECT or EXAMINE; it saw " + describe(seen));
        }
        if (seen.stream().map(MailboxUids.UidNextSeen::value).distinct().count() > 1) {
            throw verdicts.violation("RFC 9051 2.3.1.1: \"the next unique identifier value MUST NOT change unless new "
                    + "messages are added to the mailbox\"", "one UIDNEXT for " + mailbox + " (no message was added)",
                    describe(seen), sessions.last().session, null);
        }
    }

    @Then("every UIDNEXT reported for {mailbox} is greater than the UID of every message in it")
    public void uidNextAboveRecorded(String mailbox) {
        String box = mailboxes.mailbox(mailbox);
        long highest = seeds.seededIn(box).stream().mapToLong(Seeded::uid).max().orElseThrow(() -> new HarnessError(
                "harness defect: no UIDs were recorded for " + mailbox));
        List<MailboxUids.UidNextSeen> seen = uids.uidNexts(box).stream().filter(MailboxUids.UidNextSeen::judged).toList();
        if (seen.isEmpty()) {
            throw new HarnessError("harness defect: no client saw a UIDNEXT for " + mailbox);
        }
        for (MailboxUids.UidNextSeen x : seen) {
            if (x.value() <= highest) {
                throw verdicts.violation("RFC 9051 2.3.1.1: \"The next unique identifier value is the predicted value that "
                        + "will be assigned to a new message in the mailbox\", and a new message \"is assigned a higher UID "
                        + "than those of all message(s) that are already in the mailbox\"", "UIDNEXT > " + highest
                        + " (the highest UID recorded in " + mailbox + ")", describe(seen), sessions.last().session, null);
            }
        }
    }

    private static String describe(List<MailboxUids.UidNextSeen> seen) {
        if (seen.isEmpty()) {
            return "no UIDNEXT";
        }
        List<String> out = new ArrayList<>();
        seen.forEach(x -> out.add(x.source() + " " + x.command() + ": UIDNEXT " + x.value()));
        return String.join(", ", out);
    }

    // ---------------------------------------------------------------- APPENDUID and COPYUID values

    /** The response code of that type in the last command's completion or, failing that, in one of its untagged OKs. */
    private <T extends ResponseCode> Optional<T> code(Class<T> type) {
        Observation o = sessions.last();
        if (o.result != null) {
            Optional<T> tagged = o.result.tagged().text().code(type);
            if (tagged.isPresent()) {
                return tagged;
            }
        }
        return Responses.of(o, UntaggedStatus.class).stream().filter(h -> h.response().status() == Status.OK)
                .map(h -> h.response().text().code(type)).flatMap(Optional::stream).findFirst();
    }

    private String answered() {
        Observation o = sessions.last();
        return Responses.show(o.untagged()) + " then " + Responses.completion(o);
    }

    @Then("the APPENDUID names the UIDVALIDITY of {mailbox} and the UID of message {int} in it")
    public void appendUidValues(String mailbox, int n) {
        Observation o = sessions.last();
        ResponseCode.AppendUid code = code(ResponseCode.AppendUid.class).orElseThrow(() -> verdicts.violation(
                "RFC 4315 3: APPENDUID", "[APPENDUID <uidvalidity> <uid>]", answered(), o.session, null));
        Seeds.Examined side = seeds.examine(mailboxes.mailbox(mailbox), false);
        if (side.uids().size() < n) {
            throw new HarnessError("precondition: " + mailbox + " holds " + side.uids().size() + " message(s), not " + n);
        }
        long uid = side.uids().get(n - 1);
        List<Long> named = code.uids().numbers();
        boolean validity = side.uidValidity().map(v -> v == code.uidValidity()).orElse(true);
        if (!validity || !named.equals(List.of(uid))) {
            throw verdicts.violation("RFC 4315 3: \"APPENDUID - Followed by the UIDVALIDITY of the destination mailbox and"
                    + " the UID assigned to the appended message in the destination mailbox\"", "[APPENDUID "
                    + side.uidValidity().map(String::valueOf).orElse("<uidvalidity>") + " " + uid + "] (the UID of message "
                    + n + " of " + mailbox + " as another session sees it)", Ascii.escape(o.result.tagged().raw()).strip(),
                    o.session, o.result.completion());
        }
    }

    @Then("the COPYUID names messages {ints} and their copies in {mailbox}")
    public void copyUidValues(List<Integer> messages, String destination) {
        Observation o = sessions.last();
        ResponseCode.CopyUid code = code(ResponseCode.CopyUid.class).orElseThrow(() -> verdicts.violation(
                "RFC 4315 3: COPYUID", "[COPYUID <uidvalidity> <source uids> <destination uids>]", answered(), o.session,
                null));
        TreeSet<Long> source = new TreeSet<>();
        for (int n : messages) {
            source.add(sessions.uidOf(o.session, n));
        }
        Seeds.Examined side = seeds.examine(mailboxes.mailbox(destination), false);
        List<Long> all = side.uids();
        if (all.size() < messages.size()) {
            throw new HarnessError("precondition: " + destination + " holds " + all.size() + " message(s) after the copy");
        }
        TreeSet<Long> copies = new TreeSet<>(all.subList(all.size() - messages.size(), all.size()));
        boolean validity = side.uidValidity().map(v -> v == code.uidValidity()).orElse(true);
        TreeSet<Long> namedSource = new TreeSet<>(code.sourceUids().numbers());
        TreeSet<Long> namedCopies = new TreeSet<>(code.destinationUids().numbers());
        if (!validity || !namedSource.equals(source) || !namedCopies.equals(copies)) {
            throw verdicts.violation("RFC 4315 3: \"COPYUID - Followed by the UIDVALIDITY of the destination mailbox, a UID "
                    + "set containing the UIDs of the message(s) in the source mailbox that were copied to the destination "
                    + "mailbox and containing the UIDs assigned to the copied message(s) in the destination mailbox\"",
                    "COPYUID " + side.uidValidity().map(String::valueOf).orElse("<uidvalidity>") + " with source UIDs "
                    + source + " (recorded when seeded) and destination UIDs " + copies + " (the last " + messages.size()
                    + " of " + destination + " as another session sees it)",
                    "COPYUID " + code.uidValidity() + " " + code.sourceUids() + " " + code.destinationUids() + " in "
                    + answered(), o.session, null);
        }
    }
}
