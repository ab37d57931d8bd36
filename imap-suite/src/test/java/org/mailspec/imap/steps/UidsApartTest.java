package org.mailspec.imap.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailspec.imap.steps.Scripted.holds;
import static org.mailspec.imap.steps.Scripted.violates;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.testing.NegativeControl;
import org.mailspec.testing.ScriptedServer;

/**
 * Issue 16: a mailbox the harness makes keeps its UIDs apart from its sequence numbers, so a server
 * that answers UID SEARCH with sequence numbers FAILs; on a mailbox numbered from UID 1 it would
 * have passed.
 */
@Timeout(20)
class UidsApartTest {

    /** A server that answers UID SEARCH FLAGGED with {@code answer}, messages 2 and 3 being the flagged ones. */
    private static ScriptedServer answering(MailStore store, String answer) {
        return store.start(b -> b.onCommand(ScriptedServer.TAG + " UID SEARCH FLAGGED",
                s -> s.replyLine("* SEARCH " + answer + "\r\n{tag} OK searched")));
    }

    @Test
    void seededMessagesHaveNoUidEqualToTheirSequenceNumber() {
        MailStore store = MailStore.slash();
        try (Scripted s = Scripted.over(store.start(), LayoutTest.facts(LayoutTest.SLASH))) {
            s.messages.holds("$Work", 3, "plain");
            String work = s.boxes.mailbox("$Work");
            List<Long> uids = store.uids(work);
            assertThat(uids).containsExactly(3L, 4L, 5L);
            for (int n = 1; n <= 3; n++) {
                assertThat(s.seeds.uid(work, n)).as("recorded UID of message " + n).isEqualTo(uids.get(n - 1)).isNotEqualTo(n);
            }
            s.mailboxes.exists("$Dest");
            assertThat(store.uids(s.boxes.mailbox("$Dest"))).isEmpty();
        }
    }

    @Test
    @NegativeControl("SearchSteps#findsUids")
    void uidSearchAnsweredWithSequenceNumbersFails() {
        try (Scripted s = Scripted.over(answering(MailStore.slash(), "2 3"), LayoutTest.facts(LayoutTest.SLASH))) {
            s.messages.holds("$Work", 3, "plain");
            s.loggedIn().send("SELECT $Work").send("UID SEARCH FLAGGED");
            violates(() -> s.search.findsUids(List.of(2, 3)));
        }
        try (Scripted s = Scripted.over(answering(MailStore.slash(), "4 5"), LayoutTest.facts(LayoutTest.SLASH))) {
            s.messages.holds("$Work", 3, "plain");
            s.loggedIn().send("SELECT $Work").send("UID SEARCH FLAGGED");
            holds(() -> s.search.findsUids(List.of(2, 3)));
        }
    }

    @Test
    void onAMailboxNumberedFromOneTheSameWrongAnswerWouldPass() {
        // why the spacers: with UIDs 1, 2, 3 the sequence numbers 2 3 are the UIDs of messages 2 and 3
        try (Scripted s = Scripted.over(answering(MailStore.slash(), "2 3"), LayoutTest.facts(LayoutTest.SLASH))) {
            s.seeds.uidsFromOneForTest();
            s.messages.holds("$Work", 3, "plain");
            s.loggedIn().send("SELECT $Work").send("UID SEARCH FLAGGED");
            holds(() -> s.search.findsUids(List.of(2, 3)));
        }
    }
}
