package org.mailspec.wire;

import java.security.KeyStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mailspec.settings.Settings;

/**
 * How the client does TLS.
 *
 * @param insecure accept any certificate and any host name (setting {@code tls.insecure})
 * @param serverName the host name sent as SNI and checked against the certificate; empty: the endpoint's host
 * @param protocols the only protocols offered, e.g. {@code ["TLSv1.1"]} for a test that the server refuses
 *                  them; empty: the JVM's defaults
 * @param trustStore trust exactly these certificates instead of the JVM's default roots
 */
public record TlsOptions(boolean insecure, Optional<String> serverName, List<String> protocols,
                         Optional<KeyStore> trustStore) {

    public TlsOptions {
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(trustStore, "trustStore");
        protocols = List.copyOf(protocols);
    }

    /** The JVM's trust roots, host name checked, default protocols. */
    public static TlsOptions defaults() {
        return new TlsOptions(false, Optional.empty(), List.of(), Optional.empty());
    }

    /** Accept self-signed certificates and any host name. */
    public static TlsOptions insecureTrust() {
        return defaults().withInsecure(true);
    }

    /** {@code tls.insecure} from the settings. */
    public static TlsOptions from(Settings settings) {
        return defaults().withInsecure(settings.flag("tls.insecure"));
    }

    public TlsOptions withInsecure(boolean value) {
        return new TlsOptions(value, serverName, protocols, trustStore);
    }

    public TlsOptions withServerName(String name) {
        return new TlsOptions(insecure, Optional.of(name), protocols, trustStore);
    }

    public TlsOptions withProtocols(String... names) {
        return new TlsOptions(insecure, serverName, List.of(names), trustStore);
    }

    public TlsOptions trusting(KeyStore store) {
        return new TlsOptions(insecure, serverName, protocols, Optional.of(store));
    }
}
