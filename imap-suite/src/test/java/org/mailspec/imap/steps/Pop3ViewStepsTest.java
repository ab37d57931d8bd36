package org.mailspec.imap.steps;

import static org.mailspec.imap.steps.Scripted.holds;
import static org.mailspec.imap.steps.Scripted.violates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.run.SuiteContext;
import org.mailspec.run.schedule.ScenarioLease;
import org.mailspec.settings.Account;
import org.mailspec.settings.Settings;
import org.mailspec.settings.TlsMode;
import org.mailspec.testing.NegativeControl;
import org.mailspec.testing.ScriptedServer;
import org.mailspec.testing.ScriptedTarget;

/** Negative controls for the POP3 assertions of the IMAP suite, against a scripted POP3 server. */
@Timeout(30)
class Pop3ViewStepsTest {

    /** How the scripted POP3 server answers: the plain message is message 2 of two. */
    record Script(String statLine, long listedSize, String retrPrefix, boolean changed, String uid) {
        static Script honest() {
            return new Script(null, -1, "", false, "uid-2");
        }
    }

    /** The parts over a scripted POP3 server, for one script. */
    static final class Parts implements AutoCloseable {
        final ScriptedServer server;
        final Seeds seeds;
        final Lookups lookups = new Lookups();
        final Pop3Views views;
        final Pop3ViewSteps steps;

        Parts(Script script) {
            AtomicReference<Parts> ref = new AtomicReference<>();
            ScriptedServer.Builder b = ScriptedServer.builder().line("+OK scripted POP3 ready")
                    .onCommand("USER .*", x -> x.sendLine("+OK"))
                    .onCommand("PASS .*", x -> x.sendLine("+OK maildrop locked"))
                    .onCommand("STAT", x -> x.sendLine(script.statLine() != null ? script.statLine()
                            : "+OK 2 " + (50 + ref.get().plain().length)))
                    .onCommand("LIST", x -> x.send("+OK 2 messages\r\n1 50\r\n2 " + (script.listedSize() >= 0
                            ? script.listedSize() : ref.get().stored(script).length) + "\r\n.\r\n"))
                    .onCommand("TOP 1 0", x -> x.send("+OK\r\nMessage-ID: <other@example.org>\r\n\r\n.\r\n"))
                    .onCommand("TOP 2 0", x -> x.send("+OK\r\n" + ref.get().headerOf(script) + ".\r\n"))
                    .onCommand("RETR 2", x -> x.send("+OK\r\n" + new String(ref.get().stored(script), StandardCharsets.ISO_8859_1)
                            + ".\r\n"))
                    .onCommand("UIDL 2", x -> x.sendLine("+OK 2 " + script.uid()))
                    .onCommand("QUIT", x -> {
                        x.sendLine("+OK bye");
                        throw new IOException("quit");
                    });
            server = b.start();
            ScriptedTarget target = new ScriptedTarget(server.endpoint(TlsMode.NONE), Optional.empty(),
                    server.endpoint(TlsMode.NONE), Optional.empty(), List.of(new Account("user", "secret")), true,
                    Duration.ofMillis(1500), Optional.empty(), java.util.Set.of(), Optional.empty(), Optional.empty());
            SuiteContext context = SuiteContext.of(Settings.of(Map.of()), "test", target);
            Verdicts verdicts = new Verdicts();
            ScenarioLease lease = new ScenarioLease(context);
            Side side = new Side(context, verdicts, lease, new Advertised(context));
            seeds = new Seeds(context, side, new Mailboxes(context, side), new MailboxUids());
            views = new Pop3Views(context, lease, verdicts);
            steps = new Pop3ViewSteps(views, seeds, lookups, verdicts);
            ref.set(this);
        }

        byte[] plain() {
            return seeds.placeholderFixture("plain").bytes();
        }

        byte[] stored(Script script) {
            String text = script.retrPrefix() + new String(plain(), StandardCharsets.ISO_8859_1);
            return (script.changed() ? text.replace("Body", "BODY") : text).getBytes(StandardCharsets.ISO_8859_1);
        }

        String headerOf(Script script) {
            String all = new String(stored(script), StandardCharsets.ISO_8859_1);
            return all.substring(0, all.indexOf("\r\n\r\n") + 4);
        }

        @Override
        public void close() {
            views.closeAll();
            server.close();
        }
    }

