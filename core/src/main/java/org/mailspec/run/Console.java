package org.mailspec.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.mailspec.report.ScenarioResult;

/**
 * What a user sees while a suite runs, as h2spec prints it: per feature its scenarios with a
 * verdict mark and, for non-PASS, one line of why. No stack traces for server failures.
 */
public final class Console {
    private final PrintStream out;
    private String currentFeature;
    private boolean buffered;
    private final List<Entry> buffer = new ArrayList<>();

    private record Entry(String featureTitle, String featurePath, int line, ScenarioResult result) {
    }

    private Console(PrintStream out) {
        this.out = out;
    }

    /**
     * Scenarios running on several threads finish out of order: keep their lines and print them
     * by feature and line at {@link #flush()}.
     */
    synchronized void buffer() {
        buffered = true;
    }

    synchronized void flush() {
        buffered = false;
        buffer.sort(Comparator.comparing(Entry::featurePath).thenComparingInt(Entry::line));
        // one write: the other suite's JVM prints to the same Maven console at the same time
        StringBuilder all = new StringBuilder();
        for (Entry e : buffer) {
            all.append(render(e.featureTitle(), e.featurePath(), e.result()));
        }
        buffer.clear();
        if (out != null && !all.isEmpty()) {
            out.print(all);
            out.flush();
        }
    }

    public static Console to(PrintStream out) {
        return new Console(out);
    }

    static Console silent() {
        return new Console(null);
    }

    public synchronized void line(String text) {
        if (out != null) {
            out.println(text);
            out.flush();
        }
    }

    synchronized void scenario(String featureTitle, String featurePath, int line, ScenarioResult r) {
        if (buffered) {
            buffer.add(new Entry(featureTitle, featurePath, line, r));
            return;
        }
        print(featureTitle, featurePath, r);
    }

    private void print(String featureTitle, String featurePath, ScenarioResult r) {
        if (out == null) {
            return;
        }
        out.print(render(featureTitle, featurePath, r));
        out.flush();
    }

    private String render(String featureTitle, String featurePath, ScenarioResult r) {
        StringBuilder sb = new StringBuilder();
        String nl = System.lineSeparator();
        if (!featurePath.equals(currentFeature)) {
            currentFeature = featurePath;
            sb.append(nl).append(featurePath).append(featureTitle.isEmpty() ? "" : "  " + featureTitle).append(nl);
        }
        sb.append("  ").append(mark(r)).append(' ').append(r.name()).append(nl);
        if (!r.message().isEmpty()) {
            sb.append("         ").append(r.message()).append(nl);
        }
        return sb.toString();
    }

    static String mark(ScenarioResult r) {
        return switch (r.verdict()) {
            case PASS -> "✔ PASS ";
            case FAIL -> "✘ FAIL ";
            case WARN -> "! WARN ";
            case SKIP -> "- SKIP ";
            case ERROR -> "E ERROR";
        };
    }
}
