package org.mailspec.pop3.steps;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.mailspec.pop3.Pop3Command;
import org.mailspec.pop3.Pop3SecretMasker;
import org.mailspec.pop3.Pop3Status;

/**
 * One client's side of an AUTH exchange (RFC 5034 section 4): it begins with the AUTH command, and
 * while the server answers {@code "+" SP [base64]} each line the client sends is a response to that
 * challenge, not a command; a {@code +OK} or {@code -ERR} (or no reply at all) ends it. Every line
 * of the exchange is answered by one single-line reply.
 */
final class SaslExchange {

    private boolean continuing;

    /** Whether the server's last reply was a challenge, so the next line the client sends answers it. */
    boolean continuing() {
        return continuing;
    }

    /** Whether this line belongs to an exchange: it begins one (AUTH) or answers a challenge. */
    boolean carries(Pop3Command line) {
        return continuing || line.keyword().equals("AUTH");
    }

    /** The line as it may be shown: a response to a challenge is a secret, a command is masked as core masks it. */
    String shown(Pop3Command line) {
        return continuing ? Pop3SecretMasker.maskSaslResponse(line.line()) : line.masked();
    }

    /**
     * Takes the reply to a line the exchange carried; returns true when that reply ended the
     * exchange (anything but a challenge).
     */
    boolean answered(Exchange x) {
        continuing = x.status(Pop3Status.CONTINUE);
        return !continuing;
    }

    /** The PLAIN mechanism's response (RFC 4616): base64 of NUL user NUL password. */
    static String plain(String user, String password) {
        return Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
    }
}
