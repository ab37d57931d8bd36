package org.mailspec.imap.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Optional;
import org.mailspec.imap.Command;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.response.FetchData;
import org.mailspec.imap.response.Flag;
import org.mailspec.imap.response.MailboxList;
import org.mailspec.imap.response.MailboxName;
import org.mailspec.imap.response.NamespaceData;
import org.mailspec.imap.response.ResponseCode;
import org.mailspec.imap.response.StatusData;
import org.mailspec.imap.response.UntaggedStatus;
import org.mailspec.run.HarnessError;
import org.mailspec.run.Skip;
import org.mailspec.text.Ascii;

/** Mailboxes the scenario owns, and what the server lists of them. */
public final class MailboxSteps {

    private static final List<String> SPECIAL_USE = List.of("\\All", "\\Archive", "\\Drafts", "\\Flagged", "\\Junk",
            "\\Sent", "\\Trash");

    private final Sessions sessions;
    private final Mailboxes mailboxes;
    private final Side side;
    private final Verdicts verdicts;

    public MailboxSteps(Sessions sessions, Mailboxes mailboxes, Side side, Verdicts verdicts) {
        this.sessions = sessions;
        this.mailboxes = mailboxes;
        this.side = side;
        this.verdicts = verdicts;
    }

    // ---------------------------------------------------------------- Given

    @Given("the mailbox {mailbox} exists")
    public void exists(String mailbox) {
        mailboxes.ensureExists(mailboxes.declare(mailbox));
    }

    @Given("the mailbox {mailbox} exists under {mailbox}")
    public void existsUnder(String child, String parent) {
        mailboxes.ensureExists(mailboxes.declare(parent));
        mailboxes.ensureExists(mailboxes.declareChild(child, parent));
    }

    /**
     * The name is absent and the layout allows creating it: for the rules that hold "unless it is
     * certain that the destination mailbox cannot be created" (TRYCREATE) and the CREATEs that must
     * succeed. SKIP where the run knows no place to create.
     */
    @Given("the mailbox {mailbox} does not exist but may be created")
    public void absentButCreatable(String mailbox) {
        mailboxes.requireCreatable();
        doesNotExist(mailbox);
    }

    /** The name a client will CREATE itself: under the personal namespace, so the layout allows it (SKIP where none does). */
    @Given("the mailbox name {mailbox} ends in {quoted}")
    public void named(String mailbox, String suffix) {
        mailboxes.requireCreatable();
        mailboxes.declareNamed(mailbox, ParameterTypes.unescape(suffix));
    }

    @Given("the mailbox {mailbox} is subscribed")
    public void subscribed(String mailbox) {
        String box = mailboxes.declare(mailbox);
        CommandResult r = side.run(Command.of("SUBSCRIBE").raw(Mailboxes.quoted(box)));
        if (!r.ok()) {
            throw new HarnessError("precondition: SUBSCRIBE " + box + " was answered " + Ascii.escape(r.tagged().raw()));
        }
    }

    @Given("the mailbox {mailbox} accepts new keywords")
    public void acceptsKeywords(String mailbox) {
        String box = mailboxes.mailbox(mailbox);
        CommandResult r = side.run(Command.of("SELECT").raw(Mailboxes.quoted(box)));
        side.deselect();
        boolean star = r.ofType(UntaggedStatus.class).stream().map(s -> s.text().code(ResponseCode.PermanentFlags.class))
                .anyMatch(p -> p.filter(ResponseCode.PermanentFlags::allowsNewKeywords).isPresent());
        Skip.unless(star, "the mailbox's PERMANENTFLAGS do not include \\* (no new keywords)");
    }

    /**
     * SKIP unless SELECT of the mailbox (setup session) lists the flag in PERMANENTFLAGS: only a
     * permanent flag is one that "concurrent and subsequent sessions will see" (RFC 9051 2.3.2).
     */
    @Given("the mailbox {mailbox} keeps the flag {flag} permanently")
    public void keepsPermanently(String mailbox, String flag) {
        String box = mailboxes.mailbox(mailbox);
        CommandResult r = side.run(Command.of("SELECT").raw(Mailboxes.quoted(box)));
        side.deselect();
        if (!r.ok()) {
            throw new HarnessError("precondition: SELECT " + box + " was answered " + Ascii.escape(r.tagged().raw()));
        }
        boolean permanent = r.ofType(UntaggedStatus.class).stream().map(s -> s.text().code(ResponseCode.PermanentFlags.class))
                .anyMatch(p -> p.filter(f -> f.flags().contains(Flag.of(flag))).isPresent());
        Skip.unless(permanent, "the mailbox's PERMANENTFLAGS do not include " + flag + " (a session-only flag)");
    }

    // ---------------------------------------------------------------- side checks

    @Then("the mailbox {mailbox} does not exist")
    public void doesNotExist(String mailbox) {
        String box = mailboxes.declare(mailbox);
        Optional<MailboxList> listed = mailboxes.listed(box);
        if (listed.isPresent()) {
            throw verdicts.violation("the mailbox " + mailbox + " must not exist", "no LIST response for "
                    + wire(box, false), Ascii.escape(listed.get().raw()).strip(), sessions.last().session, null);
        }
    }

