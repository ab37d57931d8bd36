package org.mailspec.pop3.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.cucumber.java.en.Then;
import org.junit.jupiter.api.Test;
import org.mailspec.run.NegativeControl;

/**
 * Every assertion step must be able to fail: each {@code @Then} method of the glue is named by at
 * least one {@link NegativeControl} test, and every name a NegativeControl gives is a real
 * {@code @Then} method.
 */
class NegativeControlCoverageTest {

    private static final String PACKAGE = NegativeControlCoverageTest.class.getPackageName();

    @Test
    void everyThenStepHasANegativeControl() throws Exception {
        Set<String> thenSteps = new TreeSet<>();
        Set<String> controlled = new TreeSet<>();
        for (Class<?> c : classesOfThePackage()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Then.class)) {
                    thenSteps.add(c.getSimpleName() + "#" + m.getName());
                }
                NegativeControl nc = m.getAnnotation(NegativeControl.class);
                if (nc != null) {
                    Collections.addAll(controlled, nc.value());
                }
            }
        }
        assertThat(thenSteps).as("the @Then steps of the POP3 glue").hasSizeGreaterThan(20);
        Set<String> missing = new TreeSet<>(thenSteps);
        missing.removeAll(controlled);
        assertThat(missing).as("@Then steps no @NegativeControl test names").isEmpty();
        Set<String> stale = new TreeSet<>(controlled);
        stale.removeAll(thenSteps);
        assertThat(stale).as("@NegativeControl names that are not @Then steps").isEmpty();
    }

    /** The classes of this package, from every classpath directory that holds it (main and test classes). */
    private static List<Class<?>> classesOfThePackage() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> out = new ArrayList<>();
        var urls = NegativeControlCoverageTest.class.getClassLoader().getResources(PACKAGE.replace('.', '/'));
        while (urls.hasMoreElements()) {
            URL url = urls.nextElement();
            if (!url.getProtocol().equals("file")) {
                continue;
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                for (Path p : files.toList()) {
                    String f = p.getFileName().toString();
                    if (f.endsWith(".class") && !f.contains("$")) {
                        out.add(Class.forName(PACKAGE + "." + f.substring(0, f.length() - 6)));
                    }
                }
            }
        }
        return out;
    }
}
