package org.mailspec.pop3.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.pop3.steps.FakePop3.Break;
import org.mailspec.testing.NegativeControl;
import org.mailspec.run.RuleViolation;
import org.opentest4j.TestAbortedException;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class MaildropAssertionsTest {

    @Test
    void droppedSessionRemovesNothing() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m1", "plain").login("A").send("A", "DELE $m1");
            h.session.drops("A");
            h.login("B");
            h.drop.inMaildrop("m1", "B");
        }
    }

    @Test
    @NegativeControl("MaildropAssertions#inMaildrop")
    void droppedSessionThatCommitsFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.DROP_COMMITS))) {
            h.seed("m1", "plain").login("A").send("A", "DELE $m1");
            h.session.drops("A");
            // the fake commits when it reads the end of the stream; QUIT-less sessions are judged after it did
            h.server.server().awaitScriptDone(1, Harness.TIMEOUT);
            h.login("B");
            assertThatThrownBy(() -> h.drop.inMaildrop("m1", "B")).isInstanceOf(RuleViolation.class);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @NegativeControl("MaildropAssertions#inMaildrop")
    void rsetThatRestoresNothingFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.RSET_RESTORES_NOTHING))) {
            h.seed("m1", "plain").login("A").send("A", "DELE $m1", "RSET", "QUIT");
            h.login("B");
            assertThatThrownBy(() -> h.drop.inMaildrop("m1", "B")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void quitCommitsOnlyTheMarkedMessages() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m1", "plain").seed("m2", "plain").login("A").send("A", "DELE $m1", "QUIT");
            h.status.receivesOk("A");
            h.login("B");
            h.drop.notInMaildrop("m1", "B");
            h.drop.inMaildrop("m2", "B");
        }
    }

    @Test
    @NegativeControl("MaildropAssertions#notInMaildrop")
    void quitThatDoesNotCommitFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.QUIT_DOES_NOT_COMMIT))) {
            h.seed("m1", "plain").login("A").send("A", "DELE $m1", "QUIT");
            h.login("B");
            assertThatThrownBy(() -> h.drop.notInMaildrop("m1", "B")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void sharedMaildropGivesTheSameView() {
        try (Harness h = Harness.on(FakePop3.with(FakePop3.Lock.SHARED))) {
            h.seed("m1", "plain").login("A").connect("B").send("A", "STAT");
            h.session.authenticates("B");
            h.send("B", "STAT");
            h.drop.refusedOrSameView("B", "A");
            h.session.admitted("B");
            assertThatThrownBy(() -> h.session.refused("B")).isInstanceOf(TestAbortedException.class);
        }
    }

    @Test
    void exclusiveLockRefusesWithInUse() {
        try (Harness h = Harness.on(FakePop3.with(FakePop3.Lock.EXCLUSIVE))) {
            h.seed("m1", "plain").login("A").connect("B").send("A", "STAT");
            h.session.authenticates("B");
            h.send("B", "STAT");
            h.drop.refusedOrSameView("B", "A");
            h.session.refused("B");
            h.command.sends("B", "NOOP");
            assertThat(h.sessions.client("B").state()).isEqualTo(SessionState.AUTHORIZATION);
        }
    }

    @Test
    void exclusiveLockIsReleasedByQuit() {
        try (Harness h = Harness.on(FakePop3.with(FakePop3.Lock.EXCLUSIVE))) {
            h.login("A").connect("B").send("A", "QUIT");
            h.status.closesConnection("A");
            h.session.authenticates("B");
            h.status.receivesOk("B");
        }
    }

    @Test
    @NegativeControl("MaildropAssertions#refusedOrSameView")
    void secondSessionShownAnotherCountFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.SECOND_SESSION_SEES_OTHER_COUNT))) {
            h.seed("m1", "plain").seed("m2", "plain").login("A").connect("B").send("A", "STAT");
            h.session.authenticates("B");
            h.send("B", "STAT");
            assertThatThrownBy(() -> h.drop.refusedOrSameView("B", "A")).isInstanceOf(RuleViolation.class);
        }
    }
}
