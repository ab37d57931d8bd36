package org.mailspec.imap;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mailspec.audit.steps.AuditWorld;
import org.mailspec.containers.Targets;
import org.mailspec.imap.steps.audit.ImapAudit;
import org.mailspec.run.ConformanceRun;
import org.mailspec.run.ConformanceRun.SuiteSpec;
import org.mailspec.run.Preflights;

/** The IMAP conformance suite: runs features/imap against the target chosen with -Dtarget. */
class ImapConformanceIT {

    @TestFactory
    Stream<DynamicTest> imap() {
        return ConformanceRun.run(new SuiteSpec("imap", "org.mailspec.imap.steps", Targets::resolve, Preflights::imap)
                .withGlue(AuditWorld.class.getPackageName())
                .withPart(ImapAudit.class));
    }
}
