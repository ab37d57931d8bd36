package org.mailspec.pop3.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.pop3.Apop;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PlaceholdersTest {

    @Test
    void placeholdersExpandForTheSendingClient() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m1", "plain").seed("m2", "multipart").login("A");
            Client a = h.sessions.client("A");
            Placeholders p = h.placeholders;
            assertThat(p.expand(a, "RETR $m2")).isEqualTo("RETR 2");
            assertThat(p.expand(a, "LIST $beyond-last")).isEqualTo("LIST 3");
            assertThat(p.expand(a, "USER $user")).isEqualTo("USER " + FakePop3.USER);
            assertThat(p.expand(a, "PASS $wrong-password")).isNotEqualTo("PASS " + FakePop3.PASSWORD);
            assertThat(p.expand(a, "USER $unknown-user")).isEqualTo("USER mailspec-nobody-steptest");
            assertThat(new String(Base64.getDecoder().decode(p.expand(a, "$sasl-plain")), StandardCharsets.UTF_8))
                    .isEqualTo("\0" + FakePop3.USER + "\0" + FakePop3.PASSWORD);
            assertThat(p.expand(a, "APOP $user $apop-digest")).isEqualTo("APOP " + FakePop3.USER + " "
                    + Apop.digest(a.pop3().apopTimestamp().orElseThrow(), FakePop3.PASSWORD));
            assertThatThrownBy(() -> p.expand(a, "RETR $nosuch")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void beyondLastListsOnceWhenNothingWasSeeded() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.login("A");
            assertThat(h.placeholders.expand(h.sessions.client("A"), "RETR $beyond-last")).isEqualTo("RETR 1");
        }
    }

    @Test
    void aMessageSeededAfterLoginIsAnError() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.login("A").seed("late", "plain");
            assertThatThrownBy(() -> h.placeholders.expand(h.sessions.client("A"), "RETR $late"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("seeded after");
        }
    }
}
