package org.mailspec.audit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a software version number in a banner (greeting, ID response): a token such as
 * {@code 2.3.19.1}, {@code v2.1.3} or {@code 5.1}, outside {@code <...>} (a POP3 APOP timestamp)
 * and {@code [...]} (an IMAP response code). A dotted quad whose first number is 10 or more is taken
 * for an IPv4 address, not a version.
 */
public final class VersionDisclosure {
    private static final Pattern VERSION = Pattern.compile("(?<![\\w.])[vV]?(\\d{1,4})(?:\\.\\d{1,5}){1,3}(?![\\w.]*\\w)");

    private VersionDisclosure() {
    }

    public static Optional<String> find(String banner) {
        String text = banner.replaceAll("<[^>]*>", " ").replaceAll("\\[[^\\]]*\\]", " ");
        Matcher m = VERSION.matcher(text);
        while (m.find()) {
            String token = m.group();
            String digits = token.replaceFirst("^[vV]", "");
            if (digits.split("\\.").length == 4 && Integer.parseInt(m.group(1)) >= 10) {
                continue;
            }
            return Optional.of(token);
        }
        return Optional.empty();
    }
}
