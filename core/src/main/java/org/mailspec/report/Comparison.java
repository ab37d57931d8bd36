package org.mailspec.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two runs, scenario by scenario (matched by id).
 *
 * @param before      the earlier run
 * @param after       the later run
 * @param newFailures FAIL or ERROR now, and not FAIL or ERROR before (including scenarios added since)
 * @param fixed       FAIL, WARN or ERROR before, PASS now
 * @param changed     every scenario in both runs whose verdict differs, in the later run's order
 * @param added       in the later run only
 * @param removed     in the earlier run only
 */
public record Comparison(RunInfo before, RunInfo after, List<ScenarioResult> newFailures,
                         List<ScenarioResult> fixed, List<Change> changed, List<ScenarioResult> added,
                         List<ScenarioResult> removed) {

    /** One scenario whose verdict changed. */
    public record Change(String id, String name, Verdict before, Verdict after) {
    }

    public Comparison {
        newFailures = List.copyOf(newFailures);
        fixed = List.copyOf(fixed);
        changed = List.copyOf(changed);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public static Comparison compare(Report before, Report after) {
        Map<String, ScenarioResult> old = new LinkedHashMap<>();
        before.scenarios().forEach(s -> old.put(s.id(), s));
        List<ScenarioResult> newFailures = new ArrayList<>();
        List<ScenarioResult> fixed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        List<ScenarioResult> added = new ArrayList<>();
        for (ScenarioResult now : after.scenarios()) {
            ScenarioResult then = old.remove(now.id());
            boolean failingNow = now.verdict().failsBuild(false);
            if (then == null) {
                added.add(now);
                if (failingNow) {
                    newFailures.add(now);
                }
                continue;
            }
            if (then.verdict() == now.verdict()) {
                continue;
            }
            changed.add(new Change(now.id(), now.name(), then.verdict(), now.verdict()));
            if (failingNow && !then.verdict().failsBuild(false)) {
                newFailures.add(now);
            }
            if (now.verdict() == Verdict.PASS && then.verdict() != Verdict.SKIP) {
                fixed.add(now);
            }
        }
        return new Comparison(before.run(), after.run(), newFailures, fixed, changed, added,
                new ArrayList<>(old.values()));
    }

    public boolean isEmpty() {
        return changed.isEmpty() && added.isEmpty() && removed.isEmpty();
    }

    /** For the console and logs. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("Compared with run ").append(before.id()).append(" (").append(before.startedAt()).append("): ");
        if (isEmpty()) {
            return sb.append("no verdict changed.\n").toString();
        }
        sb.append(Text.plural(newFailures.size(), "new failure", "new failures")).append(", ")
                .append(fixed.size()).append(" fixed, ")
                .append(changed.size()).append(" changed, ")
                .append(added.size()).append(" added, ")
                .append(removed.size()).append(" removed\n");
        for (Change c : changed) {
            sb.append("  ").append(c.before()).append(" -> ").append(c.after()).append("  ").append(c.id())
                    .append('\n');
        }
        for (ScenarioResult s : added) {
            sb.append("  added (").append(s.verdict()).append(")  ").append(s.id()).append('\n');
        }
        for (ScenarioResult s : removed) {
            sb.append("  removed (was ").append(s.verdict()).append(")  ").append(s.id()).append('\n');
        }
        return sb.toString();
    }
}
