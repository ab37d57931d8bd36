package org.mailspec.imap.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.settings.TlsMode;
import org.mailspec.testing.ScriptedServer;
import org.mailspec.testing.ScriptedTarget;

/** The accounts listed before the first scenario and after the last: what the run left, and what it removed. */
@Timeout(20)
class RunLedgerTest {

    @Test
    void aRunThatCleansUpLeavesNothingBehind() {
        MailStore store = MailStore.inboxPrefix().holding("INBOX.Drafts");
        try (ScriptedServer server = store.start()) {
            ScriptedTarget target = Scripted.target(server.endpoint(TlsMode.NONE), Duration.ofMillis(1500));
            RunLedger.begin("clean", target);
            Scripted s = Scripted.over(server, LayoutTest.facts(LayoutTest.INBOX_PREFIX));
            s.mailboxes.existsUnder("$Child", "$Parent");
            s.hooks.cleanUp();
            assertThat(RunLedger.end()).allMatch(l -> l.contains("the run left nothing behind (2 before"))
                    .hasSize(2);
        }
    }

    @Test
    void aNameLeftOrRemovedIsReported() {
        MailStore store = MailStore.inboxPrefix().holding("INBOX.Drafts");
        try (ScriptedServer server = store.start()) {
            ScriptedTarget target = Scripted.target(server.endpoint(TlsMode.NONE), Duration.ofMillis(1500));
            RunLedger.begin("leaky", target);
            store.holding("INBOX.mailspec-leaky-1-Work");
            store.remove("INBOX.Drafts");
            assertThat(RunLedger.end()).anyMatch(l -> l.contains("not there before the first: INBOX.mailspec-leaky-1-Work"));
        }
        MailStore removing = MailStore.slash().holding("Archive");
        try (ScriptedServer server = removing.start()) {
            RunLedger.begin("removing", Scripted.target(server.endpoint(TlsMode.NONE), Duration.ofMillis(1500)));
            Scripted s = Scripted.over(server, LayoutTest.facts(LayoutTest.SLASH));
            s.loggedIn().send("DELETE \"Archive\"");
            s.hooks.cleanUp();
            assertThat(RunLedger.end()).anyMatch(l -> l.contains("gone after the last: Archive"));
        }
    }
}
