package org.mailspec.report;

import java.util.ArrayList;
import java.util.List;

/** Reports to merge: three servers (one with a stopped POP3 suite), and two runs of one server. */
final class MatrixSamples {
    private MatrixSamples() {
    }

    static Report dovecot() {
        return Samples.realistic();
    }

    /** GreenMail: no STARTTLS, a few other verdicts, a scenario only it ran, and two it did not. */
    static Report embedded() {
        List<ScenarioResult> l = new ArrayList<>();
        for (ScenarioResult s : Samples.realistic().scenarios()) {
            String id = s.id();
            if (id.startsWith("imap/starttls/") || id.startsWith("pop3/stls/")) {
                l.add(with(s, Verdict.SKIP, "the server does not advertise STARTTLS"));
            } else if (id.equals("imap/select/select-a-missing-mailbox-answers-no") || id.startsWith("pop3/list/")) {
                l.add(with(s, Verdict.PASS, ""));
            } else if (id.startsWith("imap/capability/capability-is-answered-before-login")) {
                l.add(with(s, Verdict.FAIL, "the CAPABILITY response lacks IMAP4rev2 <b>and</b> IMAP4rev1"));
            } else if (id.startsWith("imap/examine/") || id.startsWith("pop3/quit/")) {
                continue;
            } else {
                l.add(s);
            }
        }
        l.add(Samples.S.of("imap/extensions.feature", "MOVE transfers the message", Verdict.PASS).rfc("rfc6851-3.1").build());
        TargetInfo t = new TargetInfo("embedded", "-Dtarget=embedded",
                new EndpointInfo("127.0.0.1", 3143, "none", "* OK IMAP4rev1 Server GreenMail v2.1.3 ready",
                        List.of("IMAP4rev1", "LITERAL+", "UIDPLUS", "SORT", "IDLE", "MOVE", "QUOTA")),
                new EndpointInfo("127.0.0.1", 3110, "none", "+OK POP3 GreenMail Server v2.1.3 ready", List.of()));
        return Report.of(new RunInfo("20260301-110000-cd34", Samples.STARTED.plusSeconds(3600), 3_210), t, l);
    }

    /** A remote server whose POP3 greeting is not a POP3 greeting: the POP3 suite stopped. */
    static Report stopped() {
        List<ScenarioResult> l = new ArrayList<>();
        for (ScenarioResult s : Samples.realistic().scenarios()) {
            if (s.protocol().equals("imap")) {
                l.add(s);
            }
        }
        l.add(SuiteStop.brokenRule("pop3", "pop3 mail.example.org:110 (starttls): the greeting breaks rfc1939-3 at offset 0",
                "RFC 1939 3: responses consist of a status indicator (+OK or -ERR) and a keyword", List.of("rfc1939-3"),
                "+OK or -ERR, then text", "HELLO mail.example.org\\r\\n", "S: HELLO mail.example.org\n", 12));
        TargetInfo t = new TargetInfo("remote", "-Dtarget=remote",
                new EndpointInfo("mail.example.org", 143, "starttls", "* OK [CAPABILITY IMAP4rev2 STARTTLS] ready",
                        List.of("IMAP4rev2", "STARTTLS", "AUTH=PLAIN"), new LayoutInfo("", "/", "NAMESPACE")),
                null);
        return Report.of(new RunInfo("20260301-120000-ef56", Samples.STARTED.plusSeconds(7200), 5_000), t, l);
    }

    static List<Matrix.Input> threeServers() {
        return List.of(new Matrix.Input(null, "runs/dovecot/report.json", dovecot()),
                new Matrix.Input(null, "runs/embedded/report.json", embedded()),
                new Matrix.Input(null, "runs/remote/report.json", stopped()));
    }

    /** Yesterday's and today's run of the same Dovecot. */
    static List<Matrix.Input> twoRuns() {
        return List.of(new Matrix.Input(null, "previous-report.json", Samples.previousOfRealistic()),
                new Matrix.Input(null, "report.json", Samples.realistic()));
    }

    static ScenarioResult with(ScenarioResult s, Verdict v, String message) {
        return new ScenarioResult(s.id(), s.name(), s.protocol(), s.feature(), s.command(), s.tags(), s.rfc(), s.level(), v,
                false, null, s.durationMs(), message, s.description(), s.failedStep(), s.expected(), s.actual(),
                s.transcript(), s.markedLines());
    }
}
