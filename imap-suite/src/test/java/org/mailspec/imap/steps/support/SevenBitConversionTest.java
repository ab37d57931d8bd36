package org.mailspec.imap.steps.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.mailspec.fixture.TestMessages;

public class SevenBitConversionTest {

    private static final byte[] EIGHT_BIT = TestMessages.eightBitLongLines("run").bytes();

    @Test
    void aBase64OrQuotedPrintableConversionThatDecodesToTheBodyIsAccepted() {
        assertThat(SevenBitConversion.of(EIGHT_BIT, convert("base64", base64(body())))).contains("base64");
        assertThat(SevenBitConversion.of(EIGHT_BIT, convert("quoted-printable", quotedPrintable(body()))))
                .contains("quoted-printable");
    }

    @Test
    void aConversionThatLosesOctetsOrChangesAHeaderIsNot() {
        byte[] lossy = body().clone();
        lossy[3] = '?';
        assertThat(SevenBitConversion.of(EIGHT_BIT, convert("base64", base64(lossy)))).isEmpty();
        String changed = new String(convert("base64", base64(body())), StandardCharsets.ISO_8859_1)
                .replace("Subject: mailspec 8bit", "Subject: mailspec 7bit");
        assertThat(SevenBitConversion.of(EIGHT_BIT, changed.getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        // 7 bits, but not by a MIME transfer encoding
        assertThat(SevenBitConversion.of(EIGHT_BIT, convert("7bit", base64(body())))).isEmpty();
        // the octets as stored are no conversion at all: the byte-exact comparison judges them
        assertThat(SevenBitConversion.of(EIGHT_BIT, EIGHT_BIT)).isEmpty();
    }

    @Test
    void quotedPrintableSoftBreaksAndTrailingSpaceAreUndone() {
        assertThat(SevenBitConversion.quotedPrintable("a=3Db=\r\nc  \r\nd".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("a=bc\r\nd".getBytes(StandardCharsets.US_ASCII));
        assertThat(SevenBitConversion.quotedPrintable("bad=Z1".getBytes(StandardCharsets.US_ASCII))).isNull();
    }

    /** The 8-bit fixture as stored. */
    public static byte[] eightBit() {
        return EIGHT_BIT.clone();
    }

    public static byte[] body() {
        String all = new String(EIGHT_BIT, StandardCharsets.ISO_8859_1);
        return Arrays.copyOfRange(EIGHT_BIT, all.indexOf("\r\n\r\n") + 4, EIGHT_BIT.length);
    }

    /** The 8-bit fixture with its Content-Transfer-Encoding replaced and the body given. */
    public static byte[] convert(String encoding, byte[] newBody) {
        String all = new String(EIGHT_BIT, StandardCharsets.ISO_8859_1);
        String head = all.substring(0, all.indexOf("\r\n\r\n") + 4).replaceAll("(?i)Content-Transfer-Encoding: 8bit",
                "Content-Transfer-Encoding: " + encoding);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(newBody);
        return out.toByteArray();
    }

    public static byte[] base64(byte[] b) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encode(b);
    }

    public static byte[] quotedPrintable(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            if (c == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
                s.append("\r\n");
                i++;
            } else if (c >= 0x80 || c == '=') {
                s.append(String.format("=%02X", c));
            } else {
                s.append((char) c);
            }
        }
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
