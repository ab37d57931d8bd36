package org.mailspec.imap.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The setup session looks into a mailbox without changing it. Its EXAMINE used to end with CLOSE,
 * and a server whose CLOSE expunges an examined mailbox (GreenMail; the scripted store here) then
 * lost the scenario's \Deleted message before the scenario judged EXPUNGE in that mailbox.
 */
@Timeout(20)
class SideTest {

    @Test
    void examiningFromTheSideLeavesADeletedMessageInPlaceWithoutUnselect() {
        MailStore store = MailStore.slash();
        try (Scripted s = Scripted.over(store.start(), LayoutTest.facts(LayoutTest.SLASH, "IMAP4rev1"))) {
            s.messages.holds("$Work", 1, "plain");
            String work = s.boxes.mailbox("$Work");
            store.flag(work, 1, "\\Deleted");
            int seeding = store.verbs().size(); // the seeding's own CLOSE expunged its UID spacers
            s.seeds.examine(work, false);
            assertThat(store.uids(work)).hasSize(1);
            assertThat(store.verbs().subList(seeding, store.verbs().size())).doesNotContain("CLOSE", "UNSELECT");
            assertThat(store.selectedNow()).as("what the setup session has selected after").isEmpty();
        }
    }

    @Test
    void withUnselectTheSideSessionStaysOpenAndUnselects() {
        MailStore store = MailStore.slash();
        try (Scripted s = Scripted.over(store.start(), LayoutTest.facts(LayoutTest.SLASH, "IMAP4rev1", "UNSELECT"))) {
            s.messages.holds("$Work", 1, "plain");
            String work = s.boxes.mailbox("$Work");
            store.flag(work, 1, "\\Deleted");
            int seeding = store.verbs().size(); // the seeding's own CLOSE expunged its UID spacers
            s.seeds.examine(work, false);
            assertThat(store.uids(work)).hasSize(1);
            assertThat(store.verbs().subList(seeding, store.verbs().size())).contains("UNSELECT").doesNotContain("CLOSE");
            assertThat(store.selectedNow()).isEmpty();
        }
    }
}
