package org.mailspec.imap.steps;

import static org.mailspec.imap.steps.Scripted.holds;
import static org.mailspec.imap.steps.Scripted.violates;

import io.cucumber.datatable.DataTable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.testing.NegativeControl;

/** Negative controls for the pipelining assertions (RFC 9051 5.5). */
@Timeout(20)
class PipelineStepsTest {

    private static DataTable column(String... rows) {
        return DataTable.create(java.util.Arrays.stream(rows).map(List::of).toList());
    }

    @Test
    @NegativeControl({"PipelineSteps#ownTags", "PipelineSteps#commandCompletes"})
    void pipelineTagsAreJudged() {
        try (Scripted s = Scripted.start("NOOP", "X1 OK not yours").loggedIn()) {
            s.commands.sendsPipelined("A", column("CHECK", "NOOP"));
            violates(s.pipelines::ownTags);
            holds(() -> s.pipelines.commandCompletes(1, "OK"));
            violates(() -> s.pipelines.commandCompletes(2, "OK"));
        }
        try (Scripted s = Scripted.start().loggedIn()) {
            s.commands.sendsPipelined("A", column("CHECK", "NOOP", "CHECK"));
            holds(s.pipelines::ownTags);
            holds(() -> s.pipelines.commandCompletes(3, "OK"));
            violates(() -> s.pipelines.commandCompletes(2, "BAD"));
        }
    }

    @Test
    @NegativeControl("PipelineSteps#untaggedBefore")
    void untaggedBeforeFailsWhenDataComesAfterTheCompletion() {
        try (Scripted s = Scripted.start("CAPABILITY", "{tag} OK done\n* CAPABILITY IMAP4rev1", "NOOP", "{tag} OK done").loggedIn()) {
            s.commands.sendsPipelined("A", column("CAPABILITY", "NOOP"));
            violates(() -> s.pipelines.untaggedBefore("CAPABILITY", 1));
        }
        try (Scripted s = Scripted.start().loggedIn()) {
            s.commands.sendsPipelined("A", column("CAPABILITY", "NOOP"));
            holds(() -> s.pipelines.untaggedBefore("CAPABILITY", 1));
        }
    }

    @Test
    @NegativeControl("PipelineSteps#completesBefore")
    void completesBeforeFailsWhenReordered() {
        // the server answers the first command only after the second
        try (Scripted s = Scripted.start("CREATE .*", "", "DELETE .*", "{tag} OK done\nA002 OK done").loggedIn()) {
            s.commands.sendsPipelined("A", column("CREATE foo", "DELETE foo"));
            violates(() -> s.pipelines.completesBefore(1, 2));
        }
        try (Scripted s = Scripted.start().loggedIn()) {
            s.commands.sendsPipelined("A", column("CREATE foo", "DELETE foo"));
            holds(() -> s.pipelines.completesBefore(1, 2));
        }
    }

    @Test
    @NegativeControl("PipelineSteps#beforeCompletionMatching")
    void beforeCompletionMatchingFailsWhenTheFetchMissesTheFlag() {
        try (Scripted s = Scripted.start("STORE .*", "{tag} OK done", "FETCH .*", "* 1 FETCH (FLAGS ())\n{tag} OK done").loggedIn()) {
            s.commands.sendsPipelined("A", column("STORE 1 +FLAGS.SILENT (\\Flagged)", "FETCH 1 FLAGS"));
            violates(() -> s.pipelines.beforeCompletionMatching(2, "* 1 FETCH (FLAGS (\\Flagged ...))"));
        }
        try (Scripted s = Scripted.start("STORE .*", "{tag} OK done", "FETCH .*", "* 1 FETCH (FLAGS (\\Flagged))\n{tag} OK done").loggedIn()) {
            s.commands.sendsPipelined("A", column("STORE 1 +FLAGS.SILENT (\\Flagged)", "FETCH 1 FLAGS"));
            holds(() -> s.pipelines.beforeCompletionMatching(2, "* 1 FETCH (FLAGS (\\Flagged ...))"));
        }
    }
}
