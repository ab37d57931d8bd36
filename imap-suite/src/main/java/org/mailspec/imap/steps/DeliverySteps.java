package org.mailspec.imap.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mailspec.delivery.Delivery;
import org.mailspec.delivery.SmtpReply;
import org.mailspec.fixture.InboxDelivery;
import org.mailspec.imap.Command;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.Exists;
import org.mailspec.imap.response.MailboxList;
import org.mailspec.run.HarnessError;
import org.mailspec.run.SuiteContext;
import org.mailspec.settings.Account;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.WireException;

/**
 * Mail that arrives as mail arrives: handed to the server by SMTP (RFC 5321) or LMTP (RFC 2033),
 * submitted and saved to the Sent mailbox (RFC 6154), and the news of it a client with INBOX
 * selected gets (RFC 9051 5.2).
 *
 * <p>The two unknown-recipient steps (offer to an address with no account, judge the RCPT reply)
 * have their negative controls but no scenario yet: the scenario must quote RFC 5321 3.3, and the
 * RFC texts rfc-quotes checks against hold neither RFC 5321 nor RFC 2033.
 */
public class DeliverySteps {

    private final SuiteContext context;
    private final Sessions sessions;
    private final Seeds seeds;
    private final Side side;
    private final Mailboxes mailboxes;
    private final Advertised advertised;
    private final Transfers transfers;
    private final Verdicts verdicts;

    public DeliverySteps(SuiteContext context, Sessions sessions, Seeds seeds, Side side, Mailboxes mailboxes,
                         Advertised advertised, Transfers transfers, Verdicts verdicts) {
        this.context = context;
        this.sessions = sessions;
        this.seeds = seeds;
        this.side = side;
        this.mailboxes = mailboxes;
        this.advertised = advertised;
        this.transfers = transfers;
        this.verdicts = verdicts;
    }

    // ---------------------------------------------------------------- delivering

    /** Hands the fixture to the server for the first user's INBOX (a precondition: a refusal is an ERROR). */
    @When("the {fixture} message is delivered to INBOX by {path}")
    public void delivered(String fixture, InboxDelivery.Path path) {
        InboxDelivery how = transfers.by(path);
        for (Session s : sessions.all()) {
            if (s.client != null && s.selected.filter(Mailboxes.INBOX::equals).isPresent()) {
                List<Received> seen = s.client.responses();
                transfers.markBefore(s.name, seen.isEmpty() ? 0 : seen.get(seen.size() - 1).sequence());
            }
        }
        seeds.deliver(fixture, seeds.placeholderFixture(fixture).bytes(), how);
    }

    /** Offers the fixture for a recipient the server has no account for; what it answered is judged after. */
    @When("the {fixture} message is sent by {path} to an unknown recipient")
    public void sentToUnknown(String fixture, InboxDelivery.Path path) {
        InboxDelivery how = transfers.by(path);
        Account nobody = new Account("mailspec-nobody-" + context.runStem(), "-");
        try {
            transfers.refused(Delivery.send(how.path() == InboxDelivery.Path.LMTP ? org.mailspec.delivery.MailTransfer.Protocol.LMTP
                            : org.mailspec.delivery.MailTransfer.Protocol.SMTP, how.endpoint().orElseThrow(),
                    side.transferOptions(path.key()), "mailspec.test", InboxDelivery.REVERSE_PATH, how.recipient(nobody),
                    seeds.placeholderFixture(fixture).bytes()));
        } catch (WireException e) {
            throw new HarnessError("could not offer the message by " + path.label() + ": " + e.getMessage());
        }
    }

    /**
     * Submits the fixture by SMTP to the first user, where the target offers SMTP; where it does
     * not, says so in the transcript and the scenario goes on with what a client does next.
     */
    @When("the {fixture} message is submitted by SMTP where the target offers it")
    public void submitted(String fixture) {
        Optional<InboxDelivery> smtp = InboxDelivery.offered(InboxDelivery.Path.SMTP, context.target(), context.settings());
        if (smtp.isEmpty()) {
            verdicts.transcript().event(Side.NAME, "submission: " + InboxDelivery.notOffered(InboxDelivery.Path.SMTP)
                    + "; the message is only saved to the Sent mailbox");
            return;
        }
        seeds.deliver(fixture, seeds.placeholderFixture(fixture).bytes(), smtp.get());
    }