    @Then("the mailbox {mailbox} is listed")
    public void isListed(String mailbox) {
        String box = mailboxes.mailbox(mailbox);
        if (mailboxes.listed(box).isEmpty()) {
            throw verdicts.violation("the mailbox " + mailbox + " must exist", "a LIST response for " + wire(box, false)
                    + " (from another session)", "none", sessions.last().session, null);
        }
    }

    @Then("the mailbox {mailbox} holds {int} message(s)")
    public void holds(String mailbox, int count) {
        String box = mailboxes.mailbox(mailbox);
        CommandResult r = side.run(Command.of("STATUS").raw(Mailboxes.quoted(box)).raw("(MESSAGES)"));
        List<StatusData> answered = r.ofType(StatusData.class);
        for (StatusData status : answered) {
            if (status.mailbox().names(box) && status.messages().isPresent()) {
                if (status.messages().getAsLong() != count) {
                    throw verdicts.violation("the mailbox " + mailbox + " must hold " + count + " message(s)",
                            "MESSAGES " + count, Ascii.escape(status.raw()) + " (STATUS from another session)",
                            sessions.last().session, null);
                }
                return;
            }
        }
        if (!answered.isEmpty()) {
            // a STATUS of another mailbox is no count of this one
            throw verdicts.violation("RFC 9051 7.3.3: \"The STATUS response occurs as a result of a STATUS command.  It returns "
                            + "the mailbox name that matches the STATUS specification and the requested mailbox status information.\"",
                    "* STATUS " + Mailboxes.quoted(box) + " (MESSAGES " + count + ")",
                    Ascii.escape(answered.get(0).raw()) + " (STATUS from another session)", sessions.last().session, null);
        }
        throw new HarnessError("STATUS " + box + " (MESSAGES) gave no STATUS response: " + Ascii.escape(r.tagged().raw()));
    }

    @Then("message {int} in {mailbox} has the flag {flag}")
    public void sideHasFlag(int n, String mailbox, String flag) {
        sideFlag(n, mailbox, flag, true);
    }

    @Then("message {int} in {mailbox} does not have the flag {flag}")
    public void sideHasNoFlag(int n, String mailbox, String flag) {
        sideFlag(n, mailbox, flag, false);
    }

    /** FETCH n (FLAGS) in the mailbox EXAMINEd from the setup session, never changing its state. */
    private void sideFlag(int n, String mailbox, String flag, boolean wanted) {
        String box = mailboxes.mailbox(mailbox);
        CommandResult ex = side.run(Command.of("EXAMINE").raw(Mailboxes.quoted(box)));
        CommandResult r = ex;
        if (ex.ok()) {
            r = side.run(Command.of("FETCH").raw(n + " (FLAGS)"));
            side.deselect();
        }
        CommandResult fetched = r;
        List<Flag> flags = fetched.ofType(FetchData.class).stream().filter(f -> f.seq() == n)
                .map(FetchData::flags).flatMap(Optional::stream).reduce((a, b) -> b)
                .orElseThrow(() -> new HarnessError("FETCH " + n + " (FLAGS) in " + box
                        + " from the setup session gave no FLAGS: " + Ascii.escape(fetched.tagged().raw())));
        if (flags.contains(Flag.of(flag)) != wanted) {
            throw verdicts.violation("message " + n + " in " + mailbox + (wanted ? " must have " : " must not have ")
                    + "the flag " + flag, (wanted ? "FLAGS with " : "FLAGS without ") + flag,
                    "FLAGS " + flags + " (seen from another session)", sessions.last().session, null);
        }
    }

    // ---------------------------------------------------------------- LIST / LSUB of the last command

    private List<Responses.Hit<MailboxList>> lists() {
        return Responses.of(sessions.last(), MailboxList.class);
    }

    private Optional<Responses.Hit<MailboxList>> listing(String box) {
        return lists().stream().filter(h -> h.response().mailbox().names(box)).findFirst();
    }

    private static String wire(String box, boolean utf8) {
        return MailboxName.encode(box, utf8).name();
    }

    @Then("the server lists {mailbox}")
    public void lists(String mailbox) {
        String box = mailboxes.mailbox(mailbox);
        if (listing(box).isEmpty()) {
            Observation o = sessions.last();
            throw verdicts.violation("the server must list " + mailbox, "a LIST/LSUB response naming "
                    + wire(box, o.session.utf8Accepted), Responses.show(o.untagged()), o.session, null);
        }
    }

