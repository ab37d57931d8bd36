package org.mailspec.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reports to test the writers with: every verdict, baselined, fixed, security, hostile server bytes. */
final class Samples {
    private Samples() {
    }

    static final Instant STARTED = Instant.parse("2026-03-01T10:00:00Z");

    static TargetInfo target() {
        return new TargetInfo("dovecot-local", "Docker is not reachable; a dovecot binary is on PATH",
                new EndpointInfo("127.0.0.1", 10143, "starttls",
                        "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN] Dovecot ready.",
                        List.of("IMAP4rev1", "IMAP4rev2", "SASL-IR", "ID", "ENABLE", "IDLE", "LITERAL+", "STARTTLS", "AUTH=PLAIN"),
                        new LayoutInfo("INBOX.", ".", "NAMESPACE")),
                new EndpointInfo("127.0.0.1", 10110, "starttls", "+OK Dovecot ready.",
                        List.of("CAPA", "TOP", "UIDL", "RESP-CODES", "PIPELINING", "AUTH-RESP-CODE", "STLS", "USER", "SASL PLAIN")));
    }

    /** Builder for concise fixtures. */
    static final class S {
        String id;
        String name;
        String protocol = "imap";
        String feature;
        String command;
        List<String> tags = new ArrayList<>();
        List<String> rfc = new ArrayList<>();
        String level = "must";
        Verdict verdict = Verdict.PASS;
        String reason;
        long ms = 12;
        String message = "";
        String description = "";
        String failedStep;
        String expected;
        String actual;
        String transcript = "";
        List<Integer> marked = List.of();
        String delivery = "";

        static S of(String feature, String name, Verdict v) {
            S s = new S();
            s.feature = feature;
            s.name = name;
            s.id = ScenarioId.of(feature, name);
            s.protocol = feature.substring(0, feature.indexOf('/'));
            String base = feature.substring(feature.indexOf('/') + 1, feature.length() - ".feature".length());
            s.command = base.equals("pipelining") || base.equals("security") || base.equals("tls") ? base : base.toUpperCase();
            s.verdict = v;
            return s;
        }

        S rfc(String... r) {
            for (String x : r) {
                rfc.add(x);
            }
            return this;
        }

        S tags(String... t) {
            for (String x : t) {
                tags.add(x);
            }
            return this;
        }

        S level(String l) {
            level = l;
            return this;
        }

        S baselined(String why) {
            reason = why;
            return this;
        }

        S ms(long m) {
            ms = m;
            return this;
        }

        S message(String m) {
            message = m;
            return this;
        }

        S description(String d) {
            description = d;
            return this;
        }

        S failed(String step, String exp, String act) {
            failedStep = step;
            expected = exp;
            actual = act;
            return this;
        }

        S transcript(String t, Integer... m) {
            transcript = t;
            marked = List.of(m);
            return this;
        }

        S id(String i) {
            id = i;
            return this;
        }

        S delivery(String d) {
            delivery = d;
            return this;
        }

        ScenarioResult build() {
            List<String> allTags = new ArrayList<>();
            allTags.add("@" + protocol);
            for (String r : rfc) {
                allTags.add("@" + r);
            }
            if (!level.isEmpty()) {
                allTags.add("@" + level);
            }
            allTags.addAll(tags);
            return new ScenarioResult(id, name, protocol, feature, command, allTags, rfc, level, verdict,
                    reason != null, reason, ms, message, description, failedStep, expected, actual, transcript, marked,
                    delivery);
        }
    }

