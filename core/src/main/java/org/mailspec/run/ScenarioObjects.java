package org.mailspec.run;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cucumber.core.backend.CucumberBackendException;
import io.cucumber.core.backend.ObjectFactory;
import org.picocontainer.MutablePicoContainer;
import org.picocontainer.PicoBuilder;

/**
 * Cucumber's object factory for one suite run: picocontainer makes each scenario's step classes
 * and the parts they take in their constructors afresh, as cucumber-picocontainer does, and hands
 * every one of them the objects the run shares (the {@link SuiteContext}: settings, run id,
 * target), given here rather than read from a static. {@link ConformanceRun} builds one per
 * Cucumber thread.
 */
final class ScenarioObjects implements ObjectFactory {

    private final List<Object> shared;
    private final Set<Class<?>> classes = new LinkedHashSet<>();
    private MutablePicoContainer pico;

    /**
     * @param shared the run's objects, handed to every part that takes one
     * @param parts  classes to make although no glue class names them: implementations of the
     *               interfaces that glue constructors take (an interface is resolved only so)
     */
    ScenarioObjects(List<Object> shared, List<Class<?>> parts) {
        this.shared = List.copyOf(shared);
        parts.forEach(this::add);
    }

    ScenarioObjects(List<Object> shared) {
        this(shared, List.of());
    }

    @Override
    public boolean addClass(Class<?> glueClass) {
        add(glueClass);
        return true;
    }

    /** The class and, recursively, the concrete classes its public constructor takes. */
    private void add(Class<?> type) {
        if (!instantiable(type) || isShared(type) || !classes.add(type)) {
            return;
        }
        for (Constructor<?> c : type.getConstructors()) {
            for (Class<?> p : c.getParameterTypes()) {
                add(p);
            }
        }
    }

    private boolean isShared(Class<?> type) {
        return shared.stream().anyMatch(type::isInstance);
    }

    private static boolean instantiable(Class<?> type) {
        return Modifier.isPublic(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers())
                && !type.isInterface() && !type.isPrimitive() && !type.isArray() && !type.isEnum()
                && (!type.isMemberClass() || Modifier.isStatic(type.getModifiers()))
                && type.getConstructors().length > 0 && !type.getName().startsWith("java.");
    }

    @Override
    public void start() {
        pico = new PicoBuilder().withCaching().withLifecycle().build();
        shared.forEach(pico::addComponent);
        classes.forEach(pico::addComponent);
        pico.start();
    }

    @Override
    public void stop() {
        if (pico != null) {
            pico.stop();
            pico.dispose();
            pico = null;
        }
    }

    @Override
    public <T> T getInstance(Class<T> type) {
        if (pico == null) {
            throw new CucumberBackendException("harness defect: " + type.getName() + " asked for outside a scenario");
        }
        T instance = pico.getComponent(type);
        if (instance == null) {
            throw new CucumberBackendException("harness defect: no way to make " + type.getName()
                    + " (is it public, with a public constructor of injectable parts?)");
        }
        return instance;
    }
}
