package org.mailspec.imap.steps.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3501 section 5.1.3: "modified UTF-7". Printable US-ASCII except "&" represents itself;
 * "&" is "&-"; other characters are UTF-16 in modified BASE64 (RFC 2045 with "," for "/")
 * between "&" and "-".
 */
public final class ModifiedUtf7 {

    private static final char[] B64 =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,".toCharArray();

    private ModifiedUtf7() {
    }

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

    /** The decoded name, or null when the text is not valid modified UTF-7. */
    public static String decodeOrNull(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return null;
            }
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            int end = s.indexOf('-', i + 1);
            if (end < 0) {
                return null;
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
                    return null;
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
                return null;
            }
            try {
                out.append(StandardCharsets.UTF_16BE.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b)));
            } catch (CharacterCodingException e) {
                return null;
            }
            i = end + 1;
        }
        return out.toString();
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
