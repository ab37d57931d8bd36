package org.mailspec.testing;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Which assertion steps are shown failing: the {@code @Then} methods of some step classes (as
 * {@code SimpleClassName#method}) and the names the {@link NegativeControl} tests of some test
 * classes give. A suite's coverage test builds one and asserts on {@link #missing()} and
 * {@link #stale()}.
 *
 * @param thenSteps  the {@code @Then} methods of the step classes
 * @param thenCount  how many {@code @Then} methods there are (overloads counted apart)
 * @param controlled every name a {@code @NegativeControl @Test} method gives
 */
public record NegativeControls(Set<String> thenSteps, int thenCount, Set<String> controlled) {

    public NegativeControls {
        thenSteps = Collections.unmodifiableSet(new TreeSet<>(thenSteps));
        controlled = Collections.unmodifiableSet(new TreeSet<>(controlled));
    }

    /**
     * @param then        the step annotation (Cucumber's {@code io.cucumber.java.en.Then})
     * @param stepClasses where the steps are
     * @param testClasses where the NegativeControl tests are
     */
    public static NegativeControls of(Class<? extends Annotation> then, Collection<Class<?>> stepClasses,
                                      Collection<Class<?>> testClasses) {
        Set<String> thens = new TreeSet<>();
        int count = 0;
        for (Class<?> c : stepClasses) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(then)) {
                    count++;
                    thens.add(c.getSimpleName() + "#" + m.getName());
                }
            }
        }
        Set<String> controlled = new TreeSet<>();
        for (Class<?> c : testClasses) {
            for (Method m : c.getDeclaredMethods()) {
                NegativeControl nc = m.getAnnotation(NegativeControl.class);
                if (nc != null && m.isAnnotationPresent(Test.class)) {
                    Collections.addAll(controlled, nc.value());
                }
            }
        }
        return new NegativeControls(thens, count, controlled);
    }

    /** The {@code @Then} steps no NegativeControl test names. */
    public Set<String> missing() {
        Set<String> missing = new TreeSet<>(thenSteps);
        missing.removeAll(controlled);
        return missing;
    }

    /** The names NegativeControl tests give that are no {@code @Then} step. */
    public Set<String> stale() {
        Set<String> stale = new TreeSet<>(controlled);
        stale.removeAll(thenSteps);
        return stale;
    }

    /**
     * The top-level classes of {@code anchor}'s package, from every classpath directory that holds
     * it (main and test classes alike; jars are not searched, subpackages not entered).
     */
    public static List<Class<?>> classesOfPackage(Class<?> anchor) {
        String pkg = anchor.getPackageName();
        List<Class<?>> out = new ArrayList<>();
        try {
            var urls = anchor.getClassLoader().getResources(pkg.replace('.', '/'));
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if (!url.getProtocol().equals("file")) {
                    continue;
                }
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    for (Path p : files.toList()) {
                        String f = p.getFileName().toString();
                        if (f.endsWith(".class") && !f.contains("$")) {
                            out.add(Class.forName(pkg + "." + f.substring(0, f.length() - 6), false,
                                    anchor.getClassLoader()));
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("could not list the classes of package " + pkg + ": " + e, e);
        }
        return out;
    }
}
