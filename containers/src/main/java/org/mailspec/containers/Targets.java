package org.mailspec.containers;

import org.mailspec.target.TargetUnavailableException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.mailspec.settings.Settings;
import org.mailspec.settings.SettingsException;
import org.mailspec.target.RemoteTarget;
import org.mailspec.target.Target;

/**
 * Turns {@code -Dtarget=} (env {@code MAILSPEC_TARGET}) into a started {@link Target}, and says why.
 *
 * <ul>
 * <li>{@code auto} (default): a Docker engine reachable: {@code dovecot}; else a {@code dovecot}
 *     binary: {@code dovecot-local}; else {@code embedded}. When the chosen one does not start,
 *     the next one is tried and the reason says so.</li>
 * <li>{@code embedded}, {@code dovecot}, {@code dovecot-local}, {@code remote}: that one, or an
 *     exception: {@link TargetUnavailableException} when it cannot run on this machine (the
 *     suites skip with its message), {@link TargetStartException} when it should run but did not,
 *     {@link SettingsException} for a bad setting.</li>
 * </ul>
 */
public final class Targets {

    /** Every value {@code target} takes. */
    public static final List<String> VALUES = List.of("auto", "embedded", "dovecot", "dovecot-local", "remote");

    private Targets() {
    }

    /** What this machine offers; asked once per resolution, faked in tests. */
    public interface Probes {
        DockerEngine docker();

        Optional<DovecotBinary> dovecot();

        /** The real machine: {@link DockerEngine#probe()} (at most 1.5 s) and {@link DovecotBinary#find}. */
        static Probes of(Settings settings) {
            return new Probes() {
                @Override
                public DockerEngine docker() {
                    return DockerEngine.probe();
                }

                @Override
                public Optional<DovecotBinary> dovecot() {
                    return DovecotBinary.find(settings);
                }
            };
        }
    }

    /** A target to start and the one line that says why. */
    public record Choice(String name, String resolvedBecause) {
    }

    /**
     * The targets to try, in order: one for an explicit {@code target}, the chain for {@code auto}.
     *
     * @throws TargetUnavailableException for {@code dovecot} without Docker, {@code dovecot-local} without a binary
     * @throws SettingsException for an unknown {@code target}
     */
    public static List<Choice> candidates(Settings settings, Probes probes) {
        String target = settings.target();
        switch (target) {
            case "embedded":
                return List.of(new Choice("embedded", "target=embedded"));
            case "remote":
                return List.of(new Choice("remote", "target=remote"
                        + settings.get("imap.host").map(h -> " (imap.host=" + h + ")").orElse("")));
            case "dovecot": {
                DockerEngine docker = probes.docker();
                if (!docker.reachable()) {
                    throw new TargetUnavailableException("target=dovecot: no Docker engine reachable ("
                            + docker.detail() + ")");
                }
                return List.of(new Choice("dovecot", "target=dovecot: " + docker.detail()));
            }
            case "dovecot-local": {
                DovecotBinary binary = probes.dovecot().orElseThrow(() -> new TargetUnavailableException(
                        "target=dovecot-local: no dovecot binary on PATH, /usr/sbin or /usr/local/sbin "
                                + "(install Debian's dovecot-imapd and dovecot-pop3d, or set dovecot.binary)"));
                return List.of(new Choice("dovecot-local", "target=dovecot-local: " + binary));
            }
            case "auto":
                return autoCandidates(probes);
            default:
                throw new SettingsException("target", target, "expected one of " + String.join(", ", VALUES));
        }
    }

    private static List<Choice> autoCandidates(Probes probes) {
        DockerEngine docker = probes.docker();
        Optional<DovecotBinary> binary = probes.dovecot();
        String dockerFact = docker.reachable() ? docker.detail() + " reachable"
                : "no Docker engine reachable (" + docker.detail() + ")";
        String binaryFact = binary.map(b -> b + " found")
                .orElse("no dovecot binary on PATH, /usr/sbin or /usr/local/sbin");
        List<Choice> out = new ArrayList<>();
        if (docker.reachable()) {
            out.add(new Choice("dovecot", "auto: " + dockerFact));
        }
        if (binary.isPresent()) {
            out.add(new Choice("dovecot-local", "auto: " + dockerFact + "; " + binaryFact));
        }
        out.add(new Choice("embedded", "auto: " + dockerFact + "; " + binaryFact));
        return List.copyOf(out);
    }

