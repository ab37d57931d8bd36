package org.mailspec.imap.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.run.RuleViolation;
import org.mailspec.target.ImapFacts;
import org.mailspec.target.ImapLayout;
import org.opentest4j.TestAbortedException;

/**
 * Placement and clean-up on servers laid out unlike stock Dovecot (issue 11), against
 * {@link MailStore}: every mailbox the run makes goes under the personal namespace the preflight
 * found, children take the layout's delimiter, and clean-up removes the run's own names and
 * nothing else.
 */
@Timeout(20)
class LayoutTest {

    static final ImapLayout INBOX_PREFIX = new ImapLayout("INBOX.", Optional.of("."), ImapLayout.Source.NAMESPACE,
            List.of(), List.of(), List.of());
    static final ImapLayout SLASH = new ImapLayout("", Optional.of("/"), ImapLayout.Source.NAMESPACE,
            List.of(), List.of(), List.of());

    static ImapFacts facts(ImapLayout layout, String... capabilities) {
        return new ImapFacts(List.of(), List.of(), List.of(capabilities), layout, List.of());
    }

    @Test
    void onAnInboxPrefixServerEveryNameGoesUnderInboxAndCleanUpRemovesThem() {
        MailStore store = MailStore.inboxPrefix().holding("INBOX.Drafts", "INBOX.mailspec-otherrun-1-Work");
        try (Scripted s = Scripted.over(store.start(), facts(INBOX_PREFIX, "IMAP4rev1"))) {
            s.mailboxes.exists("$Work");
            s.mailboxes.existsUnder("$Child", "$Parent");
            s.mailboxes.doesNotExist("$New");
            s.loggedIn().send("CREATE \"$New<delim>leaf\"");
            s.responses.answers("OK");

            assertThat(store.refused()).isEmpty();
            String work = s.boxes.mailbox("$Work");
            String parent = s.boxes.mailbox("$Parent");
            String fresh = s.boxes.mailbox("$New");
            assertThat(work).matches("INBOX\\.mailspec-test-\\d+-Work");
            assertThat(s.boxes.mailbox("$Child")).isEqualTo(parent + ".Child");
            assertThat(store.names()).contains(work, parent, parent + ".Child", fresh + ".leaf");
            // the layout came from the facts: nobody asked LIST "" "" for a delimiter
            assertThat(s.server.received()).noneMatch(l -> l.matches("\\S+ LIST \"\" \"\""));
        }
        assertThat(store.names()).containsExactly("INBOX.Drafts", "INBOX.mailspec-otherrun-1-Work");
    }

    @Test
    void onASlashServerChildrenTakeTheSlashAndCleanUpRemovesThemChildrenFirst() {
        MailStore store = MailStore.slash().holding("Archive", "Archive/2024");
        try (Scripted s = Scripted.over(store.start(), facts(SLASH, "IMAP4rev1"))) {
            s.mailboxes.existsUnder("$Child", "$Parent");
            s.mailboxes.existsUnder("$Grandchild", "$Child");
            s.loggedIn().send("LIST \"\" \"$Parent<delim>*\"");
            s.mailboxes.lists("$Child");
            s.mailboxes.lists("$Grandchild");

            String parent = s.boxes.mailbox("$Parent");
            assertThat(parent).matches("mailspec-test-\\d+-Parent");
            assertThat(s.boxes.mailbox("$Grandchild")).isEqualTo(parent + "/Child/Grandchild");
            assertThat(s.server.received()).anyMatch(l -> l.endsWith("LIST \"\" \"" + parent + "/*\""));
        }
        assertThat(store.names()).containsExactly("Archive", "Archive/2024");
    }

    @Test
    void aMailboxPrefixSettingPlacesTheNamesUnderIt() {
        ImapLayout tests = new ImapLayout("INBOX.Tests.", Optional.of("."), ImapLayout.Source.SETTING,
                List.of(), List.of(), List.of());
        MailStore store = MailStore.inboxPrefix().holding("INBOX.Tests");
        try (Scripted s = Scripted.over(store.start(), facts(tests, "IMAP4rev1"))) {
            s.mailboxes.exists("$Work");
            assertThat(s.boxes.mailbox("$Work")).matches("INBOX\\.Tests\\.mailspec-test-\\d+-Work");
        }
        // the user's own folder stays; only the run's names are removed
        assertThat(store.names()).containsExactly("INBOX.Tests");
    }

