package org.mailspec.imap.steps.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a message a server returns is a reversible 7-bit conversion of the 8-bit message the
 * harness stored. RFC 9051 6.3.12: "A server implementation that is unable to preserve 8-bit data
 * properly MUST be able to reversibly convert 8-bit APPEND data to 7 bits using a [MIME-IMB]
 * content transfer encoding." Accepted: every header line as sent but the
 * Content-Transfer-Encoding, which now names quoted-printable or base64; only 7-bit octets; and a
 * body that decodes (RFC 2045 6.7, 6.8) to the octets of the original body.
 */
public final class SevenBitConversion {

    private SevenBitConversion() {
    }

    /** The encoding the server converted {@code original} with, when {@code returned} is such a conversion. */
    public static Optional<String> of(byte[] original, byte[] returned) {
        if (!hasEightBit(original) || hasEightBit(returned)) {
            return Optional.empty();
        }
        Split want = Split.of(original);
        Split got = Split.of(returned);
        Optional<String> encoding = got.transferEncoding();
        if (encoding.isEmpty() || !(encoding.get().equals("quoted-printable") || encoding.get().equals("base64"))) {
            return Optional.empty();
        }
        if (!want.withoutTransferEncoding().equals(got.withoutTransferEncoding())) {
            return Optional.empty();
        }
        byte[] decoded = encoding.get().equals("base64") ? base64(got.body) : quotedPrintable(got.body);
        return decoded != null && Arrays.equals(decoded, want.body) ? encoding : Optional.empty();
    }

    static boolean hasEightBit(byte[] b) {
        for (byte x : b) {
            if ((x & 0x80) != 0) {
                return true;
            }
        }
        return false;
    }

    private static byte[] base64(byte[] body) {
        try {
            return Base64.getMimeDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** RFC 2045 6.7: =XX octets, soft line breaks ("=" CRLF), trailing white space on a line dropped. */
    static byte[] quotedPrintable(byte[] body) {
        String text = new String(body, StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] lines = text.split("\r\n", -1);
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l].replaceAll("[ \t]+$", "");
            boolean soft = line.endsWith("=");
            if (soft) {
                line = line.substring(0, line.length() - 1);
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '=') {
                    if (i + 2 >= line.length()) {
                        return null;
                    }
                    int hi = Character.digit(line.charAt(i + 1), 16);
                    int lo = Character.digit(line.charAt(i + 2), 16);
                    if (hi < 0 || lo < 0) {
                        return null;
                    }
                    out.write(hi * 16 + lo);
                    i += 2;
                } else {
                    out.write(c);
                }
            }
            if (!soft && l < lines.length - 1) {
                out.write('\r');
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    /** A message's header lines (unfolded) and its body. */
    private record Split(List<String> headers, byte[] body) {

        static Split of(byte[] message) {
            MimeSections.Entity entity = MimeSections.parse(message);
            String head = new String(entity.header(), StandardCharsets.ISO_8859_1).stripTrailing();
            List<String> fields = new ArrayList<>();
            for (String line : head.split("\r\n")) {
                if (!fields.isEmpty() && (line.startsWith(" ") || line.startsWith("\t"))) {
                    fields.set(fields.size() - 1, fields.get(fields.size() - 1) + "\r\n" + line);
                } else {
                    fields.add(line);
                }
            }
            return new Split(fields, entity.body());
        }

        Optional<String> transferEncoding() {
            return headers.stream().filter(SevenBitConversion::isTransferEncoding)
                    .map(h -> h.substring(h.indexOf(':') + 1).strip().toLowerCase(Locale.ROOT)).findFirst();
        }

        List<String> withoutTransferEncoding() {
            return headers.stream().filter(h -> !isTransferEncoding(h)).toList();
        }
    }

    private static boolean isTransferEncoding(String field) {
        return field.toLowerCase(Locale.ROOT).startsWith("content-transfer-encoding:");
    }

}
