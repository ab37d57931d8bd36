package org.mailspec.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The listings RFC 1939 fixes "in order to simplify parsing": drop listings (STAT), scan listings
 * (LIST) and unique-id listings (UIDL), one case per S: line of the RFC's examples and one per way
 * to break the format.
 */
class ListingTest {

    private static final Pop3ReplyParser PARSER = Pop3ReplyParser.strict();

    private static Pop3Reply reply(String line) {
        try {
            return PARSER.parseReply((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1), new ArrayList<>());
        } catch (Pop3SyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static MultiLineReply multi(String... data) {
        StringBuilder sb = new StringBuilder("+OK\r\n");
        for (String d : data) {
            sb.append(d).append("\r\n");
        }
        try {
            return PARSER.parseMultiLine(sb.append(".\r\n").toString().getBytes(StandardCharsets.ISO_8859_1),
                    new ArrayList<>());
        } catch (Pop3SyntaxException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "+OK 2 320|2|320",
        "+OK 0 0|0|0",
        "+OK 2 320 messages in the maildrop|2|320",
    })
    void dropListingsOfTheRfc(String line, long messages, long octets) {
        assertThat(DropListing.of(reply(line))).contains(new DropListing(messages, octets));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+OK 2  320", "+OK  2 320", "+OK two messages", "+OK 2", "-ERR 2 320", "+OK 2 320x",
        "+OK 2 99999999999999999999"})
    void whatIsNotADropListing(String line) {
        assertThat(DropListing.of(reply(line))).isEmpty();
    }

    @Test
    void scanListingsOfTheRfc() {
        assertThat(ScanListing.of(reply("+OK 2 200"))).contains(new ScanListing(2, 200));
        assertThat(ScanListing.of(reply("-ERR no such message, only 2 messages in maildrop"))).isEmpty();
        Listing<ScanListing> all = ScanListing.all(multi("1 120", "2 200"));
        assertThat(all.entries()).containsExactly(new ScanListing(1, 120), new ScanListing(2, 200));
        assertThat(all.wellFormed()).isTrue();
        assertThat(ScanListing.parse("1 120 more text")).contains(new ScanListing(1, 120));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1  120", "1\t120", " 1 120", "one 120", "1", "99999999999 1"})
    void whatIsNotAScanListing(String line) {
        assertThat(ScanListing.parse(line)).isEmpty();
    }

    @Test
    void aListingStopsAtItsFirstMalformedLine() {
        Listing<ScanListing> all = ScanListing.all(multi("1 120", "2  200", "3 50"));
        assertThat(all.entries()).containsExactly(new ScanListing(1, 120));
        assertThat(all.malformed()).contains("2  200");
        assertThat(all.wellFormed()).isFalse();
    }

    @Test
    void uniqueIdListingsOfTheRfc() {
        assertThat(UniqueIdListing.of(reply("+OK 2 QhdPYR:00WBw1Ph7x7"))).contains(new UniqueIdListing(2, "QhdPYR:00WBw1Ph7x7"));
        Listing<UniqueIdListing> all = UniqueIdListing.all(multi("1 whqtswO00WBw418f9t5JxYwZ", "2 QhdPYR:00WBw1Ph7x7"));
        assertThat(all.entries()).extracting(UniqueIdListing::uid)
                .containsExactly("whqtswO00WBw418f9t5JxYwZ", "QhdPYR:00WBw1Ph7x7");
        assertThat(UniqueIdListing.parse("1 " + "x".repeat(70))).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1 has space", "1 id trailing", "1  id", "1 ", "id", "1 \u00e9t\u00e9"})
    void whatIsNotAUniqueIdListing(String line) {
        assertThat(UniqueIdListing.parse(line)).isEmpty();
    }

    @Test
    void aUniqueIdHasAtMostSeventyCharacters() {
        assertThat(UniqueIdListing.parse("1 " + "x".repeat(71))).isEmpty();
        assertThat(UniqueIdListing.all(multi("1 " + "x".repeat(71))).malformed()).isEqualTo(Optional.of("1 " + "x".repeat(71)));
        assertThat(List.of(UniqueIdListing.of(reply("+OK 1 " + "x".repeat(71))))).containsExactly(Optional.empty());
    }
}
