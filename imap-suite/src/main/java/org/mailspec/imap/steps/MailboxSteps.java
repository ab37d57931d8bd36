package org.mailspec.imap.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Optional;
import org.mailspec.imap.Command;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.Received;
import org.mailspec.imap.steps.support.FetchData;
import org.mailspec.imap.steps.support.MailboxName;
import org.mailspec.imap.steps.support.Value;
import org.mailspec.imap.steps.support.WireTokens;
import org.mailspec.run.HarnessError;
import org.mailspec.run.Skip;
import org.mailspec.text.Ascii;

/** Mailboxes the scenario owns, and what the server lists of them. */
public final class MailboxSteps {

    private final ImapWorld world;

    public MailboxSteps(ImapWorld world) {
        this.world = world;
    }

    // ---------------------------------------------------------------- Given

    @Given("the mailbox {mailbox} exists")
    public void exists(String mailbox) {
        world.ensureExists(world.declare(mailbox));
    }

    @Given("the mailbox {mailbox} exists under {mailbox}")
    public void existsUnder(String child, String parent) {
        world.ensureExists(world.declare(parent));
        world.ensureExists(world.declareChild(child, parent));
    }

    @Given("the mailbox name {mailbox} ends in {quoted}")
    public void named(String mailbox, String suffix) {
        world.declareNamed(mailbox, ParameterTypes.unescape(suffix));
    }

    @Given("the mailbox {mailbox} is subscribed")
    public void subscribed(String mailbox) {
        MailboxName box = world.declare(mailbox);
        CommandResult r = world.side(Command.of("SUBSCRIBE").raw(box.quoted(false)));
        if (!r.ok()) {
            throw new HarnessError("precondition: SUBSCRIBE " + box.unicode() + " was answered " + Ascii.escape(r.tagged().raw()));
        }
    }

    @Given("the mailbox {mailbox} accepts new keywords")
    public void acceptsKeywords(String mailbox) {
        MailboxName box = world.mailbox(mailbox);
        CommandResult r = world.side(Command.of("SELECT").raw(box.quoted(false)));
        world.side(Command.of("CLOSE"));
        boolean star = Responses.tokens(r.untagged()).stream().anyMatch(u -> WireTokens.code(u.values()).equals("PERMANENTFLAGS")
                && u.values().get(1) instanceof Value.ListV code && code.items().size() > 1
                && code.items().get(1) instanceof Value.ListV flags
                && flags.items().stream().anyMatch(f -> "\\*".equals(Value.text(f))));
        Skip.unless(star, "the mailbox's PERMANENTFLAGS do not include \\* (no new keywords)");
    }

    // ---------------------------------------------------------------- side checks

    @Then("the mailbox {mailbox} does not exist")
    public void doesNotExist(String mailbox) {
        MailboxName box = world.declare(mailbox);
        Optional<List<Value>> listed = world.listed(box);
        if (listed.isPresent()) {
            throw world.violation("the mailbox " + mailbox + " must not exist", "no LIST response for "
                    + box.wire(false), "* LIST " + listed.get().subList(1, listed.get().size()), world.last().session, null);
        }
    }

    @Then("the mailbox {mailbox} is listed")
    public void isListed(String mailbox) {
        MailboxName box = world.mailbox(mailbox);
        if (world.listed(box).isEmpty()) {
            throw world.violation("the mailbox " + mailbox + " must exist", "a LIST response for " + box.wire(false)
                    + " (from another session)", "none", world.last().session, null);
        }
    }

    @Then("the mailbox {mailbox} holds {int} message(s)")
    public void holds(String mailbox, int count) {
        MailboxName box = world.mailbox(mailbox);
        CommandResult r = world.status(box, "MESSAGES");
        for (Received u : r.untagged()) {
            List<Value> v = WireTokens.untagged(u.raw());
            if (WireTokens.kind(v).equals("STATUS") && v.size() >= 3 && v.get(2) instanceof Value.ListV l
                    && l.items().size() >= 2 && l.items().get(1) instanceof Value.Num n) {
                if (n.value() != count) {
                    throw world.violation("the mailbox " + mailbox + " must hold " + count + " message(s)",
                            "MESSAGES " + count, Ascii.escape(u.raw()) + " (STATUS from another session)",
                            world.last().session, null);
                }
                return;
            }
        }
        throw new HarnessError("STATUS " + box.unicode() + " (MESSAGES) gave no STATUS response: " + Ascii.escape(r.tagged().raw()));
    }

    @Then("message {int} in {mailbox} has the flag {flag}")
    public void sideHasFlag(int n, String mailbox, String flag) {
        sideFlag(n, mailbox, flag, true);
    }

