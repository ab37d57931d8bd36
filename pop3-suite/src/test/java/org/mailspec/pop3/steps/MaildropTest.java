package org.mailspec.pop3.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opentest4j.TestAbortedException;

/** What the scenario seeded, where each session found it, and the clean-up. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class MaildropTest {

    @Test
    void eachSessionFindsTheSeededMessagesUnderItsOwnNumbers() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m1", "plain").seed("m2", "multipart").login("A");
            Client a = h.sessions.client("A");
            assertThat(h.maildropPart.number(a, "m1")).isEqualTo(1);
            assertThat(h.maildropPart.number(a, "m2")).isEqualTo(2);
            assertThat(h.maildropPart.highest(a)).isEqualTo(2);
            h.send("A", "DELE $m1", "QUIT");
            h.login("B");
            Client b = h.sessions.client("B");
            assertThat(h.maildropPart.numberIfPresent(b, "m1")).isEmpty();
            assertThat(h.maildropPart.number(b, "m2")).isEqualTo(1);
        }
    }

    @Test
    void aMessageSeededAfterLoginIsNotLookedFor() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.login("A").seed("late", "plain");
            assertThatThrownBy(() -> h.maildropPart.numberIfPresent(h.sessions.client("A"), "late"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("seeded after");
        }
    }

    @Test
    void uidlGivesTheSeededMessagesTheirUniqueIds() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m1", "plain").login("A").send("A", "UIDL");
            assertThat(h.maildropPart.uid(h.sessions.client("A"), "m1")).isPresent();
        }
    }

    @Test
    void everySessionLogsInAsTheMaildropsAccount() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            assertThat(h.maildropPart.account().user()).isEqualTo(FakePop3.USER);
            h.connect("A");
            h.session.authenticates("A");
            assertThat(h.sessions.client("A").exchanges().get(0).command()).isEqualTo("USER " + FakePop3.USER);
        }
    }

    @Test
    void anEmptyMaildropIsLookedAtWithASessionOfItsOwn() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.maildrop.holdsNoMessages();
            assertThat(h.sessions.client("Z").state()).isEqualTo(SessionState.ENDED);
        }
    }

    @Test
    void aMaildropWithMailSkipsTheScenarioThatNeedsItEmpty() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m1", "plain");
            assertThatThrownBy(() -> h.maildrop.holdsNoMessages()).isInstanceOf(TestAbortedException.class)
                    .hasMessageContaining("STAT got");
        }
    }

    @Test
    void anUnknownFixtureIsAHarnessError() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            assertThatThrownBy(() -> h.seed("m1", "no-such-fixture")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("plain");
        }
    }

    @Test
    void aLabelIsSeededOnce() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m1", "plain");
            assertThatThrownBy(() -> h.seed("m1", "plain")).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void cleanUpRemovesTheSeededMessagesAndCommitsNothing() {
        FakePop3 server = FakePop3.correct();
        try (Harness h = Harness.on(server)) {
            h.seed("m1", "plain").seed("m2", "plain").login("A").send("A", "DELE $m1");
            h.sessions.closeAll();
            assertThat(server.size()).isEqualTo(2);
            h.maildropPart.cleanUp();
            assertThat(server.size()).isZero();
        }
    }
}
