package org.mailspec.wire;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.mailspec.settings.Settings;
import org.mailspec.settings.SettingsException;

/**
 * What every protocol client needs to open a connection.
 *
 * @param timeout connect timeout, TLS handshake timeout, and the deadline of every read and write
 * @param tls how TLS is done when the endpoint or a STARTTLS/STLS asks for it
 * @param bind the local address to connect from (setting {@code client.bind}); empty: any
 * @param parserMode STRICT throws on the first grammar violation, LENIENT records it
 * @param name the connection's name in the transcript; empty: {@code imap#1}, {@code pop3#2}, ...
 * @param transcript where every byte of the connection is recorded; may be shared by several clients
 */
public record ClientOptions(Duration timeout, TlsOptions tls, Optional<InetAddress> bind, ParserMode parserMode,
                            Optional<String> name, Transcript transcript) {

    public ClientOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(parserMode, "parserMode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(transcript, "transcript");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    /** 10 seconds, default TLS trust, any local address, STRICT, a fresh transcript. */
    public static ClientOptions defaults() {
        return new ClientOptions(Duration.ofSeconds(10), TlsOptions.defaults(), Optional.empty(), ParserMode.STRICT,
                Optional.empty(), new Transcript());
    }

    /** {@code timeout.seconds}, {@code tls.insecure} and {@code client.bind} from the settings. */
    public static ClientOptions from(Settings settings, Transcript transcript) {
        Optional<InetAddress> bind = settings.get("client.bind").map(v -> {
            try {
                return InetAddress.getByName(v);
            } catch (UnknownHostException e) {
                throw new SettingsException("client.bind", v, "not a local address");
            }
        });
        return new ClientOptions(settings.timeout(), TlsOptions.from(settings), bind, ParserMode.STRICT,
                Optional.empty(), transcript);
    }

    public ClientOptions withTimeout(Duration value) {
        return new ClientOptions(value, tls, bind, parserMode, name, transcript);
    }

    public ClientOptions withTls(TlsOptions value) {
        return new ClientOptions(timeout, value, bind, parserMode, name, transcript);
    }

    public ClientOptions withBind(InetAddress value) {
        return new ClientOptions(timeout, tls, Optional.of(value), parserMode, name, transcript);
    }

    public ClientOptions withParserMode(ParserMode value) {
        return new ClientOptions(timeout, tls, bind, value, name, transcript);
    }

    public ClientOptions withName(String value) {
        return new ClientOptions(timeout, tls, bind, parserMode, Optional.of(value), transcript);
    }

    public ClientOptions withTranscript(Transcript value) {
        return new ClientOptions(timeout, tls, bind, parserMode, name, value);
    }
}
