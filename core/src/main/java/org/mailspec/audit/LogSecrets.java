package org.mailspec.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Searches server log text for credentials: each password as typed, in the base64 forms a SASL
 * exchange carries it (PLAIN's {@code [authzid] NUL user NUL password}, LOGIN's bare password),
 * and stored password hashes (crypt(3) {@code $id$salt$hash} and Dovecot's {@code {SCHEME}...}).
 */
public final class LogSecrets {

    /** One secret found: on which line of the text, what it was, and the line with the secret masked. */
    public record Hit(int line, String what, String maskedLine) {
        @Override
        public String toString() {
            return "line " + line + ": " + what + ": " + maskedLine;
        }
    }

    /** crypt(3) MD5, bcrypt, SHA-256, SHA-512, yescrypt, scrypt and Argon2 hashes. */
    private static final Pattern CRYPT_HASH = Pattern.compile(
            "\\$(?:1|2[abxy]?|5|6|7|y|gy|argon2(?:id|i|d))\\$[./A-Za-z0-9$=,+-]{16,}");
    /** Dovecot's scheme-prefixed passwords, e.g. {SSHA512}..., {PLAIN}... */
    private static final Pattern SCHEME_HASH = Pattern.compile(
            "\\{(?:[A-Z0-9]+-)*(?:CRYPT|SHA|SSHA|SHA256|SSHA256|SHA512|SSHA512|MD5|SMD5|PLAIN|CLEARTEXT|CRAM-MD5|PBKDF2|ARGON2I|ARGON2ID|BLF-CRYPT|SHA256-CRYPT|SHA512-CRYPT|MD5-CRYPT|DIGEST-MD5|NTLM|LANMAN|RPA|SCRAM-SHA-1|SCRAM-SHA-256)(?:\\.[A-Z0-9]+)?\\}\\S+");

    private final Map<String, String> needles = new LinkedHashMap<>();

    /** Looks for {@code password} (of {@code user}) in every form it travels in. */
    public LogSecrets password(String user, String password, String label) {
        needles.put(password, label + " as typed");
        for (String authzid : List.of("", user)) {
            byte[] plain = (authzid + "\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8);
            needles.put(Base64.getEncoder().encodeToString(plain), label + " in a base64 SASL PLAIN response");
        }
        needles.put(Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8)),
                label + " in base64 (SASL LOGIN)");
        return this;
    }

    /** Every secret in {@code text}, in line order. */
    public List<Hit> scan(String text) {
        List<Hit> hits = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (Map.Entry<String, String> n : needles.entrySet()) {
                if (!n.getKey().isEmpty() && line.contains(n.getKey())) {
                    hits.add(new Hit(i + 1, n.getValue(), mask(line)));
                }
            }
            for (Pattern p : List.of(CRYPT_HASH, SCHEME_HASH)) {
                Matcher m = p.matcher(line);
                if (m.find()) {
                    hits.add(new Hit(i + 1, "a password hash (" + m.group().substring(0, Math.min(8, m.group().length()))
                            + "...)", mask(line)));
                }
            }
        }
        return hits;
    }

    /** The line with every secret replaced by {@code ***}, cut to 300 characters. */
    private String mask(String line) {
        String out = line;
        for (String n : needles.keySet()) {
            if (!n.isEmpty()) {
                out = out.replace(n, "***");
            }
        }
        out = CRYPT_HASH.matcher(out).replaceAll(r -> Matcher.quoteReplacement(r.group().substring(0, 3) + "***"));
        out = SCHEME_HASH.matcher(out).replaceAll(r -> Matcher.quoteReplacement(
                r.group().substring(0, r.group().indexOf('}') + 1) + "***"));
        out = out.strip();
        return out.length() > 300 ? out.substring(0, 300) + "…" : out;
    }
}
