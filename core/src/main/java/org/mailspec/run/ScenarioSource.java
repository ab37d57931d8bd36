package org.mailspec.run;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.mailspec.report.ScenarioId;

/**
 * What a scenario's Gherkin text says beyond what Cucumber's events carry: the name as written
 * (an outline's name keeps its placeholders, so the id is stable), the example row number of an
 * outline, the description (which quotes the RFC sentence), and the Feature title.
 */
public record ScenarioSource(String featureTitle, String name, int exampleRow, String description) {

    private static final Pattern SCENARIO = Pattern.compile(
            "^\\s*(Scenario Outline|Scenario Template|Scenario|Example):\\s*(.*)$");
    private static final Pattern STOP = Pattern.compile(
            "^\\s*(Given|When|Then|And|But|\\*|Examples:|Scenarios:|@|Scenario|Example:|Rule:|Background:|\\|)");

    /**
     * @param source the whole feature file
     * @param line   the 1-based line Cucumber gives as the test case's location: the scenario line,
     *               or an outline's example row
     */
    public static ScenarioSource of(String source, int line) {
        String[] lines = source.split("\r?\n", -1);
        String featureTitle = "";
        for (String l : lines) {
            String t = l.trim();
            if (t.startsWith("Feature:")) {
                featureTitle = t.substring("Feature:".length()).trim();
                break;
            }
        }
        int at = Math.max(0, Math.min(lines.length - 1, line - 1));
        int scenarioLine = at;
        while (scenarioLine >= 0 && !SCENARIO.matcher(lines[scenarioLine]).matches()) {
            scenarioLine--;
        }
        if (scenarioLine < 0) {
            return new ScenarioSource(featureTitle, "", 0, "");
        }
        var m = SCENARIO.matcher(lines[scenarioLine]);
        m.matches();
        String name = m.group(2).trim();
        int exampleRow = 0;
        if (at != scenarioLine && lines[at].trim().startsWith("|")) {
            boolean inExamples = false;
            boolean headerSeen = false;
            int count = 0;
            for (int i = scenarioLine + 1; i <= at; i++) {
                String t = lines[i].trim();
                if (t.startsWith("Examples:") || t.startsWith("Scenarios:")) {
                    inExamples = true;
                    headerSeen = false;
                } else if (inExamples && t.startsWith("|")) {
                    if (!headerSeen) {
                        headerSeen = true;
                    } else {
                        count++;
                    }
                }
            }
            exampleRow = count;
        }
        List<String> desc = new ArrayList<>();
        for (int i = scenarioLine + 1; i < lines.length; i++) {
            String t = lines[i].trim();
            if (STOP.matcher(lines[i]).find()) {
                break;
            }
            if (t.startsWith("#")) {
                continue;
            }
            desc.add(t);
        }
        return new ScenarioSource(featureTitle, name, exampleRow, String.join("\n", desc).strip());
    }

    /** DESIGN's stable id; see {@link ScenarioId}. */
    public static String id(String featurePath, String name, int exampleRow) {
        return exampleRow > 0 ? ScenarioId.of(featurePath, name, exampleRow) : ScenarioId.of(featurePath, name);
    }

    /** {@code classpath:features/imap/select.feature} or a file URI -> {@code imap/select.feature}. */
    public static String featurePath(String uri) {
        String u = uri.replace('\\', '/');
        int i = u.lastIndexOf("features/");
        return i >= 0 ? u.substring(i + "features/".length()) : u.substring(u.lastIndexOf('/') + 1);
    }
}