    /** The first candidate: what would run, without starting it. */
    public static Choice choose(Settings settings, Probes probes) {
        return candidates(settings, probes).get(0);
    }

    /** Resolves, prints {@code target: <name> (<why>)} to standard output before starting, and starts. */
    public static Target resolve(Settings settings) {
        return resolve(settings, Probes.of(settings), System.out::println);
    }

    public static Target resolve(Settings settings, Probes probes, Consumer<String> announce) {
        return resolve(settings, probes, announce, c -> start(c, settings));
    }

    static Target resolve(Settings settings, Probes probes, Consumer<String> announce,
            Function<Choice, Target> starter) {
        List<Choice> candidates = candidates(settings, probes);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Choice c = candidates.get(i);
            if (!failures.isEmpty()) {
                c = new Choice(c.name(), c.resolvedBecause() + "; " + String.join("; ", failures));
            }
            announce.accept(announcement(c));
            boolean last = i == candidates.size() - 1;
            try {
                return starter.apply(c);
            } catch (TargetStartException | TargetUnavailableException e) {
                if (last) {
                    throw e;
                }
                String line = e.getMessage().lines().findFirst().orElse(e.getClass().getSimpleName());
                failures.add(c.name() + " did not start (" + line + ")");
                announce.accept("target: " + c.name() + " did not start, trying " + candidates.get(i + 1).name()
                        + ": " + line);
            }
        }
        throw new IllegalStateException("no candidates"); // candidates() never returns an empty list
    }

    /** The line every run prints first. */
    public static String announcement(Choice c) {
        return "target: " + c.name() + " (" + c.resolvedBecause() + ")";
    }

    public static String announcement(Target t) {
        return announcement(new Choice(t.name(), t.resolvedBecause()));
    }

    /** Starts one target as the settings describe it. */
    public static Target start(Choice choice, Settings settings) {
        switch (choice.name()) {
            case "embedded":
                return EmbeddedGreenMail.start(settings, choice.resolvedBecause());
            case "dovecot-local":
                return DovecotLocal.start(settings, choice.resolvedBecause());
            case "remote":
                return RemoteTarget.from(settings, choice.resolvedBecause());
            case "dovecot":
                return startContainer(choice, settings);
            default:
                throw new SettingsException("target", choice.name(), "expected one of " + String.join(", ", VALUES));
        }
    }

    private static Target startContainer(Choice choice, Settings settings) {
        DovecotContainer container = new DovecotContainer(DovecotContainer.baseImage(settings))
                .withVariant(Variant.from(settings));
        try {
            container.start();
            return container.toTarget(choice.resolvedBecause(), settings.timeout(),
                    DovecotContainer.defaultLogDir(container));
        } catch (RuntimeException e) {
            try {
                container.stop();
            } catch (RuntimeException ignored) {
                // the start failure is what the user needs to see
            }
            throw new TargetStartException("dovecot: the container did not start: " + rootMessage(e)
                    + testcontainersHint(System.getenv()), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    static String testcontainersHint(Map<String, String> env) {
        List<String> missing = new ArrayList<>();
        if (!"true".equalsIgnoreCase(env.getOrDefault("TESTCONTAINERS_RYUK_DISABLED", ""))) {
            missing.add("TESTCONTAINERS_RYUK_DISABLED=true (when Ryuk's image cannot be pulled)");
        }
        if (env.get("TESTCONTAINERS_HOST_OVERRIDE") == null && java.nio.file.Files.exists(Path.of("/.dockerenv"))) {
            missing.add("TESTCONTAINERS_HOST_OVERRIDE=localhost (this machine has /.dockerenv)");
        }
        return missing.isEmpty() ? "" : " [consider " + String.join(", ", missing) + "]";
    }
}
