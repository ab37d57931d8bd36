package org.mailspec.report;

import java.nio.file.Path;

/** The one line the console ends with. */
public final class Summary {
    private Summary() {
    }

    /** {@code 42 scenarios: 38 PASS, 1 FAIL, 1 WARN, 1 SKIP, 1 ERROR (2 baselined, 1 fixed)}. */
    public static String line(Report report) {
        StringBuilder sb = new StringBuilder();
        sb.append(Text.plural(report.scenarios().size(), "scenario", "scenarios")).append(": ");
        Verdict[] vs = Verdict.values();
        for (int i = 0; i < vs.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(report.count(vs[i])).append(' ').append(vs[i]);
        }
        long baselined = report.scenarios().stream().filter(s -> s.baselined() && s.verdict() != Verdict.PASS).count();
        long fixed = report.scenarios().stream().filter(ScenarioResult::isFixed).count();
        if (baselined > 0 || fixed > 0) {
            sb.append(" (");
            if (baselined > 0) {
                sb.append(baselined).append(" baselined");
            }
            if (fixed > 0) {
                sb.append(baselined > 0 ? ", " : "").append(fixed).append(" fixed");
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /** {@link #line(Report)} {@code -> target/conformance/index.html}. */
    public static String line(Report report, Path indexHtml) {
        return line(report) + " -> " + indexHtml;
    }
}
