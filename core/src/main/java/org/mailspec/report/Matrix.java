package org.mailspec.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Several reports side by side: a column per report (a server, or a run of one), a row per scenario id
 * found in any of them, grouped by command and then by RFC section, as {@code matrix.html},
 * {@code matrix.md} and {@code matrix.json} show it.
 *
 * <p>A row <em>differs</em> when its cells do not all hold the same verdict; a cell where the scenario
 * did not run (absent from that report, or its suite stopped) differs from every verdict. When there are
 * exactly two columns of the same server ({@link #sameServer}), the matrix is also a {@link Diff} of the
 * first (before) and the second (after), as {@link Comparison} computes it.
 *
 * @param columns the reports, in the order given
 * @param groups  the rows, by command (in the order the commands first appear) and RFC section
 * @param diff    the diff of two runs of one server, when that is what the matrix holds
 */
public record Matrix(List<Column> columns, List<Group> groups, Optional<Diff> diff) {

    /** One report given to the merge, with its label or null for the default one. */
    public record Input(String label, String source, Report report) {
        public Input {
            Objects.requireNonNull(report, "report");
            source = Objects.requireNonNullElse(source, "");
        }
    }

    /**
     * One report.
     *
     * @param label  what the column header says: the label given, else the target, with the run id
     *               where two columns would otherwise read the same
     * @param source the file it was read from
     */
    public record Column(String label, String source, Report report) {
        public Column {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(report, "report");
        }

        public List<SuiteStop> stops() {
            return SuiteStop.in(report);
        }

        public Optional<SuiteStop> stop(String protocol) {
            return stops().stream().filter(s -> s.protocol().equals(protocol)).findFirst();
        }

        /** FAIL or ERROR not in the report's baseline: what failed that run's build (WARN not counted). */
        public int newFailures() {
            return (int) report.scenarios().stream().filter(s -> s.isNewFailure(false)).count();
        }

        public boolean gatePassed() {
            return newFailures() == 0;
        }
    }

    /** What a column holds for a row. */
    public sealed interface Cell permits Ran, NotRun {
    }

    /** The scenario ran: its verdict, baseline mark and message. */
    public record Ran(Verdict verdict, boolean baselined, String baselineReason, String message) implements Cell {
        public Ran {
            Objects.requireNonNull(verdict, "verdict");
            message = Objects.requireNonNullElse(message, "");
        }
    }

    /** The scenario did not run in that report, and why. */
    public record NotRun(String why) implements Cell {
    }

    /** How a row changed from the diff's first report to its second. */
    public enum Change {
        NEW_FAILURE("new failure"), FIXED("fixed"), CHANGED("changed"), ADDED("added"), REMOVED("removed");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** {@code new-failure}: for attributes and JSON. */
        public String key() {
            return label.replace(' ', '-');
        }
    }

    /**
     * One scenario across the columns; its name, feature and tags are those of the first report holding it.
     *
     * @param cells  one per column, in column order
     * @param change its change in diff mode, else empty
     */
    public record Row(String id, String name, String protocol, String feature, String command, List<String> rfc,
                      String level, List<String> tags, List<Cell> cells, Optional<Change> change) {
        public Row {
            rfc = List.copyOf(rfc);
            tags = List.copyOf(tags);
            cells = List.copyOf(cells);
            Objects.requireNonNull(change, "change");
        }

        /** Not every column holds the same verdict. */
        public boolean differs() {
            Set<Object> seen = new HashSet<>();
            for (Cell c : cells) {
                seen.add(c instanceof Ran r ? r.verdict() : "not run");
            }
            return seen.size() > 1;
        }

        /** Some column has a FAIL or an ERROR. */
        public boolean failingAnywhere() {
            return cells.stream().anyMatch(c -> c instanceof Ran r
                    && (r.verdict() == Verdict.FAIL || r.verdict() == Verdict.ERROR));
        }

        public boolean isSuiteStop() {
            return SuiteStop.marks(id, protocol, tags);
        }
    }

    /** The rows of one RFC section within a command; {@code section} empty for rows that name none. */
    public record Section(Optional<RfcSection> section, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    /**
     * The rows of one command.
     *
     * @param perColumn the command's counts in each column's own report ({@link Coverage}), zero where
     *                  that report has none of it
     */
    public record Group(String protocol, String command, List<Map<Verdict, Integer>> perColumn, List<Section> sections) {
        public Group {
            perColumn = List.copyOf(perColumn);
            sections = List.copyOf(sections);
        }

        /** {@code imap SELECT}. */
        public String key() {
            return protocol + " " + command;
        }

        public List<Row> rows() {
            List<Row> out = new ArrayList<>();
            sections.forEach(s -> out.addAll(s.rows()));
            return out;
        }
    }

    /**
     * The diff of two runs of one server.
     *
     * @param before the column index of the first report (0)
     * @param after  the column index of the second (1)
     */
    public record Diff(int before, int after, Comparison comparison) {
    }

    public Matrix {
        columns = List.copyOf(columns);
        groups = List.copyOf(groups);
        Objects.requireNonNull(diff, "diff");
    }

    /** Every row, group after group. */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        groups.forEach(g -> out.addAll(g.rows()));
        return out;
    }

    /** The rows whose cells differ, in row order. */
    public List<Row> differing() {
        return rows().stream().filter(Row::differs).toList();
    }

    /** Merges the reports, in the order given. */
    public static Matrix of(List<Input> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a matrix needs at least one report");
        }
        List<Column> columns = columns(inputs);
        Optional<Diff> diff = columns.size() == 2 && sameServer(columns.get(0).report(), columns.get(1).report())
                ? Optional.of(new Diff(0, 1, Comparison.compare(columns.get(0).report(), columns.get(1).report())))
                : Optional.empty();
        Map<String, Change> changes = diff.map(d -> changes(d.comparison())).orElse(Map.of());

        // the union of the scenarios, each as the first report holding it describes it
        Map<String, ScenarioResult> first = new LinkedHashMap<>();
        for (Column c : columns) {
            for (ScenarioResult s : c.report().scenarios()) {
                first.putIfAbsent(s.id(), s);
            }
        }
        List<Map<String, ScenarioResult>> byId = new ArrayList<>();
        List<Map<String, Map<Verdict, Integer>>> countsByColumn = new ArrayList<>();
        for (Column c : columns) {
            Map<String, ScenarioResult> m = new HashMap<>();
            c.report().scenarios().forEach(s -> m.put(s.id(), s));
            byId.add(m);
            Map<String, Map<Verdict, Integer>> counts = new HashMap<>();
            Coverage.of(c.report()).commands().forEach(r -> counts.put(r.key(), r.counts()));
            countsByColumn.add(counts);
        }
        List<Group> groups = new ArrayList<>();
        for (Coverage.CommandRow command : Coverage.of(new ArrayList<>(first.values())).commands()) {
            Map<Optional<RfcSection>, List<Row>> sections = new java.util.TreeMap<>(SECTION_ORDER);
            for (String id : command.scenarioIds()) {
                ScenarioResult s = first.get(id);
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    cells.add(cell(s, byId.get(i).get(id), columns.get(i)));
                }
                Row row = new Row(id, s.name(), s.protocol(), s.feature(), s.command(), s.rfc(), s.level(), s.tags(),
                        cells, Optional.ofNullable(changes.get(id)));
                Optional<RfcSection> section = s.rfc().isEmpty() ? Optional.empty()
                        : Optional.of(RfcSection.parse(s.rfc().get(0)));
                sections.computeIfAbsent(section, k -> new ArrayList<>()).add(row);
            }
            List<Map<Verdict, Integer>> perColumn = new ArrayList<>();
            for (Map<String, Map<Verdict, Integer>> counts : countsByColumn) {
                perColumn.add(counts.getOrDefault(command.key(), Coverage.zeroCounts()));
            }
            List<Section> list = new ArrayList<>();
            sections.forEach((sec, rows) -> list.add(new Section(sec, rows)));
            groups.add(new Group(command.protocol(), command.command(), perColumn, list));
        }
        return new Matrix(columns, groups, diff);
    }

    /** Sections in RFC order, rows without one last. */
    private static final Comparator<Optional<RfcSection>> SECTION_ORDER = (a, b) -> {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        return a.get().compareTo(b.get());
    };

    private static Cell cell(ScenarioResult meta, ScenarioResult here, Column column) {
        if (here != null) {
            return new Ran(here.verdict(), here.baselined(), here.baselineReason(), here.message());
        }
        String protocol = meta.protocol();
        String proto = protocol.toUpperCase(java.util.Locale.ROOT);
        Optional<SuiteStop> stop = column.stop(protocol);
        List<ScenarioResult> ofProtocol = column.report().scenarios().stream()
                .filter(s -> s.protocol().equals(protocol) && !s.isSuiteStop()).toList();
        if (meta.isSuiteStop()) {
            // this report's suite ran scenarios, so its preflight passed
            if (ofProtocol.stream().anyMatch(s -> s.verdict() != Verdict.SKIP)) {
                return new Ran(Verdict.PASS, false, null, "the preflight passed: the " + protocol + " suite ran");
            }
            return new NotRun(ofProtocol.isEmpty() ? "no " + proto + " suite in this report"
                    : "the " + proto + " suite judged nothing (every scenario skipped)");
        }
        if (stop.isPresent()) {
            return new NotRun("the " + proto + " suite stopped in its preflight: " + stop.get().line());
        }
        if (ofProtocol.isEmpty()) {
            return new NotRun("no " + proto + " suite in this report");
        }
        return new NotRun("not in this report (not run, filtered out by tags, or not written yet)");
    }

    private static Map<String, Change> changes(Comparison c) {
        Map<String, Change> m = new HashMap<>();
        c.removed().forEach(s -> m.put(s.id(), Change.REMOVED));
        c.added().forEach(s -> m.put(s.id(), Change.ADDED));
        c.changed().forEach(ch -> m.put(ch.id(), Change.CHANGED));
        c.fixed().forEach(s -> m.put(s.id(), Change.FIXED));
        c.newFailures().forEach(s -> m.put(s.id(), Change.NEW_FAILURE));
        return m;
    }

    /**
     * Two reports of the same server: the same target name and, for each protocol both reached, the same
     * host (a managed target's ports are new each run, so they are not compared).
     */
    public static boolean sameServer(Report a, Report b) {
        TargetInfo x = a.target();
        TargetInfo y = b.target();
        if (!x.name().equals(y.name())) {
            return false;
        }
        if (x.imap() != null && y.imap() != null && !x.imap().host().equals(y.imap().host())) {
            return false;
        }
        return x.pop3() == null || y.pop3() == null || x.pop3().host().equals(y.pop3().host());
    }

    private static List<Column> columns(List<Input> inputs) {
        List<String> labels = new ArrayList<>();
        for (Input in : inputs) {
            labels.add(in.label() != null && !in.label().isBlank() ? in.label().strip() : defaultName(in.report()));
        }
        // where two default labels read the same, the run id tells them apart
        Map<String, Integer> seen = new HashMap<>();
        labels.forEach(l -> seen.merge(l, 1, Integer::sum));
        for (int i = 0; i < labels.size(); i++) {
            Input in = inputs.get(i);
            if (seen.get(labels.get(i)) > 1 && (in.label() == null || in.label().isBlank())) {
                labels.set(i, labels.get(i) + " · " + in.report().run().id());
            }
        }
        Map<String, Integer> again = new HashMap<>();
        labels.forEach(l -> again.merge(l, 1, Integer::sum));
        Map<String, Integer> nth = new HashMap<>();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String l = labels.get(i);
            if (again.get(l) > 1) {
                l = l + " #" + nth.merge(l, 1, Integer::sum);
            }
            columns.add(new Column(l, inputs.get(i).source(), inputs.get(i).report()));
        }
        return columns;
    }

    private static String defaultName(Report r) {
        return r.target().name().isBlank() ? "run " + r.run().id() : r.target().name();
    }
}
