package org.mailspec.pop3.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Every step of every POP3 scenario matches exactly one step definition: a Cucumber dry run over
 * {@code features/pop3} with this glue (and the shared audit steps) reports no undefined and no ambiguous step.
 */
class GlueTest {

    @Test
    void everyScenarioStepHasExactlyOneDefinition() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        byte status;
        try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            status = io.cucumber.core.cli.Main.run(new String[] {"--dry-run", "--monochrome",
                    "--glue", "org.mailspec.pop3.steps", "--glue", "org.mailspec.audit.steps", "--plugin", "summary",
                    "classpath:features/pop3"},
                    Thread.currentThread().getContextClassLoader());
        } finally {
            System.setOut(old);
        }
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).doesNotContain("undefined").doesNotContain("ambiguous");
        assertThat(status).as(report).isZero();
        assertThat(report).containsPattern("[0-9]+ scenarios \\([0-9]+ passed\\)");
    }
}
