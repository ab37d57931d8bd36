package org.mailspec.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.settings.Account;
import org.mailspec.settings.TlsMode;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EmbeddedGreenMailTest {

    @Test
    void greetsOnEveryProtocolWithTheTestAccounts() throws Exception {
        try (EmbeddedGreenMail gm = EmbeddedGreenMail.start("test", Duration.ofSeconds(5))) {
            System.out.println("GreenMail started in " + gm.startupTime().toMillis() + " ms: " + gm);
            assertThat(gm.name()).isEqualTo("embedded");
            assertThat(gm.traits()).containsExactly("greenmail");
            assertThat(gm.managed()).isTrue();
            assertThat(gm.accounts()).extracting(Account::user).containsExactly("mailspec1", "mailspec2", "mailspec3", "mailspec4", "mailspec5", "mailspec6", "mailspec7", "mailspec8");
            assertThat(gm.imap().tls()).isEqualTo(TlsMode.NONE);
            assertThat(List.of(gm.imap(), gm.pop3(), gm.smtp().orElseThrow(), gm.imaps().orElseThrow(),
                    gm.pop3s().orElseThrow())).allSatisfy(e -> {
                        assertThat(e.host()).isEqualTo("127.0.0.1");
                        assertThat(e.port()).isPositive();
                    }).extracting(e -> e.port()).doesNotHaveDuplicates();

            Account a = gm.accounts().get(1);
            try (LineClient imap = LineClient.connect(gm.imap(), gm.clientBind())) {
                assertThat(imap.readLine()).startsWith("* OK");
                assertThat(imap.imap("a1", "LOGIN " + a.user() + " " + a.password())).last().asString()
                        .startsWith("a1 OK");
                assertThat(imap.imap("a2", "SELECT INBOX")).last().asString().startsWith("a2 OK");
            }
            try (LineClient imaps = LineClient.connectTls(gm.imaps().orElseThrow())) {
                assertThat(imaps.readLine()).startsWith("* OK");
            }
            try (LineClient pop3 = LineClient.connect(gm.pop3(), gm.clientBind())) {
                assertThat(pop3.readLine()).startsWith("+OK");
            }
            try (LineClient pop3s = LineClient.connectTls(gm.pop3s().orElseThrow())) {
                assertThat(pop3s.readLine()).startsWith("+OK");
            }
            try (LineClient smtp = LineClient.connect(gm.smtp().orElseThrow(), gm.clientBind())) {
                assertThat(smtp.readLine()).startsWith("220");
            }
        }
    }

    @Test
    void nativeDeliveryPutsTheMessageInTheInbox() throws Exception {
        try (EmbeddedGreenMail gm = EmbeddedGreenMail.start("test", Duration.ofSeconds(5))) {
            Account a = gm.accounts().get(0);
            byte[] message = ("From: fixture@localhost\r\nTo: mailspec1@localhost\r\nSubject: seeded\r\n"
                    + "X-Mailspec-Run: test\r\n\r\nbody\r\n").getBytes(StandardCharsets.US_ASCII);
            gm.nativeDelivery().orElseThrow().deliver(a, message);

            try (LineClient imap = LineClient.connect(gm.imap(), gm.clientBind())) {
                imap.readLine();
                imap.imap("a1", "LOGIN " + a.user() + " " + a.password());
                assertThat(imap.imap("a2", "SELECT INBOX")).contains("* 1 EXISTS");
            }
        }
    }

    @Test
    void twoInstancesRunSideBySide() {
        try (EmbeddedGreenMail one = EmbeddedGreenMail.start("one", Duration.ofSeconds(5));
             EmbeddedGreenMail two = EmbeddedGreenMail.start("two", Duration.ofSeconds(5))) {
            assertThat(one.imap().port()).isNotEqualTo(two.imap().port());
        }
    }
}
