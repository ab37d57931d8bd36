package org.mailspec.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The IMAP and POP3 suites run in separate JVMs, at once or one after the other, in one {@code mvn
 * verify}. Each writes its part ({@code parts/<protocol>.json}, the {@code report.json} format) and
 * aggregates every part of the same run id into the report, holding a lock the two share (the suite
 * runner's), so the last to write has read both parts.
 *
 * <p>A part from another run id (say the POP3 part of yesterday's run, when today only the IMAP suite
 * ran) is ignored and left on disk: it is overwritten the next time that suite runs, and a report never
 * mixes runs. Nothing is deleted, so a run cannot destroy another's data.
 */
public final class ReportParts {
    private static final Pattern PROTOCOL = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private ReportParts() {
    }

    public static Path partsDir(Path conformanceDir) {
        return conformanceDir.resolve("parts");
    }

    /** Writes {@code parts/<protocol>.json} (atomically) and returns its path. */
    public static Path writePart(Path conformanceDir, String protocol, Report part) {
        if (!PROTOCOL.matcher(protocol).matches()) {
            throw new IllegalArgumentException("protocol must be lower-case letters and digits, like imap or pop3; got '"
                    + protocol + "'");
        }
        Path file = partsDir(conformanceDir).resolve(protocol + ".json");
        ReportJson.write(file, part);
        return file;
    }

    /** Every readable part, in file-name order. */
    static List<Report> readParts(Path conformanceDir) {
        Path dir = partsDir(conformanceDir);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        List<Report> parts = new ArrayList<>();
        for (Path f : files) {
            parts.add(ReportJson.read(f));
        }
        return parts;
    }

    /** The run id of the most recently started part, if any part exists. */
    public static Optional<String> latestRunId(Path conformanceDir) {
        return readParts(conformanceDir).stream()
                .max(Comparator.comparing((Report r) -> r.run().startedAt()))
                .map(r -> r.run().id());
    }

    /**
     * Merges the parts of run {@code runId} into one report: run started at the earliest part's start,
     * lasting until the latest part's end; target name and reason from the parts (joined when they
     * differ); {@code imap} from the part that has one, {@code pop3} likewise; scenarios part after part
     * in file-name order ({@code imap} before {@code pop3}).
     *
     * @throws IllegalStateException when no part has that run id (naming the run ids found), or when
     *                               two parts hold the same scenario id
     */
    public static Report aggregate(Path conformanceDir, String runId) {
        List<Report> all = readParts(conformanceDir);
        List<Report> parts = all.stream().filter(r -> r.run().id().equals(runId)).toList();
        if (parts.isEmpty()) {
            Set<String> ids = new LinkedHashSet<>();
            all.forEach(r -> ids.add(r.run().id()));
            throw new IllegalStateException("no report part of run '" + runId + "' in " + partsDir(conformanceDir)
                    + (ids.isEmpty() ? " (no parts at all)" : "; parts found are of run(s) " + ids));
        }
        Instant start = parts.stream().map(r -> r.run().startedAt()).min(Comparator.naturalOrder()).orElseThrow();
        Instant end = parts.stream().map(r -> r.run().startedAt().plusMillis(r.run().durationMs()))
                .max(Comparator.naturalOrder()).orElseThrow();
        Set<String> names = new LinkedHashSet<>();
        Set<String> reasons = new LinkedHashSet<>();
        EndpointInfo imap = null;
        EndpointInfo pop3 = null;
        List<ScenarioResult> scenarios = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Report p : parts) {
            TargetInfo t = p.target();
            if (!t.name().isBlank()) {
                names.add(t.name());
            }
            if (!t.resolvedBecause().isBlank()) {
                reasons.add(t.resolvedBecause());
            }
            imap = imap == null ? t.imap() : imap;
            pop3 = pop3 == null ? t.pop3() : pop3;
            for (ScenarioResult s : p.scenarios()) {
                if (!seen.add(s.id())) {
                    throw new IllegalStateException("scenario '" + s.id() + "' is in more than one part of run " + runId);
                }
                scenarios.add(s);
            }
        }
        TargetInfo target = new TargetInfo(String.join(" + ", names), String.join("; ", reasons), imap, pop3);
        RunInfo run = new RunInfo(runId, start, Math.max(0, end.toEpochMilli() - start.toEpochMilli()));
        return Report.of(run, target, scenarios);
    }
}
