package org.mailspec.imap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailspec.imap.response.BodyStructure;
import org.mailspec.imap.response.Envelope;
import org.mailspec.imap.response.FetchData;
import org.mailspec.imap.response.FetchItem;
import org.mailspec.imap.response.Greeting;
import org.mailspec.imap.response.Response;
import org.mailspec.imap.response.ResponseCode;
import org.mailspec.imap.response.Unknown;

/**
 * Frames captured from Dovecot 2.3.19.1 and GreenMail 2.1.3 (real-world.txt): Dovecot's parse
 * strictly; GreenMail's few grammar violations are found, named, and read leniently.
 */
class RealWorldResponsesTest {

    static Map<String, List<byte[]>> sessions() {
        Map<String, List<byte[]>> out = new LinkedHashMap<>();
        List<byte[]> current = null;
        try (InputStream in = RealWorldResponsesTest.class.getResourceAsStream("real-world.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("== ")) {
                    current = new ArrayList<>();
                    out.put(line.substring(3), current);
                } else {
                    current.add(unescape(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The inverse of Ascii.escape. */
    static byte[] unescape(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.write(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'r' -> b.write('\r');
                case 'n' -> b.write('\n');
                case 't' -> b.write('\t');
                case '\\' -> b.write('\\');
                case 'x' -> {
                    b.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> throw new IllegalArgumentException("bad escape \\" + e + " in " + s);
            }
        }
        return b.toByteArray();
    }

    private static final String ENV_TO = "response > response-data > message-data > msg-att > msg-att-static > envelope > env-to";

    private final ImapResponseParser parser = ImapResponseParser.strict();

    private List<Parsed> parseAll(List<byte[]> frames) throws ImapSyntaxException {
        List<Parsed> parsed = new ArrayList<>();
        parsed.add(parser.parseGreetingWithDeviations(frames.get(0)));
        for (byte[] f : frames.subList(1, frames.size())) {
            parsed.add(parser.parseWithDeviations(f));
        }
        return parsed;
    }

    @Test
    void dovecotIsStrictlyValid() throws Exception {
        List<byte[]> frames = sessions().get("dovecot-2.3.19.1");
        assertThat(frames).hasSizeGreaterThan(90);
        Greeting greeting = parser.parseGreeting(frames.get(0));
        assertThat(greeting.text().code(ResponseCode.Capability.class).orElseThrow().has("IMAP4rev1")).isTrue();
        for (byte[] f : frames.subList(1, frames.size())) {
            Response r = parser.parse(f);
            assertThat(r.raw()).isEqualTo(f);
            if (r instanceof Unknown u) {
                assertThat(u.name()).isEqualTo("ID");
            }
        }
    }

    @Test
    void dovecotNestedBodyStructure() throws Exception {
        FetchData f = fetchWith(sessions().get("dovecot-2.3.19.1"), "* 1 FETCH (BODYSTRUCTURE");
        BodyStructure.Multipart mixed = (BodyStructure.Multipart) f.bodyStructure().orElseThrow();
        assertThat(mixed.extension().orElseThrow().param("boundary")).hasValueSatisfying(b -> assertThat(b).startsWith("----=_Part_2"));
        assertThat(mixed.part("1.2").orElseThrow().mimeType()).isEqualTo("text/html");
        BodyStructure.Message inner = (BodyStructure.Message) mixed.part("2").orElseThrow();
        assertThat(inner.envelope().subject()).contains("Inner");
        assertThat(inner.extension().orElseThrow().disposition().orElseThrow().type()).isEqualTo("inline");
        assertThat(mixed.part("2.1").orElseThrow().mimeType()).isEqualTo("text/plain");
        BodyStructure.Basic pdf = (BodyStructure.Basic) mixed.part("3").orElseThrow();
        assertThat(pdf.extension().orElseThrow().md5()).contains("Q2hlY2sgSW50ZWdyaXR5IQ==");
        assertThat(pdf.extension().orElseThrow().language()).containsExactly("en", "de");
        assertThat(pdf.extension().orElseThrow().disposition().orElseThrow().param("filename")).contains("report.pdf");

        FetchData env = fetchWith(sessions().get("dovecot-2.3.19.1"), "* 1 FETCH (FLAGS");
        Envelope e = env.envelope().orElseThrow();
        assertThat(Envelope.format(e.to())).isEqualTo("bob@example.com, \"Carol \\\"C\\\" Q\" <carol@example.com>");
        assertThat(Envelope.format(e.cc())).isEqualTo("team: dave@example.com, eve@example.com;");
        assertThat(e.to().get(1).name()).contains("Carol \"C\" Q");

        FetchData sections = fetchWith(sessions().get("dovecot-2.3.19.1"), "* 1 FETCH (BODY[1.1]");
        assertThat(sections.bodySection("1.1").orElseThrow().data().orElseThrow().asString()).isEqualTo("Hello plain\r\nsecond line");
        assertThat(sections.bodySection("").orElseThrow().origin()).hasValue(0);
    }

    @Test
    void greenMailViolationsAreNamed() throws Exception {
        List<byte[]> frames = sessions().get("greenmail-2.1.3");
        List<Parsed> parsed = parseAll(frames);
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            for (Deviation d : parsed.get(i).deviations()) {
                String first = new String(frames.get(i), StandardCharsets.UTF_8);
                violations.add(first.substring(0, Math.min(first.length(), 24)) + " | " + d.rule() + " @" + d.offset());
            }
        }
        String noText = "response > response-data > resp-cond-state > resp-text";
        assertThat(violations).containsExactly(
                // "* OK [UIDVALIDITY n]" with nothing after "]": resp-text requires SP there
                "* OK [UIDVALIDITY 179582 | " + noText + " @29",
                "* OK [UIDNEXT 3]\r\n | " + noText + " @16",
                "* OK [PERMANENTFLAGS (\\A | " + noText + " @67",
                "* OK [UIDVALIDITY 179582 | " + noText + " @29",
                "* OK [UIDNEXT 3]\r\n | " + noText + " @16",
                "* OK [PERMANENTFLAGS (\\A | " + noText + " @67",
                // an SP between two addresses, then "Carol "C" Q": a DQUOTE inside a quoted string, not escaped
                "* 1 FETCH (FLAGS () INTE | " + ENV_TO + " @338",
                "* 1 FETCH (FLAGS () INTE | " + ENV_TO + " > address @348",
                // BODY[]<0>{20}: no SP before the literal
                "* 1 FETCH (BODY[1.1] {24 | response > response-data > message-data > msg-att > msg-att-static @138");
        Parsed broken = parsed.stream().filter(p -> p.deviations().size() == 2).findFirst().orElseThrow();
        assertThat(broken.response()).as("a FETCH that cannot be read is kept, leniently, as Unknown").isInstanceOf(Unknown.class);
        assertThat(broken.deviations().get(1).message()).contains("expected SP, found \"C\" Q\" NIL \"c\"");
    }

    @Test
    void greenMailStructuresStillReadStrictly() throws Exception {
        FetchData f = fetchWith(sessions().get("greenmail-2.1.3"), "* 1 FETCH (BODYSTRUCTURE");
        BodyStructure.Multipart mixed = (BodyStructure.Multipart) f.bodyStructure().orElseThrow();
        assertThat(mixed.part("2")).get().isInstanceOf(BodyStructure.Message.class);
        assertThat(mixed.part("3").orElseThrow().mimeType()).isEqualTo("application/pdf");
        assertThat(((BodyStructure.Multipart) mixed.part("1").orElseThrow()).extension().orElseThrow().location()).isEmpty();
        FetchData body = fetchWith(sessions().get("greenmail-2.1.3"), "* 1 FETCH (BODY (");
        assertThat(body.item(FetchItem.BodyItem.class)).isPresent();
    }

    private FetchData fetchWith(List<byte[]> frames, String prefix) throws ImapSyntaxException {
        for (byte[] f : frames) {
            if (new String(f, StandardCharsets.UTF_8).startsWith(prefix)) {
                return (FetchData) parser.parse(f);
            }
        }
        throw new AssertionError("no frame starts with " + prefix);
    }
}
