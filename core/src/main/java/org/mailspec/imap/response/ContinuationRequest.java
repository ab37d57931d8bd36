package org.mailspec.imap.response;

import java.util.Base64;
import java.util.Optional;

/**
 * {@code continue-req = "+" SP (resp-text / base64) CRLF}. {@code text} is everything after
 * {@code "+ "} up to CRLF (any response code included), empty for an empty challenge.
 */
public record ContinuationRequest(String text, byte[] raw) implements Response {

    /** True if the text is a (possibly empty) {@code base64} challenge per the grammar. */
    public boolean isBase64() {
        int n = text.length();
        if (n % 4 != 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean b64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
            boolean pad = c == '=' && (i == n - 1 || (i == n - 2 && text.charAt(n - 1) == '='));
            if (!b64 && !pad) {
                return false;
            }
        }
        return true;
    }

    /** The decoded challenge, if the text is base64. */
    public Optional<byte[]> base64() {
        return isBase64() ? Optional.of(Base64.getDecoder().decode(text)) : Optional.empty();
    }
}
