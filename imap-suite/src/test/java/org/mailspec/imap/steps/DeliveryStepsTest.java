package org.mailspec.imap.steps;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mailspec.imap.steps.Scripted.holds;
import static org.mailspec.imap.steps.Scripted.violates;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.delivery.Delivery;
import org.mailspec.delivery.MailTransfer;
import org.mailspec.imap.Received;
import org.mailspec.run.HarnessError;
import org.mailspec.testing.NegativeControl;
import org.mailspec.testing.ScriptedServer;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.Transcript;

/** Negative controls for the delivery and look-up assertions, against scripted IMAP and SMTP/LMTP servers. */
@Timeout(30)
class DeliveryStepsTest {

    /** A scripted SMTP or LMTP peer that answers RCPT TO with {@code rcpt}, then takes or ends the message. */
    private static Delivery offer(MailTransfer.Protocol protocol, String rcpt) throws Exception {
        ScriptedServer.Builder b = ScriptedServer.builder().line("220 scripted ready")
                .expect(protocol.hello() + " .*").line("250 here")
                .expect("MAIL FROM:<.*>").line("250 2.1.0 OK")
                .expect("RCPT TO:<.*>").line(rcpt);
        if (rcpt.startsWith("2")) {
            b.expect("DATA").line("354 go").then("read the message", s -> {
                while (!new String(s.readLine(), StandardCharsets.US_ASCII).equals(".\r\n")) {
                    // the message, dot-stuffed
                }
                s.sendLine("250 2.0.0 saved");
            });
        }
        try (ScriptedServer server = b.expect("QUIT").line("221 bye").start()) {
            return Delivery.send(protocol, server.endpoint(), ClientOptions.defaults().withTimeout(Duration.ofSeconds(2))
                    .withTranscript(new Transcript()), "mailspec.test", "mailspec-nobody", "Subject: s\r\n\r\nb\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    @NegativeControl("DeliverySteps#refusesUnknownRecipient")
    void anUnknownRecipientAcceptedAtRcptIsJudged() throws Exception {
        try (Scripted s = Scripted.start()) {
            s.transfers.refused(offer(MailTransfer.Protocol.LMTP, "250 2.1.5 OK"));
            violates(s.delivery::refusesUnknownRecipient);
            s.transfers.refused(offer(MailTransfer.Protocol.SMTP, "450 4.2.1 try later"));
            violates(s.delivery::refusesUnknownRecipient);
            s.transfers.refused(offer(MailTransfer.Protocol.LMTP, "550 5.1.1 <mailspec-nobody> User doesn't exist"));
            holds(s.delivery::refusesUnknownRecipient);
            s.transfers.refused(offer(MailTransfer.Protocol.SMTP, "553 5.1.3 not allowed"));
            holds(s.delivery::refusesUnknownRecipient);
        }
    }

    private static Scripted inboxSelected(String noopAnswer) {
        Scripted s = Scripted.start("SELECT .*", "* 3 EXISTS\n* OK [UIDVALIDITY 7] v\n{tag} OK [READ-WRITE] selected",
                "NOOP", noopAnswer);
        s.loggedIn().send("SELECT INBOX");
        List<Received> seen = s.clients.session("A").client.responses();
        s.transfers.markBefore("A", seen.get(seen.size() - 1).sequence());
        return s.send("NOOP");
    }

    @Test
    @NegativeControl("DeliverySteps#existsCountsDelivery")
    void noNewsOfADeliveredMessageIsJudged() {
        try (Scripted s = inboxSelected("{tag} OK nothing new")) {
            violates(() -> s.delivery.existsCountsDelivery("A"));
        }
        try (Scripted s = inboxSelected("* 3 EXISTS\n{tag} OK the same")) {
            violates(() -> s.delivery.existsCountsDelivery("A"));
        }
        try (Scripted s = inboxSelected("* 4 EXISTS\n* 1 RECENT\n{tag} OK new mail")) {
            holds(() -> s.delivery.existsCountsDelivery("A"));
        }
        // a correct server may repeat the count it told before, then tell the new one
        try (Scripted s = inboxSelected("* 3 EXISTS\n* 4 EXISTS\n{tag} OK new mail")) {
            holds(() -> s.delivery.existsCountsDelivery("A"));
        }
        try (Scripted s = inboxSelected("* 2 EXISTS\n* 4 EXISTS\n{tag} OK new mail")) {
            violates(() -> s.delivery.existsCountsDelivery("A"));
        }
        try (Scripted s = Scripted.start().loggedIn()) {
            assertThatThrownBy(() -> s.delivery.existsCountsDelivery("A")).isInstanceOf(HarnessError.class);
        }
    }

    /**
     * A scripted IMAP server whose answers may hold the octets of this scenario's plain message
     * ({@code %PLAIN%}: a literal of them, after {@code prefix} lines): rules are pairs of command
     * regex and answer.
     */
    private static Scripted scripted(String prefix, boolean changed, String... rules) {
        AtomicReference<Scripted> ref = new AtomicReference<>();
        ScriptedServer.Builder b = ScriptedServer.builder().line(Scripted.GREETING);
        for (int i = 0; i + 1 < rules.length; i += 2) {
            String answer = rules[i + 1];
            b.onCommand(ScriptedServer.TAG + " " + rules[i], x -> {
                if (answer.isEmpty()) {
                    return;
                }
                String text = answer;
                if (text.contains("%PLAIN%")) {
                    String body = prefix + new String(ref.get().seeds.placeholderFixture("plain").bytes(),
                            StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
                    if (changed) {
                        body = body.replace("Body", "BODY");
                    }
                    int octets = body.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1).length;
                    text = text.replace("%PLAIN%", "{" + octets + "}\n" + body);
                }
                x.send(x.fill(text.replace("\n", "\r\n") + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            });
        }
        b.onCommand(ScriptedServer.TAG + " LOGIN .*", x -> x.replyLine("{tag} OK logged in"));
        b.onCommand(ScriptedServer.TAG + " LOGOUT", x -> {
            x.replyLine("* BYE bye\r\n{tag} OK bye");
            throw new java.io.IOException("logged out");
        });
        b.otherwise(x -> {
            String line = x.line();
            int sp = line.indexOf(' ');
            if (sp > 0) {
                x.sendLine(line.substring(0, sp) + " OK fine");
            }
        });
        Scripted sc = Scripted.over(b.start());
        ref.set(sc);
        return sc;
    }

    private static final String SELECT = "SELECT .*";
    private static final String SELECTED = "* 5 EXISTS\n{tag} OK [READ-WRITE] selected";

    /** INBOX selected, and the look-up of the plain message answered with these UIDs and this FETCH. */
    private static Scripted lookedUp(String uids, String fetch) {
        return lookedUp(uids, fetch, "", false);
    }

    private static Scripted lookedUp(String uids, String fetch, String prefix, boolean changed) {
        Scripted s = scripted(prefix, changed, SELECT, SELECTED, "UID SEARCH .*", "* SEARCH" + uids + "\n{tag} OK done",
                "UID FETCH .*", fetch);
        s.loggedIn().send("SELECT INBOX");
        s.lookup.looksUp("A", "plain");
        return s;
    }

    private static String fetchWith(String flags) {
        return "* 2 FETCH (UID 12 FLAGS (" + flags + ") BODY[] %PLAIN%)\n{tag} OK done";
    }

    @Test
    @NegativeControl({"LookupSteps#findsOnce", "LookupSteps#findsNone"})
    void whatALookUpFindsIsJudged() {
        try (Scripted s = lookedUp("", "")) {
            violates(() -> s.lookup.findsOnce("A", "plain"));
            holds(() -> s.lookup.findsNone("A", "plain"));
        }
        try (Scripted s = lookedUp(" 12 13", "{tag} OK done")) {
            violates(() -> s.lookup.findsOnce("A", "plain"));
            violates(() -> s.lookup.findsNone("A", "plain"));
        }
        try (Scripted s = lookedUp(" 12", "{tag} OK done")) {
            holds(() -> s.lookup.findsOnce("A", "plain"));
        }
    }

    @Test
    @NegativeControl("LookupSteps#bodyAsHandedOver")
    void theBodyOfADeliveredMessageIsJudgedFromTheFirstSeededHeader() {
        for (String prefix : List.of("", "Return-Path: <>\nReceived: from x\n\tby y; Mon, 7 Dec 2026\n")) {
            try (Scripted t = lookedUp(" 12", fetchWith(""), prefix, false)) {
                holds(() -> t.lookup.bodyAsHandedOver("A", "plain"));
            }
        }
        try (Scripted t = lookedUp(" 12", fetchWith(""), "Received: x\n", true)) {
            violates(() -> t.lookup.bodyAsHandedOver("A", "plain"));
        }
        try (Scripted t = lookedUp(" 12", fetchWith(""), "not a header line\n", false)) {
            violates(() -> t.lookup.bodyAsHandedOver("A", "plain"));
        }
        try (Scripted t = lookedUp(" 12", "* 2 FETCH (UID 12 FLAGS ())\n{tag} OK done")) {
            violates(() -> t.lookup.bodyAsHandedOver("A", "plain"));
        }
    }

    @Test
    @NegativeControl("LookupSteps#hasFlag")
    void theFlagsOfTheMessageFoundAreJudged() {
        try (Scripted t = lookedUp(" 12", fetchWith(""))) {
            violates(() -> t.lookup.hasFlag("plain", "A", "\\Seen"));
        }
        try (Scripted t = lookedUp(" 12", fetchWith("\\Seen \\Flagged"))) {
            holds(() -> t.lookup.hasFlag("plain", "A", "\\Seen"));
        }
    }

    @Test
    @NegativeControl("LookupSteps#toldOfExpunge")
    void theExpungeOfTheMessageFoundIsJudged() {
        for (String[] c : new String[][] {{"{tag} OK nothing", "violates"}, {"* 1 EXPUNGE\n{tag} OK", "violates"},
            {"* 2 EXPUNGE\n* 4 EXISTS\n{tag} OK", "holds"},
            // after * 1 EXPUNGE the message is number 1: the * 2 EXPUNGE that follows removes another one
            {"* 1 EXPUNGE\n* 2 EXPUNGE\n{tag} OK", "violates"},
            {"* 1 EXPUNGE\n* 1 EXPUNGE\n{tag} OK", "holds"}, {"* 3 EXPUNGE\n* 2 EXPUNGE\n{tag} OK", "holds"}}) {
            try (Scripted t = scripted("", false, SELECT, SELECTED, "UID SEARCH .*", "* SEARCH 12\n{tag} OK done",
                    "UID FETCH .*", fetchWith(""), "NOOP", c[0])) {
                t.loggedIn().send("SELECT INBOX");
                t.lookup.looksUp("A", "plain");
                t.send("NOOP");
                if (c[1].equals("holds")) {
                    holds(() -> t.lookup.toldOfExpunge("A", "plain"));
                } else {
                    violates(() -> t.lookup.toldOfExpunge("A", "plain"));
                }
            }
        }
    }
}
