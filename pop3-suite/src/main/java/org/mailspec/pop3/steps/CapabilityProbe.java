package org.mailspec.pop3.steps;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.mailspec.pop3.Pop3Capabilities;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.settings.TlsMode;
import org.mailspec.wire.ParserMode;
import org.mailspec.wire.Transcript;
import org.mailspec.wire.WireException;

/**
 * What CAPA announces (RFC 2449 section 5; CAPA itself is optional, so "not implemented" is an
 * answer too), read once per run and target on a connection of its own that is in no scenario's
 * transcript: for the {@code @cap-...} tags, the way {@link Sessions#authenticate} logs in, and
 * {@code the server implements CAPA}.
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
        try (Pop3Client p = Pop3Client.connect(s.pop3(), options)) {
            if (s.pop3().tls() == TlsMode.STARTTLS) {
                plain = announced(p.capa());
                if (!p.stls().reply().ok()) {
                    throw new IllegalStateException("the target is configured for STLS, but STLS was refused");
                }
            }
            connected = announced(p.capa());
            if (s.pop3().tls() == TlsMode.NONE) {
                plain = connected;
            }
            p.quit();
        } catch (WireException e) {
            throw new IllegalStateException("reading the server's capabilities failed: " + e.getMessage(), e);
        }
        return new ServerCapabilities(connected, plain);
    }

    private static Optional<Pop3Capabilities> announced(Pop3Capabilities caps) {
        return caps.reply().first().ok() ? Optional.of(caps) : Optional.empty();
    }
}
