package org.mailspec.delivery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.mailspec.settings.Endpoint;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.Connection;
import org.mailspec.wire.Deadline;
import org.mailspec.wire.SecretMasker;
import org.mailspec.wire.WireException;

/**
 * A client for SMTP (RFC 5321) or LMTP (RFC 2033), enough to deliver a fixture: greeting,
 * EHLO/LHLO, MAIL FROM, RCPT TO, DATA with dot-stuffing, QUIT. Every read has the connection's
 * timeout; every byte is in the transcript. A reply that breaks the reply grammar is a
 * {@link MailTransferViolation}.
 */
public final class MailTransfer implements AutoCloseable {

    /** Which of the two protocols this client speaks. */
    public enum Protocol {
        SMTP("EHLO"), LMTP("LHLO");

        private final String hello;

        Protocol(String hello) {
            this.hello = hello;
        }

        public String hello() {
            return hello;
        }

        public String lower() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** RFC 5321 4.5.3.1.5: a reply line is at most 512 octets. Be generous, but bounded. */
    private static final int MAX_LINE = 4096;

    private final Protocol protocol;
    private final Connection connection;
    private final SmtpReply greeting;

    private MailTransfer(Protocol protocol, Connection connection, SmtpReply greeting) {
        this.protocol = protocol;
        this.connection = connection;
        this.greeting = greeting;
    }

    /** Connects and reads the 220 greeting (any other reply is returned too, for the caller to judge). */
    public static MailTransfer connect(Protocol protocol, Endpoint endpoint, ClientOptions options) throws WireException {
        Connection c = Connection.open(endpoint, options, protocol.lower(), SecretMasker.NONE);
        try {
            SmtpReply greeting = readReply(c, "the " + protocol + " greeting", Deadline.after(options.timeout()));
            return new MailTransfer(protocol, c, greeting);
        } catch (WireException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    public Protocol protocol() {
        return protocol;
    }

    public SmtpReply greeting() {
        return greeting;
    }

    public String name() {
        return connection.name();
    }

    /** EHLO (SMTP) or LHLO (LMTP) with the client's name. */
    public SmtpReply hello(String clientName) throws WireException {
        return command(protocol.hello() + " " + clientName);
    }

    /** {@code MAIL FROM:<reversePath>}; the empty path {@code <>} for a bounce-less fixture. */
    public SmtpReply mailFrom(String reversePath) throws WireException {
        return command("MAIL FROM:<" + reversePath + ">");
    }

    public SmtpReply rcptTo(String forwardPath) throws WireException {
        return command("RCPT TO:<" + forwardPath + ">");
    }

    /**
     * DATA, the message dot-stuffed (RFC 5321 4.5.2) and ended with {@code CRLF.CRLF}. Returns the
     * reply to DATA and, when it was 354, the final reply: SMTP gives one, LMTP one per accepted
     * recipient (RFC 2033 4.2), so {@code acceptedRecipients} says how many to read.
     */
    public List<SmtpReply> data(byte[] message, int acceptedRecipients) throws WireException {
        Objects.requireNonNull(message, "message");
        List<SmtpReply> replies = new ArrayList<>();
        SmtpReply go = command("DATA");
        replies.add(go);
        if (go.code() != 354) {
            return replies;
        }
        connection.write(stuff(message), "the message (" + message.length + " octets, dot-stuffed)");
        int finals = protocol == Protocol.LMTP ? Math.max(1, acceptedRecipients) : 1;
        Deadline d = Deadline.after(connection.timeout());
        for (int i = 0; i < finals; i++) {
            replies.add(readReply(connection, "the reply to the end of the message", d));
        }
        return replies;
    }

    /** QUIT, reading its reply; quietly nothing when the connection is already gone. */
    public void quit() {
        try {
            command("QUIT");
        } catch (WireException | RuntimeException e) {
            // the delivery is over either way
        }
        connection.close();
    }

    @Override
    public void close() {
        connection.close();
    }

    private SmtpReply command(String line) throws WireException {
        connection.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII), line.split(" ", 2)[0]);
        return readReply(connection, "the reply to " + line, Deadline.after(connection.timeout()));
    }

    /**
     * The octets as they travel between DATA's 354 and the end: a line that begins with "." gets
     * one more "." (RFC 5321 4.5.2), a message not ending in CRLF gets one, then {@code .CRLF}.
     */
    static byte[] stuff(byte[] message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(message.length + 16);
        boolean lineStart = true;
        for (byte b : message) {
            if (lineStart && b == '.') {
                out.write('.');
            }
            out.write(b);
            lineStart = b == '\n';
        }
        if (message.length < 2 || message[message.length - 2] != '\r' || message[message.length - 1] != '\n') {
            out.write('\r');
            out.write('\n');
        }
        out.write('.');
        out.write('\r');
        out.write('\n');
        return out.toByteArray();
    }

    /** Reads one reply, all its lines, strictly: three digits, then "-" (more follow) or SP or CRLF. */
    static SmtpReply readReply(Connection c, String awaiting, Deadline deadline) throws WireException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        List<String> lines = new ArrayList<>();
        int code = -1;
        while (true) {
            byte[] line = c.readLine(MAX_LINE, awaiting, deadline);
            raw.writeBytes(line);
            int n = line.length;
            if (n < 5 || line[n - 2] != '\r' || line[n - 1] != '\n') {
                c.endFrame();
                throw new MailTransferViolation(c.name(), "Reply-line", Math.max(0, n - 1), raw.toByteArray(),
                        "a reply line is Reply-code [SP textstring] CRLF");
            }
            for (int i = 0; i < 3; i++) {
                if (line[i] < '0' || line[i] > '9') {
                    c.endFrame();
                    throw new MailTransferViolation(c.name(), "Reply-code", i, raw.toByteArray(), "expected a digit");
                }
            }
            int thisCode = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
            if (code >= 0 && thisCode != code) {
                c.endFrame();
                throw new MailTransferViolation(c.name(), "Reply-line", 0, raw.toByteArray(),
                        "every line of a multiline reply has the same code");
            }
            code = thisCode;
            byte sep = line[3];
            String text = new String(line, 4, Math.max(0, n - 6), StandardCharsets.UTF_8);
            if (sep == '\r' && n == 5) {
                lines.add("");
                break;
            }
            if (sep != '-' && sep != ' ') {
                c.endFrame();
                throw new MailTransferViolation(c.name(), "Reply-line", 3, raw.toByteArray(),
                        "after the code: \"-\" (more lines follow) or SP");
            }
            lines.add(text);
            if (sep == ' ') {
                break;
            }
        }
        c.endFrame();
        return new SmtpReply(code, lines, raw.toByteArray());
    }
}
