package org.mailspec.run;

import java.io.PrintStream;

import org.mailspec.report.ScenarioResult;

/**
 * What a user sees while a suite runs, as h2spec prints it: per feature its scenarios with a
 * verdict mark and, for non-PASS, one line of why. No stack traces for server failures.
 */
public final class Console {
    private final PrintStream out;
    private String currentFeature;

    private Console(PrintStream out) {
        this.out = out;
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

    synchronized void scenario(String featureTitle, String featurePath, ScenarioResult r) {
        if (out == null) {
            return;
        }
        if (!featurePath.equals(currentFeature)) {
            currentFeature = featurePath;
            out.println();
            out.println(featurePath + (featureTitle.isEmpty() ? "" : "  " + featureTitle));
        }
        out.println("  " + mark(r) + " " + r.name());
        if (!r.message().isEmpty()) {
            out.println("         " + r.message());
        }
        out.flush();
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