    @Then("message {int} in {mailbox} does not have the flag {flag}")
    public void sideHasNoFlag(int n, String mailbox, String flag) {
        sideFlag(n, mailbox, flag, false);
    }

    private void sideFlag(int n, String mailbox, String flag, boolean wanted) {
        MailboxName box = world.mailbox(mailbox);
        CommandResult r = world.sideFlags(box, n);
        FetchData d = new FetchData();
        Responses.tokens(r.untagged()).forEach(u -> d.add(u.values()));
        List<String> flags = d.flags(n).orElseThrow(() -> new HarnessError(
                "FETCH " + n + " (FLAGS) in " + box.unicode() + " from the setup session gave no FLAGS: "
                        + Ascii.escape(r.tagged().raw())));
        boolean has = flags.contains(flag.toUpperCase(java.util.Locale.ROOT));
        if (has != wanted) {
            throw world.violation("message " + n + " in " + mailbox + (wanted ? " must have " : " must not have ")
                    + "the flag " + flag, (wanted ? "FLAGS with " : "FLAGS without ") + flag,
                    "FLAGS " + flags + " (seen from another session)", world.last().session, null);
        }
    }

    // ---------------------------------------------------------------- LIST / LSUB of the last command

    private List<Responses.Untagged> lists() {
        return Responses.untagged(world.last()).stream()
                .filter(u -> (u.kind().equals("LIST") || u.kind().equals("LSUB")) && u.values().size() >= 4).toList();
    }

    private Optional<Responses.Untagged> listing(MailboxName box) {
        return lists().stream().filter(u -> box.matches(u.values().get(3))).findFirst();
    }

    @Then("the server lists {mailbox}")
    public void lists(String mailbox) {
        MailboxName box = world.mailbox(mailbox);
        if (listing(box).isEmpty()) {
            Observation o = world.last();
            throw world.violation("the server must list " + mailbox, "a LIST/LSUB response naming " + box.wire(o.session.utf8Accepted),
                    Responses.show(o.untagged()), o.session, null);
        }
    }

    @Then("the server does not list {mailbox}")
    public void doesNotList(String mailbox) {
        MailboxName box = world.mailbox(mailbox);
        Optional<Responses.Untagged> u = listing(box);
        if (u.isPresent()) {
            throw world.violation("the server must not list " + mailbox, "no LIST/LSUB response naming " + box.wire(false),
                    Ascii.escape(u.get().received().raw()), world.last().session, u.get().received());
        }
    }

    @Then("the server lists {mailbox} with the attribute {flag}")
    public void listsWith(String mailbox, String attribute) {
        attribute(mailbox, attribute, true);
    }

    @Then("the server lists {mailbox} without the attribute {flag}")
    public void listsWithout(String mailbox, String attribute) {
        attribute(mailbox, attribute, false);
    }

    private void attribute(String mailbox, String attribute, boolean wanted) {
        lists(mailbox);
        Responses.Untagged u = listing(world.mailbox(mailbox)).orElseThrow();
        boolean has = u.values().get(1) instanceof Value.ListV l
                && l.items().stream().anyMatch(a -> attribute.equalsIgnoreCase(Value.text(a)));
        if (has != wanted) {
            throw world.violation("the LIST response for " + mailbox + (wanted ? " must carry " : " must not carry ") + attribute,
                    (wanted ? "attributes with " : "attributes without ") + attribute, Ascii.escape(u.received().raw()),
                    world.last().session, u.received());
        }
    }

    @Then("the server lists {mailbox} in modified UTF-7")
    public void listsModifiedUtf7(String mailbox) {
        lists(mailbox);
        MailboxName box = world.mailbox(mailbox);
        Responses.Untagged u = listing(box).orElseThrow();
        if (!box.sentAsModifiedUtf7(u.values().get(3))) {
            throw world.violation("RFC 3501 5.1.3: the name travels in modified UTF-7",
                    box.wire(false), Ascii.escape(u.received().raw()), world.last().session, u.received());
        }
    }

    @Then("the server lists {mailbox} in UTF-8")
    public void listsUtf8(String mailbox) {
        lists(mailbox);
        MailboxName box = world.mailbox(mailbox);
        Responses.Untagged u = listing(box).orElseThrow();
        if (!box.sentAsUtf8(u.values().get(3))) {
            throw world.violation("RFC 6855 3: after ENABLE UTF8=ACCEPT the server uses UTF-8 mailbox names",
                    box.unicode(), Ascii.escape(u.received().raw()), world.last().session, u.received());
        }
    }

