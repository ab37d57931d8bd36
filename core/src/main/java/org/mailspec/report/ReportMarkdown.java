package org.mailspec.report;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code report.md}: a summary that fits a CI job page (GitHub's step summary): the target, the counts,
 * the gate, what did not pass, security findings, the baseline's news, what changed since the previous
 * run, and where the full report is. Lists are capped so a large run stays short.
 */
public final class ReportMarkdown {
    /** Rows of the not-passing table before "and N more". */
    static final int MAX_ROWS = 25;
    /** Items of the shorter lists (security findings, fixed, changes). */
    static final int MAX_ITEMS = 10;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReportMarkdown() {
    }

    public static void write(Path file, Report report, Optional<Comparison> comparison, boolean strict,
                             String htmlPath) {
        Files2.writeAtomically(file, render(report, comparison, strict, htmlPath));
    }

    static String mark(Verdict v) {
        return switch (v) {
            case PASS -> "✅";
            case FAIL -> "❌";
            case WARN -> "⚠️";
            case SKIP -> "⏭️";
            case ERROR -> "❓";
        };
    }

    /**
     * @param htmlPath where {@code index.html} is, as people should read it (e.g. relative to the project)
     */
    public static String render(Report report, Optional<Comparison> comparison, boolean strict, String htmlPath) {
        StringBuilder sb = new StringBuilder();
        List<ScenarioResult> all = report.scenarios();
        List<ScenarioResult> newFailures = all.stream().filter(s -> s.isNewFailure(strict)).toList();

        sb.append("## mailspec conformance: ").append(Text.md(report.target().name()));
        sb.append(newFailures.isEmpty() ? " ✅" : " ❌").append("\n\n");

        TargetInfo t = report.target();
        sb.append("**Target** ").append(Text.mdCode(t.name()));
        if (!t.resolvedBecause().isBlank()) {
            sb.append(" (").append(Text.md(t.resolvedBecause())).append(')');
        }
        endpoint(sb, "IMAP", t.imap());
        endpoint(sb, "POP3", t.pop3());
        sb.append("  \n");
        sb.append("**Run** ").append(Text.mdCode(report.run().id())).append(" · ")
                .append(WHEN.format(report.run().startedAt().truncatedTo(ChronoUnit.SECONDS))).append(" · ")
                .append(Text.duration(report.run().durationMs()))
                .append(strict ? " · strict (WARN fails the build)" : "").append("\n\n");

        sb.append('|');
        for (Verdict v : Verdict.values()) {
            sb.append(' ').append(mark(v)).append(' ').append(v).append(" |");
        }
        sb.append(" Total |\n|");
        sb.append("---:|".repeat(Verdict.values().length + 1)).append("\n|");
        for (Verdict v : Verdict.values()) {
            sb.append(' ').append(report.count(v)).append(" |");
        }
        sb.append(' ').append(all.size()).append(" |\n\n");

        for (SuiteStop stop : SuiteStop.in(report)) {
            sb.append("> ").append(mark(stop.verdict())).append(" **The ").append(stop.protocolLabel())
                    .append(" suite stopped in its preflight**: ").append(Text.md(stop.line())).append("  \n> ")
                    .append(stop.rule() == null ? "No rule broken: the harness could not judge the server."
                            : "Rule broken: " + Text.md(stop.rule())).append("\n\n");
        }
        if (newFailures.isEmpty()) {
            sb.append("**Build passes**: no failure outside the baseline.\n\n");
        } else {
            sb.append("**Build fails**: ").append(Text.plural(newFailures.size(), "failure", "failures"))
                    .append(" not in the baseline.\n\n");
        }

        List<ScenarioResult> notPassing = new ArrayList<>(all.stream().filter(s -> s.verdict() != Verdict.PASS).toList());
        notPassing.sort(Comparator.comparingInt((ScenarioResult s) -> rank(s.verdict()))
                .thenComparing(ScenarioResult::baselined));
        if (!notPassing.isEmpty()) {
            sb.append("### Not passing (").append(notPassing.size()).append(")\n\n");
            sb.append("| Verdict | Scenario | Why |\n|---|---|---|\n");
            for (ScenarioResult s : notPassing.subList(0, Math.min(MAX_ROWS, notPassing.size()))) {
                sb.append("| ").append(mark(s.verdict())).append(' ').append(s.verdict())
                        .append(s.baselined() ? " (baselined)" : "")
                        .append(" | ").append(Text.mdCode(s.id()))
                        .append(" | ").append(Text.md(Text.cap(s.message(), 160)))
                        .append(s.delivery().isEmpty() ? "" : " (fixtures delivered by " + Text.md(s.delivery()) + ")")
                        .append(" |\n");
            }
            more(sb, notPassing.size() - MAX_ROWS, htmlPath);
            sb.append('\n');
        }

        List<ScenarioResult> findings = all.stream()
                .filter(s -> s.isSecurity() && (s.verdict() == Verdict.FAIL || s.verdict() == Verdict.WARN))
                .toList();
        if (!findings.isEmpty()) {
            sb.append("### Security findings (").append(findings.size()).append(")\n\n");
            for (ScenarioResult s : findings.subList(0, Math.min(MAX_ITEMS, findings.size()))) {
                sb.append("- ").append(mark(s.verdict())).append(" **").append(s.verdict()).append("** ")
                        .append(Text.md(s.name())).append(" (").append(Text.mdCode(s.id())).append(')')
                        .append(s.baselined() ? " (baselined)" : "");
                s.cause().ifPresent(c -> sb.append("  \n  Cause: ").append(Text.md(c)));
                s.fix().ifPresent(f -> sb.append("  \n  Fix: ").append(Text.md(f)));
                sb.append('\n');
            }
            more(sb, findings.size() - MAX_ITEMS, htmlPath);
            sb.append('\n');
        }

        List<ScenarioResult> fixed = all.stream().filter(ScenarioResult::isFixed).toList();
        List<ScenarioResult> known = all.stream().filter(s -> s.isKnownFailure(strict)).toList();
        if (!fixed.isEmpty() || !known.isEmpty()) {
            sb.append("### Baseline\n\n");
            if (!fixed.isEmpty()) {
                sb.append("- **Fixed**: ")
                        .append(Text.plural(fixed.size(), "baselined scenario now passes", "baselined scenarios now pass"))
                        .append("; remove from the baseline:");
                for (ScenarioResult s : fixed.subList(0, Math.min(MAX_ITEMS, fixed.size()))) {
                    sb.append(' ').append(Text.mdCode(s.id()));
                }
                if (fixed.size() > MAX_ITEMS) {
                    sb.append(" and ").append(fixed.size() - MAX_ITEMS).append(" more");
                }
                sb.append('\n');
            }
            if (!known.isEmpty()) {
                sb.append("- ").append(Text.plural(known.size(), "known failure still fails", "known failures still fail"))
                        .append(" (baselined, not failing the build).\n");
            }
            sb.append('\n');
        }

        comparison.ifPresent(c -> comparison(sb, c, htmlPath));

        sb.append("Full report: ").append(Text.mdCode(htmlPath)).append('\n');
        return sb.toString();
    }

    private static void endpoint(StringBuilder sb, String label, EndpointInfo e) {
        if (e == null) {
            return;
        }
        sb.append(" · ").append(label).append(' ').append(Text.mdCode(e.host() + ":" + e.port()));
        if (!e.tls().isBlank()) {
            sb.append(' ').append(Text.md(e.tls()));
        }
    }

    private static void comparison(StringBuilder sb, Comparison c, String htmlPath) {
        sb.append("### Since the previous run\n\n");
        if (c.isEmpty()) {
            sb.append("No verdict changed since run ").append(Text.mdCode(c.before().id())).append(".\n\n");
            return;
        }
        sb.append("Against run ").append(Text.mdCode(c.before().id())).append(": ")
                .append(Text.plural(c.newFailures().size(), "new failure", "new failures")).append(", ")
                .append(c.fixed().size()).append(" fixed, ")
                .append(c.changed().size()).append(" changed, ")
                .append(c.added().size()).append(" added, ")
                .append(c.removed().size()).append(" removed.\n\n");
        if (!c.changed().isEmpty()) {
            sb.append("| Scenario | Before | Now |\n|---|---|---|\n");
            for (Comparison.Change ch : c.changed().subList(0, Math.min(MAX_ITEMS, c.changed().size()))) {
                sb.append("| ").append(Text.mdCode(ch.id())).append(" | ").append(mark(ch.before())).append(' ')
                        .append(ch.before()).append(" | ").append(mark(ch.after())).append(' ').append(ch.after())
                        .append(" |\n");
            }
            more(sb, c.changed().size() - MAX_ITEMS, htmlPath);
        }
        sb.append('\n');
    }

    private static void more(StringBuilder sb, int more, String htmlPath) {
        if (more > 0) {
            sb.append("\n…and ").append(more).append(" more in ").append(Text.mdCode(htmlPath)).append(".\n");
        }
    }

    /** FAIL first, then ERROR, WARN, SKIP. */
    private static int rank(Verdict v) {
        return switch (v) {
            case FAIL -> 0;
            case ERROR -> 1;
            case WARN -> 2;
            case SKIP -> 3;
            case PASS -> 4;
        };
    }
}
