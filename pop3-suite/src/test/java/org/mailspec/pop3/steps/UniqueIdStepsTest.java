package org.mailspec.pop3.steps;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.pop3.steps.FakePop3.Break;
import org.mailspec.testing.NegativeControl;
import org.mailspec.run.RuleViolation;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class UniqueIdStepsTest {

    @Test
    void uniqueIdListingPasses() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m1", "plain").login("A").send("A", "UIDL $m1");
            h.uidl.receivesUidListing("A", "m1");
        }
    }

    @Test
    @NegativeControl("UniqueIdSteps#receivesUidListing")
    void uniqueIdOf71OctetsFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.UID_TOO_LONG))) {
            h.seed("m1", "plain").login("A").send("A", "UIDL $m1");
            assertThatThrownBy(() -> h.uidl.receivesUidListing("A", "m1")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    @NegativeControl("UniqueIdSteps#receivesUidListing")
    void textAfterTheUniqueIdFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.TEXT_AFTER_UID))) {
            h.seed("m1", "plain").login("A").send("A", "UIDL $m1");
            assertThatThrownBy(() -> h.uidl.receivesUidListing("A", "m1")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void multiLineListingPasses() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m1", "plain").seed("m2", "plain").login("A").send("A", "UIDL");
            h.uidl.uidListingLists("A", "m1");
            h.uidl.uidListingLists("A", "m2");
            h.uidl.oneUniqueIdEach("A");
        }
    }

    @Test
    void otherMailWithItsOwnUniqueIdsIsAccepted() {
        try (Harness h = Harness.on(FakePop3.correct().foreign(3))) {
            h.seed("m1", "plain").seed("m2", "plain").login("A").send("A", "UIDL", "UIDL $m2", "DELE 2", "UIDL");
            h.uidl.uidListingLists("A", "m1");
            h.uidl.oneUniqueIdEach("A");
        }
    }

    /** Issue 12 section 7: two messages the scenario did not seed share a unique-id. */
    @Test
    @NegativeControl("UniqueIdSteps#uidListingLists")
    void twoOtherMessagesSharingAUniqueIdFail() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.FOREIGN_UIDS_SHARED).foreign(2))) {
            h.seed("m1", "plain").login("A").send("A", "UIDL");
            assertThatThrownBy(() -> h.uidl.uidListingLists("A", "m1")).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("uniquely identifies a message within a maildrop")
                    .hasMessageContaining("messages 1 and 2 both have \"shared\"");
        }
    }

    @Test
    @NegativeControl("UniqueIdSteps#oneUniqueIdEach")
    void twoOtherMessagesSharingAUniqueIdFailTheSessionCheck() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.FOREIGN_UIDS_SHARED).foreign(2))) {
            h.seed("m1", "plain").login("A").send("A", "UIDL");
            assertThatThrownBy(() -> h.uidl.oneUniqueIdEach("A")).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("shared");
        }
    }

    /** Issue 12 section 7: after DELE, another message takes the deleted one's unique-id. */
    @Test
    @NegativeControl("UniqueIdSteps#oneUniqueIdEach")
    void theUniqueIdOfADeletedMessageGivenToAnotherInTheSessionFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.UID_OF_DELETED_REUSED))) {
            h.seed("m1", "plain").seed("m2", "plain").login("A").send("A", "UIDL", "DELE $m1", "UIDL");
            h.uidl.uidListingOmits("A", "m1");
            assertThatThrownBy(() -> h.uidl.oneUniqueIdEach("A")).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("an earlier UIDL of the session gave");
        }
    }

    @Test
    @NegativeControl("UniqueIdSteps#oneUniqueIdEach")
    void oneUniqueIdGivenToTwoMessagesByUidlMsgFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.SAME_UID_FOR_ALL))) {
            h.seed("m1", "plain").seed("m2", "plain").login("A").send("A", "UIDL $m1", "UIDL $m2");
            assertThatThrownBy(() -> h.uidl.oneUniqueIdEach("A")).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("\"same\"");
        }
    }

    @Test
    @NegativeControl("UniqueIdSteps#uidListingLists")
    void uniqueIdWithASpaceFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.SPACE_IN_UID))) {
            h.seed("m1", "plain").login("A").send("A", "UIDL");
            assertThatThrownBy(() -> h.uidl.uidListingLists("A", "m1")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void deletedMessageLeftOut() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m1", "plain").seed("m2", "plain").login("A").send("A", "DELE $m1", "UIDL");
            h.uidl.uidListingOmits("A", "m1");
            h.uidl.uidListingLists("A", "m2");
        }
    }

    @Test
    @NegativeControl("UniqueIdSteps#uidListingOmits")
    void deletedMessageStillListedFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.UIDL_LISTS_DELETED))) {
            h.seed("m1", "plain").login("A").send("A", "DELE $m1", "UIDL");
            assertThatThrownBy(() -> h.uidl.uidListingOmits("A", "m1")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void uniqueIdPersistsAcrossSessions() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m1", "plain").login("A").send("A", "UIDL $m1");
            h.uidl.receivesUidListing("A", "m1");
            h.session.drops("A");
            h.login("B").send("B", "UIDL $m1");
            h.uidl.receivesUidListing("B", "m1");
            h.uidl.sameUid("B", "m1", "A", "m1");
        }
    }

    @Test
    @NegativeControl("UniqueIdSteps#sameUid")
    void uniqueIdChangingPerSessionFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.UID_PER_SESSION))) {
            h.seed("m1", "plain").login("A").send("A", "UIDL $m1");
            h.uidl.receivesUidListing("A", "m1");
            h.send("A", "QUIT");
            h.login("B").send("B", "UIDL $m1");
            h.uidl.receivesUidListing("B", "m1");
            assertThatThrownBy(() -> h.uidl.sameUid("B", "m1", "A", "m1")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    @NegativeControl("UniqueIdSteps#uidListingLists")
    void oneUniqueIdForTwoMessagesFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.SAME_UID_FOR_ALL))) {
            h.seed("m1", "plain").seed("m2", "plain").login("A").send("A", "UIDL");
            assertThatThrownBy(() -> h.uidl.uidListingLists("A", "m1")).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("both have \"same\"");
        }
    }

    @Test
    void aNewMessageWithANewUniqueIdPasses() {
        try (Harness h = Harness.on(FakePop3.correct().foreign(1))) {
            h.seed("m1", "plain").login("A").send("A", "UIDL $m1");
            h.uidl.receivesUidListing("A", "m1");
            h.send("A", "DELE $m1", "QUIT");
            h.seed("m2", "plain").login("B").send("B", "UIDL");
            h.uidl.uidListingLists("B", "m2");
            h.uidl.uidNotReused("B", "A", "m1");
        }
    }

    @Test
    @NegativeControl("UniqueIdSteps#uidNotReused")
    void uniqueIdOfARemovedMessageReusedFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.UIDS_BY_POSITION))) {
            h.seed("m1", "plain").login("A").send("A", "UIDL $m1");
            h.uidl.receivesUidListing("A", "m1");
            h.send("A", "DELE $m1", "QUIT");
            h.seed("m2", "plain").login("B").send("B", "UIDL");
            assertThatThrownBy(() -> h.uidl.uidNotReused("B", "A", "m1")).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("message 1 has it");
        }
    }
}
