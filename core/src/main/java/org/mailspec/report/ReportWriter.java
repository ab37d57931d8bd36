package org.mailspec.report;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/** Writes the four files of {@code target/conformance/}. */
public final class ReportWriter {
    public static final String JSON = "report.json";
    public static final String MARKDOWN = "report.md";
    public static final String HTML = "index.html";
    public static final String JUNIT = "junit.xml";

    private ReportWriter() {
    }

    /** Where each file went. */
    public record Written(Path json, Path markdown, Path html, Path junit) {
    }

    /**
     * Writes {@code report.json}, {@code report.md}, {@code index.html} and {@code junit.xml} into
     * {@code conformanceDir}, each atomically. {@code previous}, when given (read it with
     * {@link ReportJson#readIfExists} before this overwrites it), adds a comparison to the Markdown and
     * HTML. {@code strict} makes WARN fail, as the gate does.
     */
    public static Written writeAll(Path conformanceDir, Report report, Optional<Report> previous, boolean strict) {
        Optional<Comparison> comparison = previous.map(p -> Comparison.compare(p, report));
        Written w = new Written(conformanceDir.resolve(JSON), conformanceDir.resolve(MARKDOWN),
                conformanceDir.resolve(HTML), conformanceDir.resolve(JUNIT));
        ReportJson.write(w.json(), report);
        ReportHtml.write(w.html(), report, comparison, strict);
        JUnitXml.write(w.junit(), report, strict);
        ReportMarkdown.write(w.markdown(), report, comparison, strict, displayPath(w.html()));
        return w;
    }

    /** The path relative to the working directory when it is under it, else as given. */
    static String displayPath(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Paths.get("").toAbsolutePath().normalize();
        Path shown = abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }
}
