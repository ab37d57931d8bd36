package org.mailspec.containers;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mailspec.settings.Settings;
import org.mailspec.settings.SettingsException;

/**
 * A {@code dovecot} executable on this machine and the version it reports.
 *
 * <p>Looked for in {@code dovecot.binary} (env {@code DOVECOT_BINARY}) when set, else on
 * {@code PATH}, else in {@code /usr/sbin} and {@code /usr/local/sbin}, which a normal user's
 * PATH often lacks although Debian installs Dovecot there.
 */
public record DovecotBinary(Path path, String version) {

    public DovecotBinary {
        path = path.toAbsolutePath();
    }

    private static final List<Path> SBIN = List.of(Path.of("/usr/sbin"), Path.of("/usr/local/sbin"));

    public static Optional<DovecotBinary> find(Settings settings) {
        return find(settings, System.getenv());
    }

    static Optional<DovecotBinary> find(Settings settings, Map<String, String> env) {
        Optional<String> explicit = settings.get("dovecot.binary");
        if (explicit.isPresent()) {
            Path p = Path.of(explicit.get());
            if (!Files.isRegularFile(p) || !Files.isExecutable(p)) {
                throw new SettingsException("dovecot.binary", explicit.get(), "expected an executable dovecot file");
            }
            return Optional.of(new DovecotBinary(p, versionOf(p)));
        }
        Set<Path> dirs = new LinkedHashSet<>();
        for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                dirs.add(Path.of(dir));
            }
        }
        dirs.addAll(SBIN);
        for (Path dir : dirs) {
            Path candidate = dir.resolve("dovecot");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(new DovecotBinary(candidate, versionOf(candidate)));
            }
        }
        return Optional.empty();
    }

    /** {@code dovecot --version}'s first word, e.g. {@code 2.3.19.1}; "unknown version" if it will not say. */
    static String versionOf(Path binary) {
        Command c = Command.run(List.of(binary.toString(), "--version"), Duration.ofSeconds(5));
        String first = c.output().strip();
        if (!c.succeeded() || first.isEmpty()) {
            return "unknown version";
        }
        return first.split("\\s+")[0];
    }

    @Override
    public String toString() {
        return "dovecot " + version + " at " + path;
    }
}
