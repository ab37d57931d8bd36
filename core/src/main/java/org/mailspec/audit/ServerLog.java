package org.mailspec.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A server log file read from a remembered offset: what the server logged since the audit marked
 * it. The log is written by another process, so {@link #since(String, Duration)} waits (polling the
 * file, within a deadline) until a given text has appeared or the deadline passed.
 */
public final class ServerLog {
    private static final long POLL_MILLIS = 50;
    private static final long QUIET_MILLIS = 200;
    private final Path file;
    private final long start;

    private ServerLog(Path file, long start) {
        this.file = file;
        this.start = start;
    }

    /** Marks the current end of the file. */
    public static ServerLog mark(Path file) throws IOException {
        return new ServerLog(file, Files.size(file));
    }

    public Path file() {
        return file;
    }

    /**
     * The text appended since the mark once it contains {@code awaited} (e.g. the test user's
     * name) and the file has then stopped growing for {@value #QUIET_MILLIS} ms, or whatever was
     * appended when {@code wait} ran out. A file that shrank (rotated) is read from its start.
     */
    public String since(String awaited, Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        String text = read();
        long quietSince = -1;
        while (System.nanoTime() < deadline) {
            if (text.contains(awaited)) {
                if (quietSince < 0) {
                    quietSince = System.nanoTime();
                } else if (System.nanoTime() - quietSince >= QUIET_MILLIS * 1_000_000L) {
                    return text;
                }
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return read();
            }
            String next = read();
            if (next.length() != text.length()) {
                quietSince = -1;
            }
            text = next;
        }
        return text;
    }

    private String read() throws IOException {
        long size = Files.size(file);
        long from = size < start ? 0 : start;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(from);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
