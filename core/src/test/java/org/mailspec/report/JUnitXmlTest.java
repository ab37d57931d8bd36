package org.mailspec.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JUnitXmlTest {

    @Test
    void matchesGoldenFile() throws Exception {
        Golden.check("junit.xml", JUnitXml.render(Samples.small(), false));
    }

    @Test
    void strictMatchesGoldenFile() throws Exception {
        Golden.check("junit-strict.xml", JUnitXml.render(Samples.small(), true));
    }

    /** h2spec's bug: every assertion failure reported as an error. A FAIL is a failure; only ERROR is an error. */
    @Test
    void failIsAFailureAndOnlyErrorIsAnError() throws Exception {
        Document d = parse(JUnitXml.render(Samples.small(), false));
        Element select = testcase(d, "SELECT a missing mailbox answers NO");
        assertThat(children(select, "failure")).singleElement()
                .satisfies(f -> assertThat(f.getAttribute("type")).isEqualTo("FAIL"));
        assertThat(children(select, "error")).isEmpty();
        Element top = testcase(d, "TOP returns the header and n lines");
        assertThat(children(top, "error")).singleElement()
                .satisfies(e -> assertThat(e.getAttribute("message")).isEqualTo("no reply within 5 s (read timeout) on connection pop3-1"));
        assertThat(children(top, "failure")).isEmpty();
    }

    @Test
    void mapsEveryVerdict() throws Exception {
        Document d = parse(JUnitXml.render(Samples.small(), false));
        assertThat(children(testcase(d, "IDLE reports new messages"), "skipped")).singleElement()
                .satisfies(s -> assertThat(s.getAttribute("message")).isEqualTo("the server does not advertise IDLE"));
        assertThat(children(testcase(d, "UIDL lists unique ids"), "skipped")).singleElement()
                .satisfies(s -> assertThat(s.getAttribute("message")).isEqualTo("baselined: dovecot uses a legacy uidl format here"));
        Element warn = testcase(d, "FETCH of flags on a message in the example row #2");
        assertThat(children(warn, "failure")).isEmpty();
        assertThat(children(warn, "skipped")).isEmpty();
        assertThat(children(warn, "system-out").get(0).getTextContent()).startsWith("WARN: no unsolicited FETCH FLAGS after STORE\n");
        Element fixed = testcase(d, "USER then PASS logs in");
        assertThat(children(fixed, "system-out").get(0).getTextContent()).startsWith("Fixed: listed in the baseline");

        Document strict = parse(JUnitXml.render(Samples.small(), true));
        assertThat(children(testcase(strict, "FETCH of flags on a message in the example row #2"), "failure")).singleElement()
                .satisfies(f -> assertThat(f.getAttribute("type")).isEqualTo("WARN"));
    }

    @Test
    void countsMatchTheElementsWritten() throws Exception {
        for (boolean strict : new boolean[] {false, true}) {
            for (Report r : List.of(Samples.small(), Samples.realistic())) {
                Document d = parse(JUnitXml.render(r, strict));
                NodeList suites = d.getElementsByTagName("testsuite");
                int tests = 0;
                for (int i = 0; i < suites.getLength(); i++) {
                    Element s = (Element) suites.item(i);
                    assertThat(s.getAttribute("tests")).isEqualTo(Integer.toString(s.getElementsByTagName("testcase").getLength()));
                    assertThat(s.getAttribute("failures")).isEqualTo(Integer.toString(s.getElementsByTagName("failure").getLength()));
                    assertThat(s.getAttribute("errors")).isEqualTo(Integer.toString(s.getElementsByTagName("error").getLength()));
                    assertThat(s.getAttribute("skipped")).isEqualTo(Integer.toString(s.getElementsByTagName("skipped").getLength()));
                    tests += s.getElementsByTagName("testcase").getLength();
                    Element first = (Element) s.getElementsByTagName("testcase").item(0);
                    assertThat(first.getAttribute("classname")).isEqualTo(s.getAttribute("name")).endsWith(".feature");
                }
                Element root = d.getDocumentElement();
                assertThat(root.getAttribute("tests")).isEqualTo(Integer.toString(tests)).isEqualTo(Integer.toString(r.scenarios().size()));
                assertThat(root.getAttribute("failures")).isEqualTo(Integer.toString(d.getElementsByTagName("failure").getLength()));
                assertThat(root.getAttribute("errors")).isEqualTo(Integer.toString(d.getElementsByTagName("error").getLength()));
                assertThat(root.getAttribute("skipped")).isEqualTo(Integer.toString(d.getElementsByTagName("skipped").getLength()));
            }
        }
    }

    @Test
    void suiteTimeIsTheSumOfItsCases() throws Exception {
        Document d = parse(JUnitXml.render(Samples.small(), false));
        Element suite = (Element) d.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("imap/select.feature");
        assertThat(suite.getAttribute("time")).isEqualTo("0.043");
        assertThat(testcase(d, "TOP returns the header and n lines").getAttribute("time")).isEqualTo("5.004");
    }

    @Test
    void serverBytesStayTextAndTheDocumentStaysWellFormed() throws Exception {
        ScenarioResult nasty = Samples.S.of("imap/x.feature", "hostile", Verdict.FAIL)
                .message("got \u0000\u001b[31m ]]> & \"quotes\" \ud800")
                .transcript("S: * OK \u0007bell ]]> <script>alert(1)</script>\r\n").build();
        String xml = JUnitXml.render(Report.of(Samples.run(), Samples.target(), List.of(nasty)), false);
        Document d = parse(xml);
        Element tc = testcase(d, "hostile");
        assertThat(children(tc, "failure").get(0).getAttribute("message"))
                .isEqualTo("got \\x00\\x1B[31m ]]> & \"quotes\" \\uD800");
        assertThat(children(tc, "system-out").get(0).getTextContent())
                .isEqualTo("S: * OK \\x07bell ]]> <script>alert(1)</script>\n");
        assertThat(xml).doesNotContain("<script>");
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static Element testcase(Document d, String name) {
        NodeList l = d.getElementsByTagName("testcase");
        for (int i = 0; i < l.getLength(); i++) {
            Element e = (Element) l.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no testcase " + name);
    }

    static List<Element> children(Element e, String tag) {
        List<Element> out = new java.util.ArrayList<>();
        NodeList l = e.getElementsByTagName(tag);
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }
}
