package org.mailspec.pop3.steps;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.pop3.steps.FakePop3.Break;
import org.mailspec.testing.NegativeControl;
import org.mailspec.run.RuleViolation;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ListingStepsTest {

    @Test
    void dropListingPasses() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m1", "plain").login("A").send("A", "STAT");
            h.listing.receivesDropListing("A");
        }
    }

    @Test
    @NegativeControl("ListingSteps#receivesDropListing")
    void dropListingWithTwoSpacesFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.DROP_LISTING_TWO_SPACES))) {
            h.seed("m1", "plain").login("A").send("A", "STAT");
            assertThatThrownBy(() -> h.listing.receivesDropListing("A")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void dropListingAgreesWithScanListing() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m1", "plain").seed("m2", "multipart").login("A").send("A", "DELE $m1", "STAT", "LIST");
            h.listing.dropAgreesWithScan("A");
            h.listing.scanListingOmits("A", "m1");
            h.listing.scanListingLists("A", "m2");
        }
    }

    @Test
    @NegativeControl("ListingSteps#dropAgreesWithScan")
    void statCountOffByOneFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.STAT_COUNT_OFF_BY_ONE))) {
            h.seed("m1", "plain").seed("m2", "multipart").login("A").send("A", "STAT", "LIST");
            assertThatThrownBy(() -> h.listing.dropAgreesWithScan("A")).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("+OK 2 ");
        }
    }

    @Test
    @NegativeControl("ListingSteps#dropAgreesWithScan")
    void statCountingADeletedMessageFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.DELETED_STILL_COUNTED))) {
            h.seed("m1", "plain").seed("m2", "plain").login("A").send("A", "DELE $m1", "STAT", "LIST");
            assertThatThrownBy(() -> h.listing.dropAgreesWithScan("A")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void singleScanListingPasses() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m1", "plain").login("A").send("A", "LIST $m1");
            h.listing.receivesScanListing("A", "m1");
        }
    }

    @Test
    @NegativeControl("ListingSteps#receivesScanListing")
    void sizeCountedWithLineFeedsFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.SIZES_WITH_LF))) {
            h.seed("m1", "plain").login("A").send("A", "LIST $m1");
            assertThatThrownBy(() -> h.listing.receivesScanListing("A", "m1")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void scanListingOfDotLinesPasses() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("dotted", "dot-lines").seed("wide", "eight-bit-long-lines").login("A").send("A", "LIST");
            h.listing.scanListingLists("A", "dotted");
            h.listing.scanListingLists("A", "wide");
        }
    }

    @Test
    @NegativeControl("ListingSteps#scanListingLists")
    void stuffedDotsCountedFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.SIZES_COUNT_STUFFED_DOTS))) {
            h.seed("dotted", "dot-lines").login("A").send("A", "LIST");
            assertThatThrownBy(() -> h.listing.scanListingLists("A", "dotted")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    @NegativeControl("ListingSteps#scanListingLists")
    void rsetThatRestoresNothingFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.RSET_RESTORES_NOTHING))) {
            h.seed("m1", "plain").login("A").send("A", "DELE $m1", "RSET", "LIST");
            assertThatThrownBy(() -> h.listing.scanListingLists("A", "m1")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void rsetRestores() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m1", "plain").login("A").send("A", "DELE $m1", "RSET", "LIST");
            h.listing.scanListingLists("A", "m1");
        }
    }

    @Test
    @NegativeControl("ListingSteps#scanListingOmits")
    void deletedMessageStillListedFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.LIST_LISTS_DELETED))) {
            h.seed("m1", "plain").login("A").send("A", "DELE $m1", "LIST");
            assertThatThrownBy(() -> h.listing.scanListingOmits("A", "m1")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void emptyMaildropPasses() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.maildrop.holdsNoMessages();
            h.login("A").send("A", "LIST");
            h.listing.scanListingEmpty("A");
        }
    }

    @Test
    @NegativeControl("ListingSteps#scanListingEmpty")
    void phantomListingFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.PHANTOM_LISTING))) {
            h.login("A").send("A", "LIST");
            assertThatThrownBy(() -> h.listing.scanListingEmpty("A")).isInstanceOf(RuleViolation.class);
        }
    }
    // ---------------------------------------------------------------- the whole listing, other mail too

    @Test
    void otherMailInTheMaildropIsAccepted() {
        try (Harness h = Harness.on(FakePop3.correct().foreign(3))) {
            h.seed("m1", "plain").login("A").send("A", "DELE 2", "LIST");
            h.listing.scanListingLists("A", "m1");
            h.send("A", "STAT");
            h.listing.dropAgreesWithScan("A");
        }
    }

    @Test
    @NegativeControl("ListingSteps#scanListingLists")
    void aListingThatLeavesOutAnotherMessageFails() {
        try (Harness h = Harness.on(FakePop3.breaking(FakePop3.Break.LIST_SKIPS_A_FOREIGN_MESSAGE).foreign(2))) {
            h.seed("m1", "plain").login("A").send("A", "LIST");
            assertThatThrownBy(() -> h.listing.scanListingLists("A", "m1")).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("no line for message 1");
        }
    }

    @Test
    @NegativeControl("ListingSteps#scanListingLists")
    void aListingThatNamesAMessageTwiceFails() {
        try (Harness h = Harness.on(FakePop3.breaking(FakePop3.Break.LIST_LISTS_A_MESSAGE_TWICE).foreign(1))) {
            h.seed("m1", "plain").login("A").send("A", "LIST");
            assertThatThrownBy(() -> h.listing.scanListingLists("A", "m1")).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("message 1 listed twice");
        }
    }

    /** The rule is the session's deletions, not only the scenario's message: another deleted message listed fails. */
    @Test
    @NegativeControl("ListingSteps#scanListingOmits")
    void anotherDeletedMessageStillListedFails() {
        try (Harness h = Harness.on(FakePop3.breaking(FakePop3.Break.LIST_LISTS_DELETED).foreign(2))) {
            h.seed("m1", "plain").login("A").send("A", "DELE 1", "LIST");
            assertThatThrownBy(() -> h.listing.scanListingOmits("A", "m1")).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("message 1 listed, though the session marked it as deleted");
        }
    }
}
