package org.mailspec.run.schedule;

import java.util.List;

/** What the scheduler reads of a scenario before it runs: where it is, its tags, its steps' text. */
public record ScenarioFacts(String featurePath, int line, String name, List<String> tags, List<String> steps) {
    public ScenarioFacts {
        tags = List.copyOf(tags);
        steps = List.copyOf(steps);
    }

    public boolean tagged(String tag) {
        return tags.contains(tag);
    }

    public boolean anyStep(java.util.regex.Pattern p) {
        return steps.stream().anyMatch(s -> p.matcher(s).find());
    }
}
