package org.mailspec.imap;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailspec.wire.SecretMasker;

/**
 * Masks IMAP secrets in what the client sends, following the command stream byte by byte: the
 * password of {@code LOGIN} (atom, quoted, or literal: the {@code {n}} stays, the bytes become
 * {@code ***}), the initial response of {@code AUTHENTICATE}, and every client line after an
 * {@code AUTHENTICATE} until the server sends that command's tagged completion. Literals of other
 * commands pass through untouched and are never mistaken for command lines.
 */
public final class ImapSecretMasker implements SecretMasker {

    private static final byte[] MASK = "***".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern LITERAL_SPEC = Pattern.compile("~?\\{\\d+\\+?\\}");
    private static final Pattern LITERAL_AT_END = Pattern.compile(".*\\{(\\d{1,10})\\+?\\}\\r?$", Pattern.DOTALL);

    private int token = -1;
    private boolean inToken;
    private boolean inQuote;
    private boolean escape;
    private final StringBuilder tag = new StringBuilder();
    private final StringBuilder name = new StringBuilder();
    private String command = "";
    private boolean secret;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private boolean literalIsSecret;
    private long literal;
    private boolean literalMasked;
    private final StringBuilder tail = new StringBuilder();

    private boolean atLineStart = true;
    private boolean saslActive;
    private String saslTag = "";
    private boolean saslLine;
    private boolean saslMasked;

    @Override
    public synchronized byte[] maskClient(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 8);
        for (byte b : bytes) {
            step(b, out);
        }
        return out.toByteArray();
    }

    private void step(byte b, ByteArrayOutputStream out) {
        if (literal > 0) {
            if (literalIsSecret) {
                if (!literalMasked) {
                    out.writeBytes(MASK);
                    literalMasked = true;
                }
            } else {
                out.write(b);
            }
            literal--;
            if (literal == 0) {
                inToken = true;
                secret = false;
            }
            return;
        }
        if (atLineStart) {
            atLineStart = false;
            saslLine = saslActive;
        }
        if (saslLine) {
            if (b == '\r' || b == '\n') {
                out.write(b);
                if (b == '\n') {
                    endLine();
                }
            } else if (!saslMasked) {
                out.writeBytes(MASK);
                saslMasked = true;
            }
            return;
        }
        if (b != '\n') {
            tail.append((char) (b & 0xff));
            if (tail.length() > 32) {
                tail.delete(0, tail.length() - 32);
            }
        }
        boolean separator = !inQuote && (b == ' ' || b == '\r' || b == '\n');
        if (separator) {
            endToken(out);
            out.write(b);
            if (b == '\n') {
                Matcher m = LITERAL_AT_END.matcher(tail);
                if (m.matches()) {
                    literal = Long.parseLong(m.group(1));
                    literalMasked = false;
                    tail.setLength(0);
                    if (literal == 0) {
                        inToken = true;
                    }
                } else {
                    if (command.equals("AUTHENTICATE") && tag.length() > 0) {
                        saslActive = true;
                        saslTag = tag.toString();
                    }
                    endLine();
                }
            }
            return;
        }
        if (!inToken) {
            inToken = true;
            token++;
            secret = token == 3 && (command.equals("LOGIN") || command.equals("AUTHENTICATE"));
            literalIsSecret = false;
        }
        if (inQuote) {
            if (escape) {
                escape = false;
            } else if (b == '\\') {
                escape = true;
            } else if (b == '"') {
                inQuote = false;
            }
        } else if (b == '"') {
            inQuote = true;
        }
        if (token == 0) {
            tag.append((char) (b & 0xff));
        } else if (token == 1) {
            name.append((char) (b & 0xff));
        }
        if (secret) {
            held.write(b);
        } else {
            out.write(b);
        }
    }

    private void endToken(ByteArrayOutputStream out) {
        if (inToken && token == 1) {
            command = name.toString().toUpperCase(Locale.ROOT);
        }
        if (secret) {
            String h = held.toString(StandardCharsets.ISO_8859_1);
            if (LITERAL_SPEC.matcher(h).matches()) {
                out.writeBytes(held.toByteArray());
                literalIsSecret = true;
            } else if (h.startsWith("\"")) {
                out.write('"');
                out.writeBytes(MASK);
                out.write('"');
            } else if (!h.isEmpty()) {
                out.writeBytes(MASK);
            }
            held.reset();
            secret = false;
        }
        inToken = false;
    }

    private void endLine() {
        token = -1;
        inToken = false;
        inQuote = false;
        escape = false;
        tag.setLength(0);
        name.setLength(0);
        command = "";
        secret = false;
        held.reset();
        literalIsSecret = false;
        tail.setLength(0);
        atLineStart = true;
        saslLine = false;
        saslMasked = false;
    }

    @Override
    public synchronized void observeServer(byte[] bytes) {
        if (!saslActive) {
            return;
        }
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String line : s.split("\n")) {
            if (line.startsWith(saslTag + " ")) {
                saslActive = false;
                return;
            }
        }
    }

    @Override
    public synchronized byte[] flush() {
        if (held.size() > 0) {
            held.reset();
            return MASK.clone();
        }
        return new byte[0];
    }
}
