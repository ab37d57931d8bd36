package org.mailspec.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * A lock the suites of one checkout share across their JVMs: Maven builds the IMAP and the POP3 suite
 * modules at once ({@code -T} in {@code .mvn/maven.config}), each in its own forked JVM. Held for what
 * two suites must not do at the same time: write the aggregate reports ({@code report.json} is every
 * part of the run, so the last writer must have read every part), judge one server that neither
 * started (a remote server sees one client address for both suites, so one suite's failed logins
 * would slow the other's logins down, and the connection limits would be shared), and build the
 * Dovecot image that neither finds on the engine yet.
 *
 * <p>The operating system's file lock: released when the JVM ends, however it ends, so a killed run
 * leaves nothing to clean up. The file itself is empty and stays.
 */
public final class SuiteLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private SuiteLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock in {@code file}, waiting quietly for the suite that holds it. */
    public static SuiteLock acquire(Path file) throws IOException {
        return acquire(file, why -> { }, "");
    }

    /**
     * Takes the lock in {@code file}, waiting for the suite that holds it; when it must wait, says so
     * first with {@code waiting} (the other suite's timeouts bound the wait).
     */
    public static SuiteLock acquire(Path file, Consumer<String> waiting, String why) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock held = channel.tryLock();
            if (held == null) {
                waiting.accept(why);
                held = channel.lock();
            }
            return new SuiteLock(channel, held);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel's close below releases it as well
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing held any more
        }
    }
}
