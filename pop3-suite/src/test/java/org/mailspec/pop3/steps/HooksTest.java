package org.mailspec.pop3.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HooksTest {

    @Test
    void capabilityTagsSkipWhenNotAnnounced() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            assertThat(Hooks.skipReason(List.of("@pop3", "@cap-UIDL", "@cap-SASL=PLAIN"), h.probe)).isEmpty();
            assertThat(Hooks.skipReason(List.of("@cap-STLS"), h.probe)).isEmpty();
            assertThat(Hooks.skipReason(List.of("@cap-X-NOPE"), h.probe)).get().asString().contains("X-NOPE");
            assertThat(Hooks.skipReason(List.of("@cap-SASL=CRAM-MD5"), h.probe)).isPresent();
        }
    }
}
