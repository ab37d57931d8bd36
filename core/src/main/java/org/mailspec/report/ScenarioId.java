package org.mailspec.report;

import java.util.Locale;

/**
 * Stable scenario ids, as DESIGN.md fixes them: the feature path under {@code features/} without
 * {@code .feature}, {@code /}, and the scenario name in lower-case words joined by {@code -}; a scenario
 * outline adds {@code #} and its example's row number.
 *
 * <p>{@code ScenarioId.of("imap/select.feature", "SELECT INBOX reports READ-WRITE")} is
 * {@code imap/select/select-inbox-reports-read-write}.
 */
public final class ScenarioId {
    private ScenarioId() {
    }

    public static String of(String featurePath, String scenarioName) {
        String path = featurePath.replace('\\', '/');
        if (path.startsWith("features/")) {
            path = path.substring("features/".length());
        }
        if (path.endsWith(".feature")) {
            path = path.substring(0, path.length() - ".feature".length());
        }
        String words = String.join("-", scenarioName.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .replaceAll("^-+|-+$", "");
        if (words.isEmpty()) {
            throw new IllegalArgumentException("scenario name '" + scenarioName + "' in " + featurePath
                    + " has no words to make an id from");
        }
        return path + "/" + words;
    }

    /** The id of row {@code row} (1-based, as the examples table counts) of an outline. */
    public static String of(String featurePath, String scenarioName, int row) {
        if (row < 1) {
            throw new IllegalArgumentException("example row must be 1 or more, got " + row);
        }
        return of(featurePath, scenarioName) + "#" + row;
    }
}
