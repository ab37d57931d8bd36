package org.mailspec.pop3;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** APOP (RFC 1939 section 7): the greeting's timestamp and the MD5 digest over it and the shared secret. */
public final class Apop {

    private static final Pattern TIMESTAMP = Pattern.compile("<[^<>\\s]*>");

    private Apop() {
    }

    /** The lower-case hex MD5 of the timestamp (brackets included) followed by the secret. */
    public static String digest(String timestamp, String secret) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            byte[] d = md5.digest((timestamp + secret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 missing from this JVM", e);
        }
    }

    /** The first {@code <...>} in the greeting's text: the banner timestamp APOP needs. */
    public static Optional<String> timestamp(Pop3Reply greeting) {
        Matcher m = TIMESTAMP.matcher(greeting.text());
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