    /** Seven scenarios: one of each verdict, a baselined FAIL, a fixed one, a security finding, hostile bytes. */
    static List<ScenarioResult> smallScenarios() {
        List<ScenarioResult> l = new ArrayList<>();
        l.add(S.of("imap/select.feature", "SELECT INBOX reports READ-WRITE", Verdict.PASS).rfc("rfc9051-6.3.2")
                .description("If the client is permitted to modify the mailbox, the server SHOULD prefix the text of the tagged OK response with the \"[READ-WRITE]\" response code.")
                .ms(18).transcript("C: a1 SELECT INBOX\nS: * 3 EXISTS\nS: a1 OK [READ-WRITE] SELECT completed\n").build());
        l.add(S.of("imap/select.feature", "SELECT a missing mailbox answers NO", Verdict.FAIL).rfc("rfc9051-6.3.2")
                .description("If the mailbox does not exist, the server MUST return a tagged NO.")
                .message("expected a tagged NO, got a tagged BAD with <script>alert(1)</script>")
                .failed("Then the server answers NO", "a1 NO [NONEXISTENT] ...",
                        "a1 BAD <script>alert(1)</script>\\r\\n")
                .ms(25).delivery("lmtp+append")
                .transcript("C: a1 SELECT \"no-such-box-7f3a\"\r\nS: a1 BAD <script>alert(1)</script>\r\n", 1).build());
        l.add(S.of("imap/fetch.feature", "FETCH of flags on a message in the example row", Verdict.WARN)
                .id(ScenarioId.of("imap/fetch.feature", "FETCH of flags on a message in the example row", 2))
                .rfc("rfc9051-6.4.5").level("should")
                .description("The server SHOULD include the FLAGS in an unsolicited FETCH response.")
                .message("no unsolicited FETCH FLAGS after STORE").ms(31)
                .transcript("C: a2 STORE 1 +FLAGS (\\Seen)\nS: a2 OK STORE completed\n", 1).build());
        l.add(S.of("imap/idle.feature", "IDLE reports new messages", Verdict.SKIP).rfc("rfc2177-3").tags("@cap-IDLE")
                .message("the server does not advertise IDLE").ms(0).build());
        l.add(S.of("pop3/top.feature", "TOP returns the header and n lines", Verdict.ERROR).rfc("rfc1939-7")
                .level("may")
                .message("no reply within 5 s (read timeout) on connection pop3-1")
                .failed("When the client sends \"TOP 1 2\"", null, null).ms(5004)
                .transcript("C: TOP 1 2\n", 0).build());
        l.add(S.of("pop3/uidl.feature", "UIDL lists unique ids", Verdict.FAIL).rfc("rfc1939-7")
                .message("unique-id contains a space").baselined("dovecot uses a legacy uidl format here")
                .ms(9).build());
        l.add(S.of("pop3/user.feature", "USER then PASS logs in", Verdict.PASS).rfc("rfc1939-7")
                .baselined("was broken before 2.3.20").ms(7).build());
        l.add(S.of("imap/security.feature", "The server does not log passwords in auth debug output", Verdict.FAIL)
                .rfc("rfc9051-11.1").tags("@security")
                .description("""
                        Servers MUST NOT disclose credentials.
                        Cause: auth_debug_passwords = yes writes every password to the log.
                        Fix: set auth_debug_passwords = no in conf.d/10-logging.conf.""")
                .message("the log holds the password of user1")
                .failed("Then the server log does not contain the password", "no password in the log",
                        "auth: Debug: ... password=secret1")
                .ms(40).build());
        return l;
    }

    static RunInfo run() {
        return new RunInfo("20260301-100000-ab12", STARTED, 6_153);
    }

    static Report small() {
        return Report.of(run(), target(), smallScenarios());
    }

