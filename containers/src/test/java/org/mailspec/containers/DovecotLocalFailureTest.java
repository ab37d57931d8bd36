package org.mailspec.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How dovecot-local reports a Dovecot that does not come up: fake binaries, no Dovecot needed. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DovecotLocalFailureTest {

    private static final Path RUNS = Path.of("target", "dovecot-local-failure-test");

    private static DovecotBinary fake(String name, String script) throws Exception {
        Path dir = Files.createDirectories(RUNS.resolve("bin-" + name));
        Path bin = dir.resolve("dovecot");
        Files.writeString(bin, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new DovecotBinary(bin.toAbsolutePath(), "fake");
    }

    @Test
    void aDovecotThatExitsIsReportedInOneLineWithTheEndOfItsLog() throws Exception {
        DovecotBinary broken = fake("exits", "echo 'doveconf: Fatal: Error in configuration file: broken on purpose'; exit 89");
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> DovecotLocal.launcher(broken).runsDir(RUNS).start())
                .isInstanceOf(TargetStartException.class)
                .satisfies(e -> {
                    String first = e.getMessage().lines().findFirst().orElseThrow();
                    assertThat(first).startsWith("dovecot-local IMAP: expected a greeting '* OK' on 127.0.0.1:")
                            .contains("but dovecot exited with status 89")
                            .contains("run directory");
                    assertThat(e.getMessage()).contains("Fatal: Error in configuration file: broken on purpose");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aDovecotThatNeverGreetsTimesOutAndIsStopped() throws Exception {
        Path pidFile = RUNS.resolve("silent.pid").toAbsolutePath();
        Files.createDirectories(RUNS);
        Files.deleteIfExists(pidFile);
        DovecotBinary silent = fake("silent", "echo $$ > " + pidFile + "; exec sleep 60");
        assertThatThrownBy(() -> DovecotLocal.launcher(silent).runsDir(RUNS).startTimeout(Duration.ofSeconds(1)).start())
                .isInstanceOf(TargetStartException.class)
                .hasMessageContaining("within 1 s");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("the fake dovecot after the failure")
                .isFalse();
    }
}
