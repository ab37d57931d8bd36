package org.mailspec.pop3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.mailspec.wire.SecretMasker;

/**
 * Masks POP3 secrets in what the client sends, one command line at a time: {@code PASS}'s
 * argument, {@code APOP}'s digest, {@code AUTH}'s initial response, and every client line of an
 * AUTH exchange until the server answers {@code +OK} or {@code -ERR} (but the {@code *} that
 * cancels it). A line is recorded when its LF is sent.
 */
public final class Pop3SecretMasker implements SecretMasker {

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean saslActive;

    @Override
    public synchronized byte[] maskClient(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 8);
        for (byte b : bytes) {
            line.write(b);
            if (b == '\n') {
                out.writeBytes(mask(line.toByteArray()));
                line.reset();
            }
        }
        return out.toByteArray();
    }

    private byte[] mask(byte[] l) {
        int end = l.length;
        while (end > 0 && (l[end - 1] == '\n' || l[end - 1] == '\r')) {
            end--;
        }
        String text = new String(l, 0, end, StandardCharsets.ISO_8859_1);
        String ending = new String(l, end, l.length - end, StandardCharsets.ISO_8859_1);
        String masked;
        if (saslActive) {
            masked = maskSaslResponse(text);
        } else {
            String[] words = text.split(" ", -1);
            String verb = words[0].toUpperCase(Locale.ROOT);
            if (verb.equals("AUTH") && (words.length > 2 || (words.length == 2 && !words[1].isEmpty()))) {
                saslActive = true;
            }
            masked = maskCommand(text);
        }
        return (masked + ending).getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * A command line (without its line ending) as it may be shown: {@code PASS}'s argument,
     * {@code APOP}'s digest and {@code AUTH}'s initial response become {@code ***}.
     */
    public static String maskCommand(String line) {
        String[] words = line.split(" ", -1);
        String verb = words[0].toUpperCase(Locale.ROOT);
        if (verb.equals("PASS") && words.length > 1) {
            return words[0] + " ***";
        }
        if ((verb.equals("APOP") || verb.equals("AUTH")) && words.length > 2) {
            return words[0] + " " + words[1] + " ***";
        }
        return line;
    }

    /**
     * A client line inside an AUTH exchange as it may be shown: {@code ***}, except the empty line
     * and the {@code *} that cancels the exchange (RFC 5034 section 4), which carry no secret.
     */
    public static String maskSaslResponse(String line) {
        return line.isEmpty() || line.equals("*") ? line : "***";
    }

    @Override
    public synchronized void observeServer(byte[] bytes) {
        if (saslActive && bytes.length > 0 && (bytes[0] == '-' || (bytes[0] == '+' && bytes.length > 1 && bytes[1] != ' '))) {
            saslActive = false;
        }
    }

    @Override
    public synchronized byte[] flush() {
        if (line.size() == 0) {
            return new byte[0];
        }
        byte[] masked = mask(line.toByteArray());
        line.reset();
        return masked;
    }
}
