package org.mailspec.imap.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mailspec.imap.response.Response;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the strict response parser on a large FETCH: 100 responses, each with FLAGS, UID,
 * INTERNALDATE, RFC822.SIZE, ENVELOPE, a nested multipart BODYSTRUCTURE with extension data and a
 * message/rfc822 part, a BODY[HEADER.FIELDS] literal and a ~4 KB BODY[] literal; and, for contrast,
 * a mix of short status and mailbox-data lines.
 *
 * <p>Run (from the repository root; prints the JMH table at the end):
 * <pre>
 *   mvn -pl core -am -Pbench verify -DskipTests
 *   mvn -pl core -am -Pbench verify -DskipTests -Djmh.args="ImapParserBenchmark -f 1 -wi 2 -i 3"
 * </pre>
 * The primary score is responses/s (one operation = one response). The {@code bytes} secondary
 * score is the input parsed per second: divide by 1,048,576 for MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ImapParserBenchmark {

    static final int MESSAGES = 100;

    private final ImapResponseParser parser = ImapResponseParser.strict();
    private byte[][] fetch;
    private byte[][] small;
    private long fetchBytes;
    private long smallBytes;

    /** Bytes parsed, reported by JMH as a rate next to the responses/s score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Input {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup
    public void frames() throws ImapSyntaxException {
        fetch = new byte[MESSAGES][];
        for (int i = 0; i < MESSAGES; i++) {
            fetch[i] = fetchFrame(i + 1);
            fetchBytes += fetch[i].length;
        }
        List<byte[]> lines = new ArrayList<>();
        for (String line : List.of("* 172 EXISTS", "* OK [UIDVALIDITY 3857529045] UIDs valid", "* OK [UIDNEXT 4392] Predicted next UID",
                "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)", "* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited",
                "* LIST (\\HasNoChildren) \"/\" \"Archive/2024\"", "* STATUS INBOX (MESSAGES 231 UIDNEXT 44292 UNSEEN 3)",
                "* SEARCH 2 84 882 1024 2048", "* 12 FETCH (UID 4827313 FLAGS (\\Seen $Forwarded))",
                "A142 OK [READ-WRITE] SELECT completed")) {
            lines.add((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        small = lines.toArray(new byte[0][]);
        for (byte[] b : small) {
            smallBytes += b.length;
        }
        for (byte[] f : fetch) {
            parser.parse(f); // fail fast if the benchmark data is not valid
        }
        System.out.printf("%n%d FETCH responses, %d bytes (%.0f bytes each); %d short lines, %d bytes%n",
                MESSAGES, fetchBytes, (double) fetchBytes / MESSAGES, small.length, smallBytes);
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void largeFetch(Input input, Blackhole bh) throws ImapSyntaxException {
        for (byte[] f : fetch) {
            Response r = parser.parse(f);
            bh.consume(r);
        }
        input.bytes += fetchBytes;
    }

    @Benchmark
    @OperationsPerInvocation(10)
    public void shortLines(Input input, Blackhole bh) throws ImapSyntaxException {
        for (byte[] f : small) {
            bh.consume(parser.parse(f));
        }
        input.bytes += smallBytes;
    }

    static byte[] fetchFrame(int n) {
        StringBuilder body = new StringBuilder(4200);
        body.append("From: Alice <alice@example.com>\r\nTo: bob@example.com\r\nSubject: message ").append(n)
                .append("\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n");
        int line = 0;
        while (body.length() < 4096 - 80) {
            body.append("Line ").append(line++).append(" of the benchmark body: the quick brown fox jumps over.\r\n");
        }
        String header = "From: Alice <alice@example.com>\r\nSubject: message " + n + "\r\n\r\n";
        String envelope = "(\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"message " + n + "\""
                + " ((\"Alice Example\" NIL \"alice\" \"example.com\")) ((\"Alice Example\" NIL \"alice\" \"example.com\"))"
                + " ((\"Alice Example\" NIL \"alice\" \"example.com\")) ((NIL NIL \"bob\" \"example.com\")(\"Carol\" NIL \"carol\" \"example.com\"))"
                + " NIL NIL NIL \"<" + n + "@example.com>\")";
        String bodystructure = "(((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" 2600 60 NIL NIL NIL NIL)"
                + "(\"text\" \"html\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" 5200 80 NIL NIL NIL NIL)"
                + " \"alternative\" (\"boundary\" \"b2\") NIL NIL NIL)"
                + "(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 456 " + envelope
                + " ((\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 10 1 NIL NIL NIL NIL)"
                + "(\"image\" \"png\" (\"name\" \"x.png\") NIL NIL \"base64\" 200 NIL (\"inline\" (\"filename\" \"x.png\")) NIL NIL)"
                + " \"related\" (\"boundary\" \"in\") NIL NIL NIL) 20 NIL (\"attachment\" NIL) NIL NIL)"
                + "(\"application\" \"pdf\" (\"name\" \"report.pdf\") NIL NIL \"base64\" 1024 NIL"
                + " (\"attachment\" (\"filename\" \"report.pdf\")) (\"en\" \"de\") NIL) \"mixed\" (\"boundary\" \"b1\") NIL NIL NIL)";
        String frame = "* " + n + " FETCH (UID " + (1000 + n) + " FLAGS (\\Seen $Forwarded) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\""
                + " RFC822.SIZE " + body.length() + " ENVELOPE " + envelope + " BODYSTRUCTURE " + bodystructure
                + " BODY[HEADER.FIELDS (FROM SUBJECT)] {" + header.length() + "}\r\n" + header
                + " BODY[] {" + body.length() + "}\r\n" + body + ")\r\n";
        return frame.getBytes(StandardCharsets.US_ASCII);
    }
}