    @Then("the server does not list {mailbox}")
    public void doesNotList(String mailbox) {
        String box = mailboxes.mailbox(mailbox);
        Optional<Responses.Hit<MailboxList>> h = listing(box);
        if (h.isPresent()) {
            throw verdicts.violation("the server must not list " + mailbox, "no LIST/LSUB response naming " + wire(box, false),
                    Ascii.escape(h.get().received().raw()), sessions.last().session, h.get().received());
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

    private Responses.Hit<MailboxList> listed(String mailbox) {
        lists(mailbox);
        return listing(mailboxes.mailbox(mailbox)).orElseThrow();
    }

    private void attribute(String mailbox, String attribute, boolean wanted) {
        Responses.Hit<MailboxList> h = listed(mailbox);
        if (h.response().hasAttribute(attribute) != wanted) {
            throw verdicts.violation("the LIST response for " + mailbox + (wanted ? " must carry " : " must not carry ") + attribute,
                    (wanted ? "attributes with " : "attributes without ") + attribute, Ascii.escape(h.received().raw()),
                    sessions.last().session, h.received());
        }
    }

    @Then("the server lists {mailbox} in modified UTF-7")
    public void listsModifiedUtf7(String mailbox) {
        Responses.Hit<MailboxList> h = listed(mailbox);
        String box = mailboxes.mailbox(mailbox);
        if (!h.response().mailbox().isModifiedUtf7Of(box)) {
            throw verdicts.violation("RFC 3501 5.1.3: the name travels in modified UTF-7",
                    wire(box, false), Ascii.escape(h.received().raw()), sessions.last().session, h.received());
        }
    }

    @Then("the server lists {mailbox} in UTF-8")
    public void listsUtf8(String mailbox) {
        Responses.Hit<MailboxList> h = listed(mailbox);
        String box = mailboxes.mailbox(mailbox);
        if (!h.response().mailbox().isUtf8Of(box)) {
            throw verdicts.violation("RFC 6855 3: after ENABLE UTF8=ACCEPT the server uses UTF-8 mailbox names",
                    box, Ascii.escape(h.received().raw()), sessions.last().session, h.received());
        }
    }

    @Then("the server lists the hierarchy delimiter")
    public void listsDelimiter() {
        List<Responses.Hit<MailboxList>> l = lists();
        Observation o = sessions.last();
        if (l.size() != 1) {
            throw verdicts.violation("RFC 9051 6.3.9: LIST \"\" \"\" returns the hierarchy delimiter and the root name",
                    "exactly one LIST response", Responses.show(o.untagged()), o.session, null);
        }
        MailboxList list = l.get(0).response();
        // the root name is the server's: it "MAY be the empty string" (RFC 9051 6.3.9), so any name is accepted
        boolean oneCharacter = list.delimiter().map(d -> d.length() == 1).orElse(true);
        if (!oneCharacter) {
            throw verdicts.violation("RFC 9051 6.3.9: \"a hierarchy delimiter (or NIL if there is no hierarchy) is returned\"",
                    "* LIST (...) \"<one character>\" <root> or * LIST (...) NIL <root>",
                    Ascii.escape(l.get(0).received().raw()), o.session, l.get(0).received());
        }
    }

    @Then("every LIST response carries a special-use attribute")
    public void everyListSpecialUse() {
        for (Responses.Hit<MailboxList> h : lists()) {
            if (SPECIAL_USE.stream().noneMatch(h.response()::hasAttribute)) {
                throw verdicts.violation("RFC 6154 5: the SPECIAL-USE selection option returns only special-use mailboxes",
                        "one of " + SPECIAL_USE, Ascii.escape(h.received().raw()), sessions.last().session, h.received());
            }
        }
    }

    @Then("the NAMESPACE response has a personal namespace that holds INBOX")
    public void personalNamespaceHoldsInbox() {
        Observation o = sessions.last();
        List<Responses.Hit<NamespaceData>> ns = Responses.of(o, NamespaceData.class);
        if (ns.isEmpty()) {
            throw verdicts.violation("RFC 9051 6.3.10: \"The NAMESPACE command causes a single untagged NAMESPACE response to be"
                    + " returned.\"", "* NAMESPACE ...", Responses.show(o.untagged()), o.session, null);
        }
        Responses.Hit<NamespaceData> hit = ns.get(0);
        if (hit.response().personal().stream().noneMatch(MailboxSteps::holdsInbox)) {
            throw verdicts.violation("RFC 9051 5.1.2: \"If an INBOX exists for a user, it MUST appear within the user's "
                    + "Personal Namespace.\"", "a personal namespace (the first list of the NAMESPACE response, not NIL) "
                    + "whose prefix is empty or INBOX and its delimiter", Ascii.escape(hit.received().raw()).strip(),
                    o.session, hit.received());
        }
    }

    /** A personal namespace INBOX lives in: the root ({@code ""}), or INBOX's own hierarchy ({@code "INBOX."}, {@code "INBOX/"}). */
    static boolean holdsInbox(NamespaceData.Namespace p) {
        String prefix = p.prefix();
        return prefix.isEmpty() || prefix.equalsIgnoreCase(Mailboxes.INBOX)
                || p.delimiter().map(d -> prefix.equalsIgnoreCase(Mailboxes.INBOX + d)).orElse(false);
    }
}