    /**
     * The mailbox RFC 6154 marks {@code \Sent}, found by LIST (SPECIAL-USE) where SPECIAL-USE is
     * advertised; else a mailbox of the run's own. The transcript says which.
     */
    @Given("the mailbox {mailbox} is the account's \\\\Sent mailbox, else a run mailbox")
    public void sentMailbox(String alias) {
        if (advertised.has("SPECIAL-USE")) {
            CommandResult r = side.run(Command.of("LIST").raw("(SPECIAL-USE)").quoted("").quoted("*"));
            Optional<String> sent = r.ok() ? r.ofType(MailboxList.class).stream().filter(l -> l.hasAttribute("\\Sent"))
                    .map(l -> l.mailbox().name()).findFirst() : Optional.empty();
            if (sent.isPresent()) {
                mailboxes.adopt(alias, sent.get());
                seeds.fixtures().adoptMessagesIn(side.account(1), sent.get());
                verdicts.transcript().event(Side.NAME, "Sent mailbox: " + sent.get() + " (LIST (SPECIAL-USE) marks it \\Sent)");
                return;
            }
        }
        String name = mailboxes.declare(alias);
        mailboxes.ensureExists(name);
        verdicts.transcript().event(Side.NAME, "Sent mailbox: none is marked \\Sent"
                + (advertised.has("SPECIAL-USE") ? "" : " (no SPECIAL-USE)") + "; the run's own mailbox " + name);
    }

    // ---------------------------------------------------------------- judging

    @Then("the server refuses the unknown recipient at RCPT TO")
    public void refusesUnknownRecipient() {
        Delivery d = transfers.lastRefused().orElseThrow(() -> new HarnessError(
                "harness defect: no message was offered to an unknown recipient"));
        Optional<SmtpReply> rcpt = d.rcptReply();
        if (rcpt.isEmpty()) {
            throw new HarnessError("the " + d.protocol() + " dialogue ended before RCPT TO: " + d.outcome());
        }
        if (rcpt.get().code() / 100 != 5) {
            throw verdicts.violation(d.protocol() + ": RCPT TO:<" + d.recipient() + "> names no account of the server, so "
                            + "the server refuses it with a permanent negative reply (RFC 5321 3.3; LMTP, RFC 2033, keeps SMTP's RCPT)",
                    "a 5yz reply to RCPT TO (RFC 5321 names 550)", Ascii.escape(rcpt.get().raw())
                            + (d.accepted() ? " and then accepted the message" : ""), d.protocol().lower(), null);
        }
    }

    /**
     * The client learns of the delivered message: an untagged EXISTS read after the delivery, whose
     * count is above the last one before it (already read, e.g. during NOOP, or arriving within the
     * timeout, e.g. during IDLE). An EXISTS that repeats the count before is passed over, not judged.
     */
    @Then("{client} receives an untagged EXISTS that counts the delivered message")
    public void existsCountsDelivery(String client) {
        Session s = sessions.session(client);
        long mark = transfers.before(client).orElseThrow(() -> new HarnessError(
                "harness defect: client " + client + " had no mailbox selected when the message was delivered"));
        long countBefore = -1;
        for (Received r : s.client.responses()) {
            if (r.sequence() <= mark && r.response() instanceof Exists e) {
                countBefore = e.count();
            }
        }
        String rule = "RFC 9051 5.2: \"A server MUST send mailbox size updates automatically if a mailbox size change is "
                + "observed during the processing of a command.\"";
        String expected = "an untagged EXISTS above " + Math.max(0, countBefore) + " after the delivery";
        Duration wait = sessions.timeout();
        while (true) {
            for (Received r : s.client.responses()) {
                if (r.sequence() > mark && r.response() instanceof Exists e) {
                    if (e.count() > countBefore) {
                        return;
                    }
                    // an EXISTS repeating the count is allowed (and tells nothing); one below it is not (RFC 9051 5.2)
                    if (e.count() < countBefore) {
                        throw verdicts.violation("RFC 9051 5.2: \"it is NOT permitted to send an EXISTS response that would "
                                + "reduce the number of messages in the mailbox; only the EXPUNGE response can do this.\"",
                                expected, "\"" + Ascii.escape(r.raw()) + "\"", s, r);
                    }
                }
            }
            try {
                if (!s.client.connection().isOpen()) {
                    throw verdicts.violation(rule, expected, "no EXISTS, and the connection is closed", s, null);
                }
                s.client.readResponse(wait);
            } catch (ReadTimeoutException e) {
                throw verdicts.violation(rule, expected, "no untagged EXISTS within " + wait.toSeconds() + " s after the delivery",
                        s, null);
            } catch (WireException e) {
                throw verdicts.violation(rule, expected, "no EXISTS before " + e.getMessage(), s, null);
            }
        }
    }
}
