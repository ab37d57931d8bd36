package org.mailspec.pop3.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.mailspec.pop3.Pop3Capabilities;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.QuitResult;
import org.mailspec.pop3.StlsResult;
import org.mailspec.settings.TlsMode;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ParserMode;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.Transcript;
import org.mailspec.wire.WireException;

/**
 * What CAPA announces (RFC 2449 section 5; CAPA itself is optional, so "not implemented" is an
 * answer too), read once per run and target on a connection of its own that is in no scenario's
 * transcript: for the {@code @cap-...} tags, the way {@link Sessions#authenticate} logs in, and
 * {@code the server implements CAPA}. Nothing the server says on it is dropped: what a reply should
 * not have held is kept as {@link ServerCapabilities#findings()}.
 */
public final class CapabilityProbe {

    private static final Map<String, ServerCapabilities> PROBED = new ConcurrentHashMap<>();

    private final Pop3Setup setup;

    public CapabilityProbe(Pop3Setup setup) {
        this.setup = setup;
    }

    public ServerCapabilities capabilities() {
        return PROBED.computeIfAbsent(key(), k -> probe(setup));
    }

    /** What was probed for this target, without probing when nothing was yet. */
    public Optional<ServerCapabilities> probed() {
        return Optional.ofNullable(PROBED.get(key()));
    }

    /** For tests: forget what was probed for this setup's target. */
    void forget() {
        PROBED.remove(key());
    }

    private String key() {
        return setup.target() + " " + setup.pop3();
    }

    private static ServerCapabilities probe(Pop3Setup s) {
        var options = s.options().withTranscript(new Transcript()).withParserMode(ParserMode.LENIENT);
        Optional<Pop3Capabilities> connected;
        Optional<Pop3Capabilities> plain = Optional.empty();
        List<String> findings = new ArrayList<>();
        try (Pop3Client p = Pop3Client.connect(s.pop3(), options)) {
            unsolicited(p, "the greeting", findings);
            if (s.pop3().tls() == TlsMode.STARTTLS) {
                plain = announced(p, p.capa(), findings);
                StlsResult stls = p.stls();
                if (!stls.reply().ok()) {
                    throw new IllegalStateException("the target is configured for STLS, but STLS was refused: \""
                            + Ascii.escape(stls.reply().raw()) + "\"");
                }
                stls.upgrade().filter(u -> u.plaintextInjected()).ifPresent(u -> findings.add("after the +OK to STLS "
                        + "and before the TLS handshake: \"" + Ascii.escape(u.bufferedPlaintext()) + "\""));
            }
            connected = announced(p, p.capa(), findings);
            if (s.pop3().tls() == TlsMode.NONE) {
                plain = connected;
            }
            QuitResult quit = p.quit();
            if (quit.close().received().length > 0) {
                findings.add("after the reply to QUIT: \"" + Ascii.escape(quit.close().received()) + "\"");
            }
            p.deviations().forEach(d -> findings.add("a reply breaks the POP3 grammar: " + d));
        } catch (WireException e) {
            throw new IllegalStateException("reading the server's capabilities failed: " + e.getMessage(), e);
        }
        return new ServerCapabilities(connected, plain, findings);
    }

    /** The capabilities of a complete +OK to CAPA; -ERR means CAPA is not implemented. */
    private static Optional<Pop3Capabilities> announced(Pop3Client p, Pop3Capabilities caps, List<String> findings)
            throws WireException {
        unsolicited(p, "the reply to CAPA", findings);
        if (caps.reply().first().ok() && !caps.reply().terminated()) {
            throw new IllegalStateException("reading the server's capabilities failed: CAPA was answered +OK but the "
                    + "list never ended: \"" + Ascii.escape(caps.reply().raw()) + "\"");
        }
        return caps.reply().first().ok() ? Optional.of(caps) : Optional.empty();
    }

    /** Lines already received after a reply answer no command. */
    private static void unsolicited(Pop3Client p, String after, List<String> findings) throws WireException {
        while (p.connection().hasBufferedInput()) {
            try {
                findings.add("after " + after + ", a line that answers no command: \""
                        + Ascii.escape(p.readLine(p.connection().timeout())) + "\"");
            } catch (ReadTimeoutException e) {
                findings.add("after " + after + ", bytes that never end in CRLF: \"" + Ascii.escape(e.received()) + "\"");
                throw e;
            }
        }
    }
}