    @Test
    void withoutALayoutARootNameIsRefusedByAnInboxPrefixServer() {
        // what issue 11 measured: without the layout, the run's CREATE lands at the root and is refused
        MailStore store = MailStore.inboxPrefix();
        try (Scripted s = Scripted.over(store.start())) {
            assertThatThrownBy(() -> s.mailboxes.exists("$Work"))
                    .hasMessageContaining("precondition: CREATE mailspec-test-");
            assertThat(store.refused()).hasSize(1);
        }
    }

    @Test
    void whereEveryCreateProbeWasRefusedScenariosThatCreateSkipAndSayWhy() {
        ImapLayout refused = new ImapLayout("", Optional.of("."), ImapLayout.Source.REFUSED, List.of(), List.of(),
                List.of());
        MailStore store = MailStore.inboxPrefix();
        try (Scripted s = Scripted.over(store.start(), facts(refused, "IMAP4rev1"))) {
            assertThatThrownBy(() -> s.mailboxes.exists("$Work")).isInstanceOf(TestAbortedException.class)
                    .hasMessageContaining("set mailbox.prefix");
            assertThatThrownBy(() -> s.mailboxes.absentButCreatable("$Missing")).isInstanceOf(TestAbortedException.class);
            assertThatThrownBy(() -> s.mailboxes.named("$Intl", "x")).isInstanceOf(TestAbortedException.class);
            // a name that only has to be absent is still fine
            s.mailboxes.doesNotExist("$Gone");
            assertThat(store.refused()).isEmpty();
        }
    }

    @Test
    void aGrammarSlipOnTheSetupSessionDoesNotStopTheCleanUp() {
        // GreenMail's EXAMINE: "* OK [UIDVALIDITY n]" with no text after the code (RFC 9051 resp-text)
        MailStore store = MailStore.slash();
        Scripted s = Scripted.over(store.start(b -> b.onCommand(org.mailspec.testing.ScriptedServer.TAG + " EXAMINE .*",
                x -> x.replyLine("* 2 EXISTS\r\n* OK [UIDVALIDITY 7]\r\n* OK [UIDNEXT 5]\r\n{tag} OK examined"))),
                facts(SLASH, "IMAP4rev1"));
        try {
            // the setup session reads leniently: it is never judged, so the slip neither fails the seeding
            s.messages.holds("$Work", 2, "plain");
            assertThat(store.names()).hasSize(1);
            s.hooks.cleanUp();
            assertThat(store.names()).as("the run's mailbox is deleted on a fresh setup connection").isEmpty();
        } finally {
            s.close();
        }
    }

    @Test
    void onAFlatServerACommandWithTheDelimiterSkips() {
        ImapLayout flat = new ImapLayout("", Optional.empty(), ImapLayout.Source.NAMESPACE, List.of(), List.of(), List.of());
        try (Scripted s = Scripted.over(MailStore.slash().start(), facts(flat, "IMAP4rev1"))) {
            s.mailboxes.doesNotExist("$Parent");
            s.loggedIn();
            assertThatThrownBy(() -> s.send("CREATE \"$Parent<delim>leaf\"")).isInstanceOf(TestAbortedException.class)
                    .hasMessageContaining("flat");
            assertThatThrownBy(() -> s.mailboxes.existsUnder("$Child", "$Parent")).isInstanceOf(TestAbortedException.class);
        }
    }

    @Test
    void capabilitiesComeFromThePreflightFactsWithoutAProbe() {
        MailStore store = MailStore.slash();
        try (Scripted s = Scripted.over(store.start(), facts(SLASH, "IMAP4rev1", "X-FROM-FACTS"))) {
            assertThat(s.advertised.has("X-FROM-FACTS")).isTrue();
            assertThat(s.advertised.has("IDLE")).isFalse();
            assertThat(s.server.connectionCount()).isZero();
        }
    }
}
