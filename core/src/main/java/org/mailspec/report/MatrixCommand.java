package org.mailspec.report;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that merges report.json files into {@code matrix.html}, {@code matrix.md} and
 * {@code matrix.json}. Maven runs it (core's {@code matrix} profile):
 *
 * <pre>
 * mvn -q -pl core -Pmatrix -Dreports=runs/dovecot.json,runs/embedded.json [-Dlabels=Dovecot,GreenMail]
 * </pre>
 *
 * Arguments: {@code --reports=A,B,...} (files, or directories holding a {@code report.json}; relative to
 * {@code --base}, default the working directory), {@code --labels=X,Y,...} (optional, one per report, in
 * order), {@code --out=DIR} (default {@code target/conformance} under the base). A bad argument or an
 * unreadable report ends it with one line, as a {@link MatrixException}; it never calls
 * {@code System.exit} (Maven runs it in its own JVM).
 */
public final class MatrixCommand {
    public static final String HTML = "matrix.html";
    public static final String MARKDOWN = "matrix.md";
    public static final String JSON = "matrix.json";

    /** One line saying what is wrong, naming the argument or file. */
    public static final class MatrixException extends RuntimeException {
        public MatrixException(String oneLine) {
            super(oneLine, null, false, false);
        }
    }

    /** What a run wrote. */
    public record Written(Matrix matrix, Path html, Path markdown, Path json) {
    }

    private MatrixCommand() {
    }

    public static void main(String[] args) {
        run(args, System.out);
    }

    public static Written run(String[] args, PrintStream out) {
        String reports = null;
        String labels = "";
        String outDir = null;
        String base = null;
        for (String a : args) {
            if (a.startsWith("--reports=")) {
                reports = a.substring("--reports=".length());
            } else if (a.startsWith("--labels=")) {
                labels = a.substring("--labels=".length());
            } else if (a.startsWith("--out=")) {
                outDir = a.substring("--out=".length());
            } else if (a.startsWith("--base=")) {
                base = a.substring("--base=".length());
            } else {
                throw new MatrixException("unknown argument '" + a + "'; " + USAGE);
            }
        }
        if (reports == null || reports.isBlank()) {
            throw new MatrixException("no reports given; " + USAGE);
        }
        Path root = base == null || base.isBlank() ? Path.of("").toAbsolutePath() : Path.of(base).toAbsolutePath();
        Path dir = outDir == null || outDir.isBlank() ? root.resolve("target").resolve("conformance") : root.resolve(outDir);
        List<String> files = split(reports);
        List<String> names = labels.isBlank() ? List.of() : split(labels);
        if (!names.isEmpty() && names.size() != files.size()) {
            throw new MatrixException(names.size() + " labels for " + files.size() + " reports: give one label per "
                    + "report, in the same order, or none");
        }
        List<Matrix.Input> inputs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path p = root.resolve(files.get(i)).normalize();
            if (Files.isDirectory(p)) {
                p = p.resolve(ReportWriter.JSON);
            }
            Report r;
            try {
                r = ReportJson.read(p);
            } catch (ReportFormatException e) {
                throw new MatrixException("cannot merge " + files.get(i) + ": " + e.getMessage());
            }
            inputs.add(new Matrix.Input(names.isEmpty() ? null : names.get(i), display(root, p), r));
        }
        Written w = write(dir, Matrix.of(inputs), display(root, dir.resolve(HTML)));
        out.println("mailspec matrix of " + Text.plural(inputs.size(), "report", "reports") + ": "
                + Text.plural(w.matrix().differing().size(), "scenario differs", "scenarios differ")
                + w.matrix().diff().map(d -> " (" + d.comparison().newFailures().size() + " new failures, "
                        + d.comparison().fixed().size() + " fixed)").orElse("")
                + " -> " + w.html() + " (and " + MARKDOWN + ", " + JSON + ")");
        return w;
    }

    /** Writes the three files into {@code dir}; {@code htmlPath} is how matrix.md names the page. */
    public static Written write(Path dir, Matrix matrix, String htmlPath) {
        Written w = new Written(matrix, dir.resolve(HTML), dir.resolve(MARKDOWN), dir.resolve(JSON));
        MatrixJson.write(w.json(), matrix);
        MatrixHtml.write(w.html(), matrix);
        MatrixMarkdown.write(w.markdown(), matrix, htmlPath);
        return w;
    }

    private static final String USAGE = "usage: mvn -q -pl core -Pmatrix -Dreports=a.json,b.json[,...] "
            + "[-Dlabels=A,B,...] [-Dmatrix.out=DIR]";

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        for (String s : list.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static String display(Path root, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
