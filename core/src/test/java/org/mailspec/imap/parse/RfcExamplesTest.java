package org.mailspec.imap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailspec.imap.response.Greeting;
import org.mailspec.imap.response.Response;
import org.mailspec.imap.response.Unknown;

/**
 * Every server response of the RFC examples (rfc-examples.txt) parses strictly, keeps its exact
 * bytes, and is typed; the few examples the grammar itself rejects fail strictly and parse leniently
 * with the deviation named.
 */
class RfcExamplesTest {

    static final List<Frames.Example> CORPUS = Frames.corpus("rfc-examples.txt");

    static Stream<Frames.Example> examples() {
        return CORPUS.stream();
    }

    private final ImapResponseParser strict = ImapResponseParser.strict();

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void parsesTheExampleAsTheRfcMeansIt(Frames.Example example) throws Exception {
        switch (example.kind()) {
            case GREETING -> {
                Greeting g = strict.parseGreeting(example.frame());
                assertThat(g.raw()).isEqualTo(example.frame());
            }
            case RESPONSE -> {
                Response r = strict.parse(example.frame());
                assertThat(r.raw()).isEqualTo(example.frame());
                if (r instanceof Unknown u) {
                    assertThat(u.name()).as("only experimental responses stay untyped").startsWith("X");
                }
                assertThat(strict.parseWithDeviations(example.frame()).deviations()).isEmpty();
            }
            case REJECTED -> {
                assertThatThrownBy(() -> strict.parse(example.frame())).isInstanceOf(ImapSyntaxException.class);
                Parsed lenient = strict.parseWithDeviations(example.frame());
                assertThat(lenient.deviations()).isNotEmpty();
                assertThat(lenient.response()).isNotInstanceOf(Unknown.class);
            }
        }
    }

    @Test
    void theCorpusHoldsEveryExample() {
        long rfc3501 = CORPUS.stream().filter(e -> e.id().startsWith("rfc3501")).count();
        long rfc9051 = CORPUS.stream().filter(e -> e.id().startsWith("rfc9051")).count();
        long others = CORPUS.size() - rfc3501 - rfc9051;
        System.out.printf("RFC example frames: %d (RFC 3501: %d, RFC 9051: %d, RFC 2177/4315/6851/7162: %d)%n",
                CORPUS.size(), rfc3501, rfc9051, others);
        assertThat(rfc3501).isGreaterThanOrEqualTo(150);
        assertThat(rfc9051).isGreaterThanOrEqualTo(200);
    }
}
