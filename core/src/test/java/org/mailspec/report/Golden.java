package org.mailspec.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files under {@code src/test/resources/org/mailspec/report/golden/}. Run with
 * {@code -Dmailspec.golden.update=true} to rewrite them, then read the diff before committing.
 */
final class Golden {
    private static final Path DIR = Paths.get("src/test/resources/org/mailspec/report/golden");

    private Golden() {
    }

    static void check(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("mailspec.golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s is missing: run once with -Dmailspec.golden.update=true", file).exists();
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(actual).as("output differs from golden file %s (rerun with -Dmailspec.golden.update=true "
                + "to accept, then review the diff)", file).isEqualTo(expected);
    }
}