    private static Parts retrieved(Script script, String name) {
        Parts p = new Parts(script);
        p.steps.loggedIn(name);
        p.steps.retrieves(name, "plain");
        return p;
    }

    @Test
    @NegativeControl("Pop3ViewSteps#listedSizeIsRetrievedSize")
    void aListedSizeOtherThanTheRetrievedOctetsIsJudged() {
        try (Parts p = retrieved(new Script(null, 7, "", false, "u"), "P")) {
            violates(() -> p.steps.listedSizeIsRetrievedSize("P", "plain"));
        }
        try (Parts p = retrieved(Script.honest(), "P")) {
            holds(() -> p.steps.listedSizeIsRetrievedSize("P", "plain"));
        }
    }

    @Test
    @NegativeControl("Pop3ViewSteps#statCountsListing")
    void aDropListingThatDisagreesWithTheScanListingsIsJudged() {
        try (Parts p = retrieved(new Script("+OK 2 10", -1, "", false, "u"), "P")) {
            violates(() -> p.steps.statCountsListing("P"));
        }
        try (Parts p = retrieved(new Script("+OK 1 10", -1, "", false, "u"), "P")) {
            violates(() -> p.steps.statCountsListing("P"));
        }
        try (Parts p = retrieved(Script.honest(), "P")) {
            holds(() -> p.steps.statCountsListing("P"));
        }
    }

    @Test
    @NegativeControl("Pop3ViewSteps#retrievedIsSeeded")
    void aRetrievedMessageOtherThanTheOneHandedOverIsJudged() {
        try (Parts p = retrieved(new Script(null, -1, "Received: x\r\n", true, "u"), "P")) {
            violates(() -> p.steps.retrievedIsSeeded("P", "plain"));
        }
        try (Parts p = retrieved(new Script(null, -1, "no header\r\n", false, "u"), "P")) {
            violates(() -> p.steps.retrievedIsSeeded("P", "plain"));
        }
        try (Parts p = retrieved(new Script(null, -1, "Return-Path: <>\r\nReceived: from x\r\n\tby y\r\n", false, "u"), "P")) {
            holds(() -> p.steps.retrievedIsSeeded("P", "plain"));
        }
    }

    @Test
    @NegativeControl("Pop3ViewSteps#retrievedIsImapBody")
    void aRetrievedMessageOtherThanImapsBodyIsJudged() {
        try (Parts p = retrieved(new Script(null, -1, "Received: x\r\n", true, "u"), "P")) {
            p.lookups.record("A", "plain", new Lookups.Found("INBOX", List.of(12L), 2, Optional.empty(),
                    Optional.of(("Received: y\r\n" + new String(p.plain(), StandardCharsets.ISO_8859_1))
                            .getBytes(StandardCharsets.ISO_8859_1)), null));
            violates(() -> p.steps.retrievedIsImapBody("P", "A", "plain"));
        }
        try (Parts p = retrieved(new Script(null, -1, "Received: x\r\n", false, "u"), "P")) {
            p.lookups.record("A", "plain", new Lookups.Found("INBOX", List.of(12L), 2, Optional.empty(),
                    Optional.of(("Received: y\r\n" + new String(p.plain(), StandardCharsets.ISO_8859_1))
                            .getBytes(StandardCharsets.ISO_8859_1)), null));
            holds(() -> p.steps.retrievedIsImapBody("P", "A", "plain"));
        }
    }

    @Test
    @NegativeControl("Pop3ViewSteps#sameUniqueId")
    void aUniqueIdThatChangesBetweenSessionsIsJudged() {
        try (Parts p = new Parts(Script.honest())) {
            p.steps.loggedIn("P");
            p.steps.readsUniqueId("P", "plain");
            p.steps.quits("P");
            p.views.view("P").uniqueIds.put("plain", "another-uid");
            p.steps.loggedIn("Q");
            p.steps.readsUniqueId("Q", "plain");
            violates(() -> p.steps.sameUniqueId("Q", "P", "plain"));
        }
        try (Parts p = new Parts(Script.honest())) {
            p.steps.loggedIn("P");
            p.steps.readsUniqueId("P", "plain");
            p.steps.quits("P");
            p.steps.loggedIn("Q");
            p.steps.readsUniqueId("Q", "plain");
            holds(() -> p.steps.sameUniqueId("Q", "P", "plain"));
        }
    }
}
