package org.mailspec.pop3.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.pop3.Apop;
import org.mailspec.settings.TlsMode;
import org.opentest4j.TestAbortedException;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class Pop3WorldTest {

    @Test
    void placeholdersExpandForTheSendingClient() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m1", "plain").seed("m2", "multipart").login("A");
            Client a = h.world.client("A");
            assertThat(h.world.expand(a, "RETR $m2")).isEqualTo("RETR 2");
            assertThat(h.world.expand(a, "LIST $beyond-last")).isEqualTo("LIST 3");
            assertThat(h.world.expand(a, "USER $user")).isEqualTo("USER " + FakePop3.USER);
            assertThat(h.world.expand(a, "PASS $wrong-password")).isNotEqualTo("PASS " + FakePop3.PASSWORD);
            assertThat(new String(Base64.getDecoder().decode(h.world.expand(a, "$sasl-plain")), StandardCharsets.UTF_8))
                    .isEqualTo("\0" + FakePop3.USER + "\0" + FakePop3.PASSWORD);
            assertThat(h.world.expand(a, "APOP $user $apop-digest")).isEqualTo("APOP " + FakePop3.USER + " "
                    + Apop.digest(a.pop3().apopTimestamp().orElseThrow(), FakePop3.PASSWORD));
            assertThatThrownBy(() -> h.world.expand(a, "RETR $nosuch")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aMessageSeededAfterLoginIsNotLookedFor() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.login("A").seed("late", "plain");
            assertThatThrownBy(() -> h.world.expand(h.world.client("A"), "RETR $late"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("seeded after");
        }
    }

    @Test
    void secretsAreMaskedInWhatStepsShow() {
        assertThat(Pop3World.mask("PASS hunter2", false)).isEqualTo("PASS ***");
        assertThat(Pop3World.mask("APOP bob 0123abcd", false)).isEqualTo("APOP bob ***");
        assertThat(Pop3World.mask("AUTH PLAIN AGJvYgBodW50ZXIy", false)).isEqualTo("AUTH PLAIN ***");
        assertThat(Pop3World.mask("AGJvYgBodW50ZXIy", true)).isEqualTo("***");
        assertThat(Pop3World.mask("*", true)).isEqualTo("*");
        assertThat(Pop3World.mask("RETR 1", false)).isEqualTo("RETR 1");
    }

    @Test
    void multiLineRepliesAreKnownByCommand() {
        assertThat(Pop3World.multiLine("LIST", "LIST")).isTrue();
        assertThat(Pop3World.multiLine("LIST", "LIST 1")).isFalse();
        assertThat(Pop3World.multiLine("UIDL", "uidl")).isTrue();
        assertThat(Pop3World.multiLine("RETR", "RETR 1")).isTrue();
        assertThat(Pop3World.multiLine("TOP", "TOP 1 0")).isTrue();
        assertThat(Pop3World.multiLine("CAPA", "CAPA")).isTrue();
        assertThat(Pop3World.multiLine("STAT", "STAT")).isFalse();
        assertThat(Pop3World.verb("retr 1")).isEqualTo("RETR");
    }

    @Test
    void configuredStlsIsDoneBeforeTheScenarioSpeaks() {
        FakePop3 server = FakePop3.correct();
        try (Harness h = new Harness(server, server.server().endpoint(TlsMode.STARTTLS), Harness.TLS_TIMEOUT)) {
            h.connect("A");
            assertThat(h.world.client("A").tls()).isTrue();
            h.session.authenticates("A");
            h.status.receivesOk("A");
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
    void cleanUpRemovesTheSeededMessagesAndCommitsNothing() {
        FakePop3 server = FakePop3.correct();
        try (Harness h = Harness.on(server)) {
            h.seed("m1", "plain").seed("m2", "plain").login("A").send("A", "DELE $m1");
            h.world.cleanUp();
            assertThat(server.size()).isZero();
        }
    }

    @Test
    void capabilityTagsSkipWhenNotAnnounced() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            assertThat(Hooks.skipReason(List.of("@pop3", "@cap-UIDL", "@cap-SASL=PLAIN"), h.world)).isEmpty();
            assertThat(Hooks.skipReason(List.of("@cap-STLS"), h.world)).isEmpty();
            assertThat(Hooks.skipReason(List.of("@cap-X-NOPE"), h.world)).get().asString().contains("X-NOPE");
            assertThat(Hooks.skipReason(List.of("@cap-SASL=CRAM-MD5"), h.world)).isPresent();
        }
    }

    @Test
    void theServerMayCloseAfterErr() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A").send("A", "USER $user", "PASS $wrong-password");
            h.session.keepsOpen("A");
            h.send("A", "STAT");
            h.status.receivesErr("A");
        }
    }

    @Test
    void aSecondReplyIsReadOffAndReported() {
        try (Harness h = Harness.on(FakePop3.breaking(FakePop3.Break.RSET_ANSWERED_TWICE))) {
            h.seed("m1", "plain").login("A").send("A", "DELE $m1", "RSET", "LIST");
            h.listing.scanListingLists("A", "m1");
            assertThat(h.world.unsolicited()).hasSize(1).first().asString().contains("undeleted");
            assertThat(Hooks.unsolicitedViolation(h.world.unsolicited())).isNotNull()
                    .hasMessageContaining("one reply per command");
        }
    }

    @Test
    void apopSkipsWithoutATimestamp() {
        try (Harness h = Harness.on(FakePop3.withoutApop())) {
            h.connect("A");
            assertThatThrownBy(() -> h.session.greetingCarriesTimestamp("A")).isInstanceOf(TestAbortedException.class);
        }
    }

    @Test
    void grammarViolationsNoStepJudgedFailTheScenario() {
        try (Harness h = Harness.on(FakePop3.breaking(FakePop3.Break.NO_DOT_STUFFING))) {
            h.seed("dotted", "dot-lines").login("A").send("A", "RETR $dotted");
            assertThat(Hooks.grammarViolation(h.world.deviations())).isNotNull()
                    .hasMessageContaining("dot-stuffed");
        }
    }
}