    @Then("the server lists the hierarchy delimiter")
    public void listsDelimiter() {
        List<Responses.Untagged> l = lists();
        Observation o = world.last();
        if (l.size() != 1) {
            throw world.violation("RFC 9051 6.3.9: LIST \"\" \"\" returns the hierarchy delimiter and the root name",
                    "exactly one LIST response", Responses.show(o.untagged()), o.session, null);
        }
        Value d = l.get(0).values().get(2);
        boolean ok = d instanceof Value.Nil || (d instanceof Value.Str s && s.length() == 1);
        Value name = l.get(0).values().get(3);
        if (!ok || !"".equals(Value.text(name))) {
            throw world.violation("RFC 9051 6.3.9: \"a hierarchy delimiter (or NIL if there is no hierarchy) is returned\"",
                    "* LIST (...) \"<one character>\" \"\" or * LIST (...) NIL \"\"",
                    Ascii.escape(l.get(0).received().raw()), o.session, l.get(0).received());
        }
    }

    @Then("every LIST response carries a special-use attribute")
    public void everyListSpecialUse() {
        List<String> uses = List.of("\\ALL", "\\ARCHIVE", "\\DRAFTS", "\\FLAGGED", "\\JUNK", "\\SENT", "\\TRASH");
        for (Responses.Untagged u : lists()) {
            boolean has = u.values().get(1) instanceof Value.ListV l && l.items().stream()
                    .anyMatch(a -> uses.contains(String.valueOf(Value.text(a)).toUpperCase(java.util.Locale.ROOT)));
            if (!has) {
                throw world.violation("RFC 6154 5: the SPECIAL-USE selection option returns only special-use mailboxes",
                        "one of " + uses, Ascii.escape(u.received().raw()), world.last().session, u.received());
            }
        }
    }

    // ---------------------------------------------------------------- UIDVALIDITY and UIDs

    @Then("the UIDVALIDITY of {mailbox} is unchanged")
    public void uidValidityUnchanged(String mailbox) {
        List<Long> seen = world.uidValidities(mailbox);
        if (seen.size() < 2) {
            throw new HarnessError("harness defect: UIDVALIDITY of " + mailbox + " was observed " + seen.size()
                    + " time(s); the scenario must observe it twice");
        }
        if (seen.stream().distinct().count() > 1) {
            throw world.violation("RFC 9051 2.3.1.1: the UIDs of a mailbox persist with its UIDVALIDITY",
                    "one UIDVALIDITY for " + mailbox, "UIDVALIDITY values " + seen, world.last().session, null);
        }
    }

    @Then("the UIDs of {mailbox} are not reused from its previous instance")
    public void uidsNotReused(String mailbox) {
        long[] old = world.retired(mailbox).orElseThrow(() -> new HarnessError(
                "harness defect: " + mailbox + " was not deleted or renamed away in this scenario"));
        List<Long> now = world.uidValidities(mailbox);
        if (now.isEmpty()) {
            throw new HarnessError("harness defect: the new " + mailbox + " must be selected to see its UIDVALIDITY");
        }
        long newValidity = now.get(now.size() - 1);
        if (old[0] >= 0 && newValidity != old[0]) {
            return;
        }
        FetchData d = new FetchData();
        Responses.untagged(world.last()).forEach(u -> d.add(u.values()));
        for (long seq : d.messages()) {
            Optional<Long> uid = d.uid(seq);
            if (uid.isPresent() && uid.get() <= old[1]) {
                throw world.violation("RFC 9051 6.3.5: \"The value of the highest-used unique identifier of the deleted "
                        + "mailbox MUST be preserved so that a new mailbox created with the same name will not reuse the "
                        + "identifiers of the former incarnation, unless the new incarnation has a different unique "
                        + "identifier validity value.\"", "a new UIDVALIDITY, or UIDs above " + old[1],
                        "UIDVALIDITY " + newValidity + " (as before) and UID " + uid.get(), world.last().session, null);
            }
        }
    }

    @Then("the UIDNEXT of {mailbox} is greater than every UID fetched")
    public void uidNextAbove(String mailbox) {
        long next = world.uidNext(mailbox).orElseThrow(() -> new HarnessError(
                "harness defect: no UIDNEXT was observed for " + mailbox));
        FetchData d = new FetchData();
        Responses.untagged(world.last()).forEach(u -> d.add(u.values()));
        for (long seq : d.messages()) {
            Optional<Long> uid = d.uid(seq);
            if (uid.isPresent() && uid.get() >= next) {
                throw world.violation("RFC 9051 2.3.1.1: the next unique identifier value is above every assigned UID",
                        "UIDNEXT > " + uid.get(), "UIDNEXT " + next, world.last().session, null);
            }
        }
    }
}
