package org.mailspec.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.settings.Account;
import org.mailspec.target.Target;
import org.testcontainers.containers.output.WaitingConsumer;

/**
 * Builds and runs the image. Skipped, with the probe's reason, where no Docker engine answers.
 * Here (no registry): {@code containers/scripts/docker-up.sh}, then
 * {@code . /tmp/mailspec-docker/env} before Maven.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class DovecotContainerTest {

    /** Per test, not per class: each test then shows up as skipped with the reason. */
    @BeforeEach
    void requireDocker() {
        DockerEngine docker = DockerEngine.probe();
        Assumptions.assumeTrue(docker.reachable(), () -> "no Docker engine reachable: " + docker.detail());
    }

    @Test
    void buildsStartsAndGreetsAsARemoteClientSeesIt() throws Exception {
        long t0 = System.nanoTime();
        try (DovecotContainer container = new DovecotContainer()) {
            container.start();
            System.out.println("dovecot container (image " + container.getDockerImageName() + ") ready in "
                    + (System.nanoTime() - t0) / 1_000_000 + " ms");
            Target target = container.toTarget("test", Duration.ofSeconds(5),
                    Path.of("target", "dovecot-container-test"));
            assertThat(target.name()).isEqualTo("dovecot");
            assertThat(target.traits()).contains("dovecot").doesNotContain("misconfigured");
            assertThat(target.imap().host()).isEqualTo("127.0.0.1");

            try (LineClient imap = LineClient.connect(target.imap(), target.clientBind())) {
                // Docker's proxy connects from the bridge: Dovecot refuses plaintext login before TLS
                assertThat(imap.readLine()).startsWith("* OK").contains("STARTTLS").contains("LOGINDISABLED");
            }
            try (LineClient imaps = LineClient.connectTls(target.imaps().orElseThrow())) {
                assertThat(imaps.readLine()).startsWith("* OK");
                Account a = target.accounts().get(0);
                assertThat(imaps.imap("a1", "LOGIN " + a.user() + " " + a.password())).last().asString()
                        .startsWith("a1 OK");
            }
            try (LineClient pop3s = LineClient.connectTls(target.pop3s().orElseThrow())) {
                assertThat(pop3s.readLine()).startsWith("+OK");
            }
            assertThat(target.effectiveConfig()).get().asString().contains("mail_location = maildir:~/Maildir");
            Path log = target.serverLog().orElseThrow();
            assertThat(Files.readString(log)).contains("starting up for imap, pop3").contains("user=<mailspec1>");
            // the image copies the log file to its standard output (tail -F): wait for it, bounded
            WaitingConsumer stdout = new WaitingConsumer();
            container.followOutput(stdout);
            stdout.waitUntil(frame -> frame.getUtf8String().contains("starting up for imap, pop3"), 10, TimeUnit.SECONDS);
            target.close();
            assertThat(container.isRunning()).isFalse();
        }
    }

    @Test
    void misconfiguredContainerLogsPasswordsAndTakesAnonymous() throws Exception {
        try (DovecotContainer container = new DovecotContainer().withMisconfiguration()) {
            container.start();
            Target target = container.toTarget();
            assertThat(target.traits()).contains("misconfigured");
            Account a = target.accounts().get(1);
            String wrong = "Wrong-" + a.password();
            try (LineClient imap = LineClient.connect(target.imap(), target.clientBind())) {
                assertThat(imap.readLine()).doesNotContain("LOGINDISABLED").contains("AUTH=ANONYMOUS");
                String trace = Base64.getEncoder().encodeToString("x".getBytes(StandardCharsets.US_ASCII));
                assertThat(imap.imap("a1", "AUTHENTICATE ANONYMOUS " + trace)).last().asString().startsWith("a1 OK");
            }
            try (LineClient imap = LineClient.connect(target.imap(), target.clientBind())) {
                imap.readLine();
                assertThat(imap.imap("a2", "LOGIN " + a.user() + " " + wrong)).last().asString().startsWith("a2 NO");
            }
            assertThat(Files.readString(target.serverLog().orElseThrow())).contains("given password: " + wrong);
        }
    }
}
