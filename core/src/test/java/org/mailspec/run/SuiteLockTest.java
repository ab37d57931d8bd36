package org.mailspec.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The lock two suites' JVMs share: a second JVM waits, says why, and goes on when the first lets go. */
@Timeout(60)
class SuiteLockTest {

    /** A JVM that takes the file lock as FileChannel does, says so, holds it a while, and ends. */
    private static final String HOLDER = """
            import java.nio.channels.FileChannel;
            import java.nio.file.*;
            public class Holder {
                public static void main(String[] a) throws Exception {
                    try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                         var l = c.lock()) {
                        System.out.println("locked");
                        System.out.flush();
                        Thread.sleep(Long.parseLong(a[1]));
                    }
                }
            }
            """;

    @Test
    void aFreeLockIsTakenWithoutWaiting(@TempDir Path dir) throws Exception {
        List<String> said = new ArrayList<>();
        try (SuiteLock l = SuiteLock.acquire(dir.resolve("sub/x.lock"), said::add, "why")) {
            assertThat(said).isEmpty();
        }
        // released: taken again at once
        try (SuiteLock l = SuiteLock.acquire(dir.resolve("sub/x.lock"), said::add, "why")) {
            assertThat(said).isEmpty();
        }
    }

    @Test
    void aLockAnotherJvmHoldsIsWaitedForAndTheWaitIsSaid(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("Holder.java");
        Files.writeString(source, HOLDER);
        Path lock = dir.resolve("x.lock");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, source.toString(), lock.toString(), "1500").redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.US_ASCII))) {
            assertThat(r.readLine()).isEqualTo("locked");
            long lockedAt = System.nanoTime();
            List<String> said = new ArrayList<>();
            try (SuiteLock l = SuiteLock.acquire(lock, said::add, "waiting for the other suite")) {
                assertThat(said).containsExactly("waiting for the other suite");
                // it had the lock only once the holder let go, 1.5 s after it took it
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lockedAt)).isGreaterThanOrEqualTo(1000);
                assertThat(holder.waitFor(5, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            holder.destroyForcibly();
        }
    }
}