    /** About thirty scenarios with transcripts, for the sample page and the screenshot. */
    static Report realistic() {
        List<ScenarioResult> l = new ArrayList<>();
        String greet = "S: * OK [CAPABILITY IMAP4rev1 IMAP4rev2 SASL-IR ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN] Dovecot ready.\n";
        l.add(S.of("imap/capability.feature", "CAPABILITY lists IMAP4rev2 or IMAP4rev1", Verdict.PASS).rfc("rfc9051-6.1.1")
                .description("The server MUST send a single untagged CAPABILITY response with \"IMAP4rev2\" as one of the listed capabilities.")
                .transcript(greet + "C: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 IMAP4rev2 SASL-IR ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN\nS: a1 OK Pre-login capabilities listed, post-login capabilities have more.\n").ms(9).build());
        l.add(S.of("imap/capability.feature", "CAPABILITY is answered before login", Verdict.PASS).rfc("rfc9051-6.1.1").ms(6).build());
        l.add(S.of("imap/noop.feature", "NOOP always succeeds", Verdict.PASS).rfc("rfc9051-6.1.2").ms(4).build());
        l.add(S.of("imap/logout.feature", "LOGOUT sends BYE before the tagged OK", Verdict.PASS).rfc("rfc9051-6.1.3")
                .description("The server MUST send a BYE untagged response before the (tagged) OK response, and then close the network connection.").ms(5).build());
        l.add(S.of("imap/starttls.feature", "STARTTLS upgrades the connection", Verdict.PASS).rfc("rfc9051-6.2.1").tags("@tls").ms(48).build());
        l.add(S.of("imap/starttls.feature", "No bytes buffered after STARTTLS are processed", Verdict.FAIL).rfc("rfc9051-6.2.1").tags("@tls", "@security")
                .description("""
                        The server MUST discard any buffered plaintext received from the client before the TLS negotiation.
                        Cause: the server reads commands pipelined after STARTTLS in plaintext and answers them inside TLS (CVE-2011-0411 class).
                        Fix: upgrade the server; Dovecot 2.0.12 and later discard the buffer.""")
                .message("the injected NOOP sent before the handshake was answered inside TLS")
                .failed("Then the server does not answer the injected command", "no tagged response to a9 after the TLS handshake",
                        "a9 OK NOOP completed")
                .transcript(greet + "C: a1 STARTTLS\\r\\na9 NOOP\nS: a1 OK Begin TLS negotiation now.\n-- TLS handshake (TLSv1.3, TLS_AES_256_GCM_SHA384) --\nS: a9 OK NOOP completed (0.001 + 0.000 secs).\n", 4).ms(61).build());
        l.add(S.of("imap/authenticate.feature", "AUTHENTICATE PLAIN with SASL-IR", Verdict.PASS).rfc("rfc9051-6.2.2", "rfc4616-2").ms(14).build());
        l.add(S.of("imap/authenticate.feature", "AUTHENTICATE with a cancelled exchange answers BAD", Verdict.PASS).rfc("rfc9051-6.2.2").ms(10).build());
        l.add(S.of("imap/login.feature", "LOGIN with wrong password answers NO", Verdict.PASS).rfc("rfc9051-6.2.3").ms(2012).build());
        l.add(S.of("imap/login.feature", "LOGIN is refused before STARTTLS when LOGINDISABLED", Verdict.SKIP).rfc("rfc9051-6.2.3").tags("@tls")
                .message("the server does not advertise LOGINDISABLED").ms(0).build());
        l.add(S.of("imap/select.feature", "SELECT INBOX reports READ-WRITE", Verdict.PASS).rfc("rfc9051-6.3.2")
                .description("If the client is permitted to modify the mailbox, the server SHOULD prefix the text of the tagged OK response with the \"[READ-WRITE]\" response code.")
                .transcript(greet + "C: a1 LOGIN user1 ****\nS: a1 OK Logged in\nC: a2 SELECT INBOX\nS: * FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\nS: * 3 EXISTS\nS: * OK [UIDVALIDITY 1740820000] UIDs valid\nS: * OK [UIDNEXT 4] Predicted next UID\nS: a2 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).\n").ms(21).build());
        l.add(S.of("imap/select.feature", "SELECT a missing mailbox answers NO", Verdict.FAIL).rfc("rfc9051-6.3.2")
                .description("If the mailbox does not exist, the server MUST return a tagged NO response.")
                .message("expected a tagged NO, got BAD: the server rejected the mailbox name syntax")
                .failed("Then the server answers NO with response code NONEXISTENT", "a2 NO [NONEXISTENT] ...", "a2 BAD Error in IMAP command SELECT: <script>alert(1)</script>\\r\\n")
                .transcript(greet + "C: a1 LOGIN user1 ****\nS: a1 OK Logged in\nC: a2 SELECT \"mailspec-7f3a/no-such\"\nS: a2 BAD Error in IMAP command SELECT: <script>alert(1)</script>\n", 4).ms(17).build());
        l.add(S.of("imap/select.feature", "SELECT reports UIDVALIDITY", Verdict.PASS).rfc("rfc9051-6.3.2", "rfc9051-7.1").ms(12).build());
        l.add(S.of("imap/examine.feature", "EXAMINE reports READ-ONLY", Verdict.PASS).rfc("rfc9051-6.3.3").ms(11).build());
        l.add(S.of("imap/create.feature", "CREATE with the hierarchy separator creates the parent", Verdict.WARN).rfc("rfc9051-6.3.4").level("should")
                .description("If the server's hierarchy separator character appears elsewhere in the name, the server SHOULD create any superior hierarchical names that are needed.")
                .message("LIST does not show the parent mailspec-7f3a/a after CREATE mailspec-7f3a/a/b")
                .failed("Then LIST shows the mailbox \"mailspec-7f3a/a\"", "* LIST (...) \"/\" mailspec-7f3a/a", "(no such LIST response)")
                .transcript("C: a3 CREATE mailspec-7f3a/a/b\nS: a3 OK Create completed.\nC: a4 LIST \"\" mailspec-7f3a/*\nS: * LIST (\\HasNoChildren) \"/\" mailspec-7f3a/a/b\nS: a4 OK List completed.\n", 3).ms(26).build());
        l.add(S.of("imap/delete.feature", "DELETE removes a mailbox", Verdict.PASS).rfc("rfc9051-6.3.5").ms(15).build());
        l.add(S.of("imap/rename.feature", "RENAME INBOX moves its messages", Verdict.FAIL).rfc("rfc9051-6.3.6").baselined("INBOX rename disabled in our deployment")
                .message("INBOX still holds 3 messages after RENAME INBOX").ms(33).build());
        l.add(S.of("imap/list.feature", "LIST with an empty mailbox name returns the hierarchy delimiter", Verdict.PASS).rfc("rfc9051-6.3.9").ms(8).build());
        l.add(S.of("imap/status.feature", "STATUS returns MESSAGES and UIDNEXT", Verdict.PASS).rfc("rfc9051-6.3.11").ms(9).build());
        l.add(S.of("imap/append.feature", "APPEND with a synchronising literal", Verdict.PASS).rfc("rfc9051-6.3.12").ms(19).build());
        l.add(S.of("imap/append.feature", "APPEND returns APPENDUID", Verdict.PASS).rfc("rfc9051-6.3.12", "rfc4315-3").baselined("UIDPLUS was off in 2.2").ms(18).build());
        l.add(S.of("imap/idle.feature", "IDLE reports new messages", Verdict.ERROR).rfc("rfc2177-3").tags("@cap-IDLE", "@multi-client")
                .message("no reply within 10 s (read timeout) on connection imap-2 waiting for \"+ idling\"")
                .failed("When client B sends IDLE", "+ idling", "(nothing within 10 s)")
                .transcript("C[B]: b1 IDLE\n-- 10 s without a byte --\n", 1).ms(10_011).build());
        l.add(S.of("imap/fetch.feature", "FETCH BODY[] returns the exact bytes appended", Verdict.PASS).rfc("rfc9051-6.4.5").ms(22).build());
        l.add(S.of("imap/fetch.feature", "FETCH FLAGS after STORE", Verdict.PASS).rfc("rfc9051-6.4.5", "rfc9051-6.4.6").ms(16).build());
        l.add(S.of("imap/pipelining.feature", "Pipelined commands are answered by tag", Verdict.PASS).rfc("rfc9051-5.5").tags("@pipelining").ms(37).build());
        l.add(S.of("imap/security.feature", "Auth debug does not log passwords", Verdict.WARN).rfc("rfc9051-11.1").level("should").tags("@security")
                .description("""
                        Server implementations SHOULD NOT log credentials.
                        Cause: auth_verbose_passwords = plain writes failed passwords to the log.
                        Fix: set auth_verbose_passwords = no (or sha1) in conf.d/10-logging.conf.""")
                .message("a failed LOGIN wrote the attempted password to the server log").ms(2040).build());
        l.add(S.of("pop3/capa.feature", "CAPA lists the capabilities", Verdict.PASS).rfc("rfc2449-5").ms(5)
                .transcript("S: +OK Dovecot ready.\nC: CAPA\nS: +OK\nS: CAPA\nS: TOP\nS: UIDL\nS: RESP-CODES\nS: PIPELINING\nS: STLS\nS: USER\nS: SASL PLAIN\nS: .\n").build());
        l.add(S.of("pop3/stls.feature", "STLS upgrades the connection", Verdict.PASS).rfc("rfc2595-4").tags("@tls").ms(44).build());
        l.add(S.of("pop3/user.feature", "USER then PASS logs in", Verdict.PASS).rfc("rfc1939-7").ms(7).build());
        l.add(S.of("pop3/stat.feature", "STAT counts messages and octets", Verdict.PASS).rfc("rfc1939-5").ms(4).build());
        l.add(S.of("pop3/list.feature", "LIST of a deleted message is an error", Verdict.FAIL).rfc("rfc1939-5")
                .description("If the message is marked as deleted, the POP3 server MUST respond with -ERR.")
                .message("expected -ERR for LIST 1 after DELE 1, got +OK")
                .failed("Then the server answers -ERR", "-ERR ...", "+OK 1 1532")
                .transcript("S: +OK Dovecot ready.\nC: USER user1\nS: +OK\nC: PASS ****\nS: +OK Logged in.\nC: DELE 1\nS: +OK Marked to be deleted.\nC: LIST 1\nS: +OK 1 1532\n", 8).ms(11).build());
        l.add(S.of("pop3/top.feature", "TOP returns the header and n lines", Verdict.PASS).rfc("rfc1939-7").level("may").ms(6).build());
        l.add(S.of("pop3/uidl.feature", "UIDL lists unique ids", Verdict.PASS).rfc("rfc1939-7").level("may").ms(6).build());
        l.add(S.of("pop3/quit.feature", "QUIT in TRANSACTION removes deleted messages", Verdict.PASS).rfc("rfc1939-6").ms(13).build());
        return Report.of(run(), target(), l);
    }

