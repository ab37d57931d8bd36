package org.mailspec.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;

import org.mailspec.text.Ascii;
import org.mailspec.wire.Connection;
import org.mailspec.wire.ConnectionClosedException;
import org.mailspec.wire.Deadline;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.WireException;

/**
 * Asks a server for an old TLS version with a hand-made ClientHello, so that the answer does not
 * depend on what this JVM allows (Java disables TLS 1.0 and 1.1 itself). Sent on a plain
 * connection where the server now expects a TLS handshake: an Implicit TLS port opened without TLS,
 * or after STARTTLS/STLS was answered OK. Only the server's first record is read: a ServerHello
 * with the offered version means the server accepts it; an alert or a close means it refuses.
 */
public final class LegacyTlsProbe {

    /** TLS 1.0 and 1.1 as they appear on the wire. */
    public enum Version {
        TLS_1_0("TLSv1", 0x0301), TLS_1_1("TLSv1.1", 0x0302);

        private final String label;
        private final int wire;

        Version(String label, int wire) {
            this.label = label;
            this.wire = wire;
        }

        public String label() {
            return label;
        }

        public static Version of(String label) {
            for (Version v : values()) {
                if (v.label.equalsIgnoreCase(label) || v.name().equalsIgnoreCase(label)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("not a legacy TLS version: " + label + " (TLSv1 or TLSv1.1)");
        }
    }

    /** What the server answered. */
    public record Outcome(Kind kind, String detail, byte[] received) {
        public enum Kind { ACCEPTED, ALERT, CLOSED, SILENT, OTHER }

        public boolean accepted() {
            return kind == Kind.ACCEPTED;
        }

        @Override
        public String toString() {
            return switch (kind) {
                case ACCEPTED -> "accepted: ServerHello with " + detail;
                case ALERT -> "refused with a TLS alert: " + detail;
                case CLOSED -> "refused: the server closed the connection (" + detail + ")";
                case SILENT -> "no answer within " + detail;
                case OTHER -> "answered with something that is not a ServerHello: " + detail;
            };
        }
    }

    /** RSA and ECDSA suites with CBC and SHA-1, the ones TLS 1.0 and 1.1 servers accept, and the renegotiation SCSV. */
    private static final int[] SUITES = {0xc014, 0xc013, 0xc00a, 0xc009, 0x0035, 0x002f, 0x0039, 0x0033, 0x000a, 0x00ff};

    private LegacyTlsProbe() {
    }

    public static Outcome probe(Connection connection, Version version, String serverName, Duration timeout)
            throws WireException {
        connection.event("offering only " + version.label() + " in a ClientHello made by the audit");
        connection.write(clientHello(version, serverName), "a " + version.label() + " ClientHello");
        Deadline deadline = Deadline.after(timeout);
        Outcome o;
        try {
            byte[] header = connection.readExactly(5, "the server's first TLS record", deadline);
            int type = header[0] & 0xff;
            int length = ((header[3] & 0xff) << 8) | (header[4] & 0xff);
            if ((type == 0x16 || type == 0x15) && length > 0 && length <= 1 << 14) {
                byte[] body = connection.readExactly(Math.min(length, type == 0x15 ? 2 : 6), "the record's first bytes", deadline);
                if (type == 0x15 && body.length == 2) {
                    o = new Outcome(Outcome.Kind.ALERT, alert(body[1] & 0xff) + " (level " + (body[0] & 0xff) + ")", concat(header, body));
                } else if (type == 0x16 && body.length >= 6 && body[0] == 2) {
                    int v = ((body[4] & 0xff) << 8) | (body[5] & 0xff);
                    o = v == version.wire
                            ? new Outcome(Outcome.Kind.ACCEPTED, version.label(), concat(header, body))
                            : new Outcome(Outcome.Kind.OTHER, "a ServerHello with version 0x" + Integer.toHexString(v), concat(header, body));
                } else {
                    o = new Outcome(Outcome.Kind.OTHER, "record type " + type + " \"" + Ascii.escape(concat(header, body)) + "\"",
                            concat(header, body));
                }
            } else {
                o = new Outcome(Outcome.Kind.OTHER, "\"" + Ascii.escape(header) + "\"", header);
            }
        } catch (ConnectionClosedException e) {
            o = new Outcome(Outcome.Kind.CLOSED, e.reset() ? "reset" : "end of stream", e.received());
        } catch (ReadTimeoutException e) {
            o = new Outcome(Outcome.Kind.SILENT, timeout.toMillis() + " ms", e.received());
        }
        connection.endFrame();
        connection.event(version.label() + " " + o);
        return o;
    }

    static byte[] clientHello(Version version, String serverName) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(version.wire >> 8);
        body.write(version.wire & 0xff);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        body.writeBytes(random);
        body.write(0);
        u16(body, SUITES.length * 2);
        for (int s : SUITES) {
            u16(body, s);
        }
        body.write(1);
        body.write(0);
        ByteArrayOutputStream ext = new ByteArrayOutputStream();
        if (serverName != null && !serverName.matches("[0-9.]+") && !serverName.contains(":")) {
            byte[] name = serverName.getBytes(StandardCharsets.US_ASCII);
            u16(ext, 0x0000);
            u16(ext, name.length + 5);
            u16(ext, name.length + 3);
            ext.write(0);
            u16(ext, name.length);
            ext.writeBytes(name);
        }
        u16(ext, 0x000a); // supported_groups: x25519, secp256r1, secp384r1
        u16(ext, 8);
        u16(ext, 6);
        u16(ext, 0x001d);
        u16(ext, 0x0017);
        u16(ext, 0x0018);
        u16(ext, 0x000b); // ec_point_formats: uncompressed
        u16(ext, 2);
        ext.write(1);
        ext.write(0);
        u16(body, ext.size());
        body.writeBytes(ext.toByteArray());

        ByteArrayOutputStream handshake = new ByteArrayOutputStream();
        handshake.write(1);
        handshake.write(0);
        u16(handshake, body.size());
        handshake.writeBytes(body.toByteArray());

        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.write(0x16);
        record.write(0x03);
        record.write(0x01);
        u16(record, handshake.size());
        record.writeBytes(handshake.toByteArray());
        return record.toByteArray();
    }

    private static void u16(ByteArrayOutputStream out, int v) {
        out.write((v >> 8) & 0xff);
        out.write(v & 0xff);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static String alert(int description) {
        return switch (description) {
            case 40 -> "handshake_failure";
            case 47 -> "illegal_parameter";
            case 70 -> "protocol_version";
            case 71 -> "insufficient_security";
            case 80 -> "internal_error";
            case 112 -> "unrecognized_name";
            default -> "alert " + description;
        };
    }
}
