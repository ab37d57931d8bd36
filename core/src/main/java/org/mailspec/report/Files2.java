package org.mailspec.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/** Writes a whole file or nothing: a reader never sees half a report. */
final class Files2 {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Files2() {
    }

    static void writeAtomically(Path file, String content) {
        writeAtomically(file, content.getBytes(StandardCharsets.UTF_8));
    }

    static void writeAtomically(Path file, byte[] content) {
        Path abs = file.toAbsolutePath();
        try {
            Files.createDirectories(abs.getParent());
            // not createTempFile: its files are 0600; the report must get the umask's usual permissions
            Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try {
                Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
