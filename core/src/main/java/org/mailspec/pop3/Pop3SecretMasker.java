package org.mailspec.pop3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.mailspec.wire.SecretMasker;

/**
 * Masks POP3 secrets in what the client sends, one command line at a time: {@code PASS}'s
 * argument, {@code APOP}'s digest, {@code AUTH}'s initial response, and every client line of an
 * AUTH exchange until the server answers {@code +OK} or {@code -ERR}. A line is recorded when its
 * LF is sent.
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
            masked = text.isEmpty() ? "" : "***";
        } else {
            String[] words = text.split(" ", -1);
            String verb = words[0].toUpperCase(Locale.ROOT);
            if (verb.equals("PASS") && words.length > 1) {
                masked = words[0] + " ***";
            } else if (verb.equals("APOP") && words.length > 2) {
                masked = words[0] + " " + words[1] + " ***";
            } else if (verb.equals("AUTH") && words.length > 2) {
                masked = words[0] + " " + words[1] + " ***";
                saslActive = true;
            } else {
                if (verb.equals("AUTH") && words.length == 2 && !words[1].isEmpty()) {
                    saslActive = true;
                }
                masked = text;
            }
        }
        return (masked + ending).getBytes(StandardCharsets.ISO_8859_1);
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
