package org.mailspec.pop3;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mailspec.audit.steps.AuditWorld;
import org.mailspec.containers.Targets;
import org.mailspec.pop3.steps.audit.Pop3Audit;
import org.mailspec.run.ConformanceRun;
import org.mailspec.run.ConformanceRun.SuiteSpec;
import org.mailspec.run.Preflights;

/** The POP3 conformance suite: runs features/pop3 against the target chosen with -Dtarget. */
class Pop3ConformanceIT {

    @TestFactory
    Stream<DynamicTest> pop3() {
        return ConformanceRun.run(new SuiteSpec("pop3", "org.mailspec.pop3.steps", Targets::resolve, Preflights::pop3)
                .withGlue(AuditWorld.class.getPackageName())
                .withPart(Pop3Audit.class));
    }
}
