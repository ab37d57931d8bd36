package org.mailspec.run;

import org.opentest4j.TestAbortedException;

/** Ends a scenario as SKIP with a reason (capability absent, not applicable to this target). */
public final class Skip {
    private Skip() {
    }

    public static TestAbortedException because(String reason) {
        throw new TestAbortedException(reason);
    }

    public static void unless(boolean condition, String reason) {
        if (!condition) {
            throw new TestAbortedException(reason);
        }
    }
}
