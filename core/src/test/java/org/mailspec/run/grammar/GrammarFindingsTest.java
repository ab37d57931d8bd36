package org.mailspec.run.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailspec.report.ScenarioResult;
import org.mailspec.report.Verdict;

/** One grammar deviation is one finding, with its counts, graded by the grammar or its erratum. */
class GrammarFindingsTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void oneSlipInManyScenariosIsOneFindingWithItsCounts() {
        GrammarFindings g = new GrammarFindings("imap");
        for (int i = 0; i < 140; i++) {
            g.saw("response > response-data > resp-cond-state > resp-text", "SP and text must follow \"]\" (offset 29)",
                    b("* OK [UIDVALIDITY " + (1000 + i) + "]\r\n"), "A", "imap/select.feature:" + (10 + i % 70));
        }
        List<ScenarioResult> v = g.verdicts(s -> s.replace(".feature:", "#"));
        assertThat(v).hasSize(1);
        ScenarioResult f = v.get(0);
        assertThat(f.id()).isEqualTo("imap/grammar/resp-text/no-sp-text-after-the-status-or-code");
        assertThat(f.verdict()).as("the erratum's relaxation is a WARN").isEqualTo(Verdict.WARN);
        assertThat(f.level()).isEqualTo("should");
        assertThat(f.message()).contains("seen in 140 response(s) of 70 scenario(s)").contains("erratum 7343");
        assertThat(f.transcript()).contains("* OK [UIDVALIDITY 1000]\\r\\n");
        assertThat(f.transcript().lines().filter(l -> l.contains(" S: ")).count()).isEqualTo(GrammarFindings.EXAMPLES);
    }

    @Test
    void aDeviationTheErrataDoNotRelaxIsAFailOfTheGrammar() {
        GrammarFindings g = new GrammarFindings("imap");
        g.saw("response > response-data > mailbox-list > mailbox", "unescaped '\"' in a quoted string",
                b("* LIST () \".\" \"say \"hi\"\"\r\n"), "A", "imap/mailbox-names.feature:40");
        g.saw("response > response-data > resp-cond-state > resp-text", "SP and text must follow",
                b("* OK [UIDNEXT 5]\r\n"), "A", "imap/select.feature:9");
        List<ScenarioResult> v = g.verdicts(s -> s);
        assertThat(v).extracting(ScenarioResult::verdict).containsExactly(Verdict.FAIL, Verdict.WARN);
        assertThat(v.get(0).id()).startsWith("imap/grammar/mailbox/");
        assertThat(v.get(0).tags()).contains("@must", "@rfc9051-9", "@grammar");
    }

    @Test
    void shortNamesLeaveOutBytesAndNumbers() {
        assertThat(GrammarFindings.shortName("expected atom, found \"] ready\" (offset 27: …)"))
                .isEqualTo("expected-atom");
        assertThat(GrammarFindings.shortName("response > response-data: expected CRLF, found \"hi\" back\\\\sla\"… (offset 49)"))
                .isEqualTo("expected-crlf");
        assertThat(GrammarFindings.lastProduction("greeting > resp-text > resp-text-code")).isEqualTo("resp-text-code");
    }

    @Test
    void theRuleOfAFindingIsTheSameWhicheverResponseWasSeenFirst() {
        GrammarFindings one = new GrammarFindings("imap");
        one.saw("response > msg-att-static", "msg-att-static: expected SP, found \"{10}\" (offset 20: * 1 FETCH (BODY[]<5>…)",
                b("* 1 FETCH (BODY[]<5>{10}\r\n Mon, 7 Fe)\r\n"), "A", "imap/fetch.feature:10");
        GrammarFindings other = new GrammarFindings("imap");
        other.saw("response > msg-att-static", "msg-att-static: expected SP, found \"{366}\" (offset 20: * 1 FETCH (BODY[]<0>…)",
                b("* 1 FETCH (BODY[]<0>{366}\r\nDate: x\r\n)\r\n"), "A", "imap/fetch.feature:20");
        ScenarioResult a = one.verdicts(s -> s).get(0);
        ScenarioResult b = other.verdicts(s -> s).get(0);
        assertThat(a.brokenRule()).isEqualTo(b.brokenRule()).endsWith("msg-att-static: expected SP");
        assertThat(a.actual()).isNotEqualTo(b.actual());
    }

    @Test
    void aPop3ReplyDeviationIsGradedByRfc1939() {
        GrammarFindings g = new GrammarFindings("pop3");
        g.saw("rfc1939-3", "a reply starts with +OK or -ERR", b("OK fine\r\n"), "A", "pop3/stat.feature:5");
        ScenarioResult f = g.verdicts(s -> s).get(0);
        assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(f.rfc()).containsExactly("rfc1939-3");
        assertThat(f.id()).startsWith("pop3/grammar/rfc1939-3/");
    }
}
