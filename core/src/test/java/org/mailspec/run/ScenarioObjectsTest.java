package org.mailspec.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.cucumber.core.backend.CucumberBackendException;
import org.junit.jupiter.api.Test;

/** The scenario's parts: glue classes, what their constructors take, and the parts a suite names for interfaces. */
class ScenarioObjectsTest {

    public interface Protocol {
        String name();
    }

    public static final class Line implements Protocol {
        @Override
        public String name() {
            return "LINE";
        }
    }

    public static final class World {
        final Protocol protocol;

        public World(Protocol protocol) {
            this.protocol = protocol;
        }
    }

    public static final class Steps {
        final World world;

        public Steps(World world) {
            this.world = world;
        }
    }

    @Test
    void anInterfaceParameterIsMadeFromThePartThatImplementsIt() {
        ScenarioObjects objects = new ScenarioObjects(List.of(), List.of(Line.class));
        objects.addClass(Steps.class);
        objects.start();
        try {
            Steps steps = objects.getInstance(Steps.class);
            assertThat(steps.world.protocol.name()).isEqualTo("LINE");
            assertThat(objects.getInstance(World.class)).isSameAs(steps.world);
        } finally {
            objects.stop();
        }
    }

    @Test
    void withoutThePartTheInterfaceCannotBeMade() {
        ScenarioObjects objects = new ScenarioObjects(List.of());
        objects.addClass(Steps.class);
        objects.start();
        try {
            assertThatThrownBy(() -> objects.getInstance(Steps.class)).isInstanceOf(org.picocontainer.PicoException.class)
                    .hasMessageContaining("Protocol");
        } finally {
            objects.stop();
        }
    }

    @Test
    void everyScenarioGetsFreshParts() {
        ScenarioObjects objects = new ScenarioObjects(List.of(), List.of(Line.class));
        objects.addClass(Steps.class);
        objects.start();
        World first = objects.getInstance(World.class);
        objects.stop();
        objects.start();
        try {
            assertThat(objects.getInstance(World.class)).isNotSameAs(first);
        } finally {
            objects.stop();
        }
        assertThatThrownBy(() -> objects.getInstance(World.class)).isInstanceOf(CucumberBackendException.class);
    }
}
