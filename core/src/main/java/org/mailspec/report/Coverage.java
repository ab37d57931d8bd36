package org.mailspec.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A run's verdicts counted two ways, the matrices the reports show: commands by verdict and RFC sections
 * by verdict.
 *
 * <p>{@link #commands()} has a row per protocol and command, in the order the scenarios come;
 * {@link #sections()} a row per RFC section a scenario names, in RFC and section-number order. A scenario
 * counts once in its command's row and once in each section it names (a section named twice counts once). Every row holds all five verdicts
 * (zero where none) and the ids of its scenarios, in scenario order, so a writer can group by the same
 * rows it counts.
 */
public record Coverage(List<CommandRow> commands, List<SectionRow> sections) {

    /** One row of a matrix. */
    public sealed interface Row permits CommandRow, SectionRow {
        /** What filters match on: {@code imap SELECT}, {@code rfc9051-6.3.2}. */
        String key();

        /** What people read: {@code IMAP SELECT}, {@code RFC 9051 §6.3.2}. */
        String label();

        /** Every verdict, in {@link Verdict} order, zero where none. */
        Map<Verdict, Integer> counts();

        /** The row's scenarios, in report order. */
        List<String> scenarioIds();

        default int count(Verdict v) {
            return counts().get(v);
        }

        default int total() {
            return scenarioIds().size();
        }
    }

    /** The scenarios of one command (or concern, such as {@code PIPELINING}) of one protocol. */
    public record CommandRow(String protocol, String command, Map<Verdict, Integer> counts, List<String> scenarioIds)
            implements Row {
        public CommandRow {
            protocol = Objects.requireNonNullElse(protocol, "");
            command = Objects.requireNonNullElse(command, "");
            counts = all(counts);
            scenarioIds = List.copyOf(scenarioIds);
        }

        @Override
        public String key() {
            return protocol + " " + command;
        }

        @Override
        public String label() {
            return protocolLabel() + " " + command;
        }

        /** {@code IMAP}, {@code POP3}. */
        public String protocolLabel() {
            return protocol.toUpperCase(Locale.ROOT);
        }
    }

    /** The scenarios that name one RFC section. */
    public record SectionRow(RfcSection section, Map<Verdict, Integer> counts, List<String> scenarioIds) implements Row {
        public SectionRow {
            Objects.requireNonNull(section, "section");
            counts = all(counts);
            scenarioIds = List.copyOf(scenarioIds);
        }

        @Override
        public String key() {
            return section.key();
        }

        @Override
        public String label() {
            return section.label();
        }
    }

    public Coverage {
        commands = List.copyOf(commands);
        sections = List.copyOf(sections);
    }

    /** All five verdicts at zero: the counts of a command a report does not have. */
    public static Map<Verdict, Integer> zeroCounts() {
        return all(null);
    }

    public static Coverage of(Report report) {
        return of(report.scenarios());
    }

    public static Coverage of(List<ScenarioResult> scenarios) {
        Map<String, Tally> byCommand = new LinkedHashMap<>();
        Map<String, String[]> commandOf = new LinkedHashMap<>();
        TreeMap<RfcSection, Tally> bySection = new TreeMap<>();
        for (ScenarioResult s : scenarios) {
            String key = s.protocol() + " " + s.command();
            commandOf.putIfAbsent(key, new String[] {s.protocol(), s.command()});
            byCommand.computeIfAbsent(key, k -> new Tally()).add(s);
            for (String r : new java.util.LinkedHashSet<>(s.rfc())) {
                bySection.computeIfAbsent(RfcSection.parse(r), k -> new Tally()).add(s);
            }
        }
        List<CommandRow> commands = new ArrayList<>();
        byCommand.forEach((key, t) -> {
            String[] pc = commandOf.get(key);
            commands.add(new CommandRow(pc[0], pc[1], t.counts, t.ids));
        });
        List<SectionRow> sections = new ArrayList<>();
        bySection.forEach((section, t) -> sections.add(new SectionRow(section, t.counts, t.ids)));
        return new Coverage(commands, sections);
    }

    private static final class Tally {
        final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        final List<String> ids = new ArrayList<>();

        void add(ScenarioResult s) {
            counts.merge(s.verdict(), 1, Integer::sum);
            ids.add(s.id());
        }
    }

    private static Map<Verdict, Integer> all(Map<Verdict, Integer> counts) {
        EnumMap<Verdict, Integer> m = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            int n = counts == null ? 0 : counts.getOrDefault(v, 0);
            if (n < 0) {
                throw new IllegalArgumentException("a count of " + v + " is negative: " + n);
            }
            m.put(v, n);
        }
        return Collections.unmodifiableMap(m);
    }
}