    /** The run before {@link #realistic()}: a few verdicts differ. */
    static Report previousOfRealistic() {
        Report now = realistic();
        List<ScenarioResult> before = new ArrayList<>();
        for (ScenarioResult s : now.scenarios()) {
            if (s.id().startsWith("pop3/list/")) {
                before.add(with(s, Verdict.PASS));
            } else if (s.id().startsWith("imap/append/append-returns-appenduid")) {
                before.add(with(s, Verdict.FAIL));
            } else if (s.id().startsWith("pop3/quit/")) {
                continue;
            } else {
                before.add(s);
            }
        }
        before.add(S.of("imap/check.feature", "CHECK is answered OK", Verdict.PASS).rfc("rfc3501-6.4.1").build());
        return Report.of(new RunInfo("20260228-100000-ff00", STARTED.minusSeconds(86_400), 5_900), target(), before);
    }

    static ScenarioResult with(ScenarioResult s, Verdict v) {
        return new ScenarioResult(s.id(), s.name(), s.protocol(), s.feature(), s.command(), s.tags(), s.rfc(), s.level(), v,
                s.baselined(), s.baselineReason(), s.durationMs(), v == Verdict.PASS ? "" : s.message(), s.description(),
                s.failedStep(), s.expected(), s.actual(), s.transcript(), s.markedLines(), s.delivery());
    }
}
