package org.mailspec.report;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code matrix.md}: short enough for a CI job summary. Per report the verdict counts and the gate, the
 * suites a preflight stopped, then the scenarios whose verdicts differ, those that fail a build first
 * ({@link #weight}) (in diff mode: what changed from the first run to the second, new failures first),
 * capped at {@link #MAX_ROWS}, and where the full matrix is.
 */
public final class MatrixMarkdown {
    /** Rows of the differences table before "and N more". */
    static final int MAX_ROWS = 40;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private MatrixMarkdown() {
    }

    public static void write(Path file, Matrix matrix, String htmlPath) {
        Files2.writeAtomically(file, render(matrix, htmlPath));
    }

    public static String render(Matrix m, String htmlPath) {
        StringBuilder sb = new StringBuilder();
        List<Matrix.Column> cols = m.columns();
        List<Matrix.Row> differing = new ArrayList<>(m.differing());
        differing.sort(java.util.Comparator.comparingInt(MatrixMarkdown::weight));
        sb.append("## mailspec conformance matrix: ").append(Text.plural(cols.size(), "report", "reports"))
                .append(", ").append(Text.plural(differing.size(), "scenario differs", "scenarios differ"))
                .append("\n\n");

        sb.append("| |");
        cols.forEach(c -> sb.append(' ').append(Text.md(c.label())).append(" |"));
        sb.append("\n|---|").append("---:|".repeat(cols.size())).append('\n');
        for (Verdict v : Verdict.values()) {
            sb.append("| ").append(ReportMarkdown.mark(v)).append(' ').append(v).append(" |");
            cols.forEach(c -> sb.append(' ').append(c.report().count(v)).append(" |"));
            sb.append('\n');
        }
        sb.append("| Total |");
        cols.forEach(c -> sb.append(' ').append(c.report().scenarios().size()).append(" |"));
        sb.append("\n| Gate |");
        cols.forEach(c -> sb.append(' ').append(c.gatePassed() ? "✅ passes"
                : "❌ " + Text.plural(c.newFailures(), "new failure", "new failures")).append(" |"));
        sb.append("\n\n");

        List<String> runs = new ArrayList<>();
        for (Matrix.Column c : cols) {
            String target = c.report().target().name();
            runs.add("**" + Text.md(c.label()) + "**" + (c.label().startsWith(target) ? "" : " (" + Text.md(target) + ")")
                    + " run "
                    + Text.mdCode(c.report().run().id()) + " of "
                    + WHEN.format(c.report().run().startedAt().truncatedTo(ChronoUnit.MINUTES)));
        }
        sb.append(String.join("  \n", runs)).append("\n\n");

        for (Matrix.Column c : cols) {
            for (SuiteStop stop : c.stops()) {
                sb.append("> ").append(ReportMarkdown.mark(stop.verdict())).append(" **").append(Text.md(c.label()))
                        .append("**: ").append(Text.md(stop.text())).append("\n\n");
            }
        }

        if (m.diff().isPresent()) {
            diff(sb, m, m.diff().get(), htmlPath);
        } else if (cols.size() > 1) {
            if (differing.isEmpty()) {
                sb.append("Every scenario has the same verdict in every report.\n\n");
            } else {
                sb.append("### Scenarios whose verdicts differ (").append(differing.size()).append(")\n\n");
                sb.append("| Scenario |");
                cols.forEach(c -> sb.append(' ').append(Text.md(c.label())).append(" |"));
                sb.append("\n|---|").append("---|".repeat(cols.size())).append('\n');
                for (Matrix.Row r : differing.subList(0, Math.min(MAX_ROWS, differing.size()))) {
                    sb.append("| ").append(Text.mdCode(r.id())).append(" |");
                    r.cells().forEach(cell -> sb.append(' ').append(cell(cell)).append(" |"));
                    sb.append('\n');
                }
                more(sb, differing.size() - MAX_ROWS, htmlPath);
                sb.append('\n');
            }
        }
        sb.append("Full matrix: ").append(Text.mdCode(htmlPath)).append('\n');
        return sb.toString();
    }

    private static void diff(StringBuilder sb, Matrix m, Matrix.Diff d, String htmlPath) {
        Comparison c = d.comparison();
        Matrix.Column before = m.columns().get(d.before());
        Matrix.Column after = m.columns().get(d.after());
        sb.append("### Diff: ").append(Text.md(before.label())).append(" → ").append(Text.md(after.label()))
                .append("\n\n");
        sb.append(Text.plural(c.newFailures().size(), "new failure", "new failures")).append(", ")
                .append(c.fixed().size()).append(" fixed, ")
                .append(c.changed().size()).append(" changed, ")
                .append(c.added().size()).append(" added, ")
                .append(c.removed().size()).append(" removed.\n\n");
        List<Matrix.Row> changed = new ArrayList<>();
        for (Matrix.Change kind : Matrix.Change.values()) {
            for (Matrix.Row r : m.rows()) {
                if (r.change().filter(kind::equals).isPresent()) {
                    changed.add(r);
                }
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        sb.append("| Change | Scenario | Before | Now |\n|---|---|---|---|\n");
        for (Matrix.Row r : changed.subList(0, Math.min(MAX_ROWS, changed.size()))) {
            sb.append("| ").append(r.change().orElseThrow().label()).append(" | ").append(Text.mdCode(r.id()))
                    .append(" | ").append(cell(r.cells().get(d.before()))).append(" | ")
                    .append(cell(r.cells().get(d.after()))).append(" |\n");
        }
        more(sb, changed.size() - MAX_ROWS, htmlPath);
        sb.append('\n');
    }

    /**
     * Which differences a short summary lists first: a row where some report fails its build (a FAIL or
     * ERROR not baselined), then one with a known FAIL or ERROR, then a WARN, then the rest; the
     * matrix's order within each.
     */
    static int weight(Matrix.Row r) {
        int w = 3;
        for (Matrix.Cell c : r.cells()) {
            if (c instanceof Matrix.Ran ran) {
                boolean failing = ran.verdict() == Verdict.FAIL || ran.verdict() == Verdict.ERROR;
                w = Math.min(w, failing && !ran.baselined() ? 0 : failing ? 1 : ran.verdict() == Verdict.WARN ? 2 : 3);
            }
        }
        return w;
    }

    /** {@code ❌ FAIL}, {@code ❌ FAIL (baselined)}, {@code — not run}. */
    static String cell(Matrix.Cell cell) {
        if (cell instanceof Matrix.Ran r) {
            return ReportMarkdown.mark(r.verdict()) + " " + r.verdict() + (r.baselined() ? " (baselined)" : "");
        }
        return "— not run";
    }

    private static void more(StringBuilder sb, int more, String htmlPath) {
        if (more > 0) {
            sb.append("\n…and ").append(more).append(" more in ").append(Text.mdCode(htmlPath)).append(".\n");
        }
    }
}
