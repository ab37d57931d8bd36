package org.mailspec.pop3.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.pop3.Pop3Status;
import org.mailspec.settings.TlsMode;
import org.opentest4j.TestAbortedException;

/** The session state Sessions learns from typed replies, and the way it connects, logs in and reads. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SessionsTest {

    @Test
    void configuredStlsIsDoneBeforeTheScenarioSpeaks() {
        FakePop3 server = FakePop3.correct();
        try (Harness h = new Harness(server, server.server().endpoint(TlsMode.STARTTLS), Harness.TLS_TIMEOUT)) {
            h.connect("A");
            Client a = h.sessions.client("A");
            assertThat(a.tls()).isTrue();
            assertThat(a.tlsUpgrade()).get().satisfies(u -> assertThat(u.plaintextInjected()).isFalse());
            h.session.authenticates("A");
            h.status.receivesOk("A");
        }
    }

    @Test
    void aPlainSessionHasNoTlsUpgrade() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A");
            assertThat(h.sessions.client("A").tlsUpgrade()).isEmpty();
            assertThat(h.sessions.client("A").tls()).isFalse();
        }
    }

    @Test
    void aPositiveReplyToPassEntersTransaction() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A").send("A", "USER $user");
            assertThat(h.sessions.client("A").state()).isEqualTo(SessionState.AUTHORIZATION);
            h.send("A", "PASS $password");
            Client a = h.sessions.client("A");
            assertThat(a.state()).isEqualTo(SessionState.TRANSACTION);
            assertThat(a.authentication()).get().extracting(Exchange::command).isEqualTo("PASS ***");
        }
    }

    /** RFC 5034 section 4: AUTH, a "+ " challenge, the response, then +OK. */
    @Test
    void anAuthExchangeIsFollowedToItsEnd() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A").send("A", "AUTH PLAIN");
            Client a = h.sessions.client("A");
            assertThat(a.last().status(Pop3Status.CONTINUE)).isTrue();
            assertThat(a.sasl().continuing()).isTrue();
            h.send("A", "$sasl-plain");
            assertThat(a.last().command()).isEqualTo("***");
            assertThat(a.sasl().continuing()).isFalse();
            assertThat(a.state()).isEqualTo(SessionState.TRANSACTION);
            assertThat(a.authentication()).contains(a.last());
        }
    }

    @Test
    void aCancelledAuthExchangeLeavesTheSessionInAuthorization() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A").send("A", "AUTH PLAIN", "*");
            Client a = h.sessions.client("A");
            assertThat(a.last().command()).isEqualTo("*");
            assertThat(a.last().status(Pop3Status.ERR)).isTrue();
            assertThat(a.sasl().continuing()).isFalse();
            assertThat(a.state()).isEqualTo(SessionState.AUTHORIZATION);
            h.send("A", "STAT");
            h.status.receivesErr("A");
        }
    }

    @Test
    void capaIsRememberedWithTheStateItWasSentIn() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A").send("A", "CAPA");
            assertThat(h.sessions.client("A").capabilities(SessionState.AUTHORIZATION)).get()
                    .satisfies(caps -> assertThat(caps.has("UIDL")).isTrue());
            assertThat(h.sessions.client("A").capabilities(SessionState.TRANSACTION)).isEmpty();
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
    void aSecondReplyIsReadOffSoTheNextReplyIsTheNextCommands() {
        try (Harness h = Harness.on(FakePop3.breaking(FakePop3.Break.RSET_ANSWERED_TWICE))) {
            h.seed("m1", "plain").login("A").send("A", "DELE $m1", "RSET", "LIST");
            h.listing.scanListingLists("A", "m1");
            assertThat(h.sessions.client("A").unsolicited()).hasSize(1).first().asString().contains("undeleted");
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
    void aClientMustBeConnectedBeforeItIsNamed() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            assertThatThrownBy(() -> h.sessions.client("A")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is connected");
        }
    }
}
