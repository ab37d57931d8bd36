package org.mailspec.imap.response;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * RFC 3501 section 5.1.3: "modified UTF-7", the form IMAP4rev1 mailbox names travel in.
 * Printable US-ASCII except "&" represents itself; "&" is "&-"; other characters are UTF-16 in
 * modified BASE64 (RFC 2045 with "," for "/") between "&" and "-". {@link MailboxName} uses it
 * to tell which Unicode name a name as sent stands for.
 */
public final class ModifiedUtf7 {

    private static final char[] B64 =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,".toCharArray();

    private ModifiedUtf7() {
    }

    /** The modified UTF-7 form of a Unicode name. */
    public static String encode(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= 0x20 && c <= 0x7e) {
                out.append(c == '&' ? "&-" : String.valueOf(c));
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && (s.charAt(j) < 0x20 || s.charAt(j) > 0x7e)) {
                j++;
            }
            byte[] utf16 = s.substring(i, j).getBytes(StandardCharsets.UTF_16BE);
            out.append('&');
            int bits = 0;
            int buffer = 0;
            for (byte b : utf16) {
                buffer = (buffer << 8) | (b & 0xff);
                bits += 8;
                while (bits >= 6) {
                    bits -= 6;
                    out.append(B64[(buffer >> bits) & 0x3f]);
                }
            }
            if (bits > 0) {
                out.append(B64[(buffer << (6 - bits)) & 0x3f]);
            }
            out.append('-');
            i = j;
        }
        return out.toString();
    }

    /** The Unicode name the text encodes; empty when the text is not valid modified UTF-7. */
    public static Optional<String> decode(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return Optional.empty();
            }
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            int end = s.indexOf('-', i + 1);
            if (end < 0) {
                return Optional.empty();
            }
            if (end == i + 1) {
                out.append('&');
                i = end + 1;
                continue;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int bits = 0;
            int buffer = 0;
            for (int k = i + 1; k < end; k++) {
                int v = indexOf(s.charAt(k));
                if (v < 0) {
                    return Optional.empty();
                }
                buffer = (buffer << 6) | v;
                bits += 6;
                if (bits >= 8) {
                    bits -= 8;
                    bytes.write((buffer >> bits) & 0xff);
                }
            }
            byte[] b = bytes.toByteArray();
            if (b.length % 2 != 0) {
                return Optional.empty();
            }
            try {
                out.append(StandardCharsets.UTF_16BE.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b)));
            } catch (CharacterCodingException e) {
                return Optional.empty();
            }
            i = end + 1;
        }
        return Optional.of(out.toString());
    }

    private static int indexOf(char c) {
        for (int i = 0; i < B64.length; i++) {
            if (B64[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
