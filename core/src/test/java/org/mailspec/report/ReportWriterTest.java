package org.mailspec.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWriterTest {

    @Test
    void writesTheFourFiles(@TempDir Path dir) throws Exception {
        Path conformance = dir.resolve("target/conformance");
        ReportWriter.Written w = ReportWriter.writeAll(conformance, Samples.realistic(),
                Optional.of(Samples.previousOfRealistic()), false);
        assertThat(w.json()).exists();
        assertThat(w.markdown()).exists();
        assertThat(w.html()).exists();
        assertThat(w.junit()).exists();
        assertThat(ReportJson.read(w.json())).isEqualTo(Samples.realistic());
        assertThat(Files.readString(w.markdown())).contains("### Since the previous run").contains("index.html`");
        assertThat(Files.readString(w.html())).contains("id=\"comparison\"");
        try (var s = Files.list(conformance)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
                    .as("no temporary files left behind").containsExactly("index.html", "junit.xml", "report.json", "report.md");
        }
    }
}
