package org.mailspec.wire;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The outcome of STARTTLS/STLS on a connection.
 *
 * @param bufferedPlaintext bytes the server had already sent after its OK and before the handshake:
 *                          never fed into TLS, never read as protocol; non-empty means the server (or
 *                          something in the path) can inject plaintext into the protected session
 *                          (the CVE-2011-0411 class)
 */
public record TlsUpgrade(byte[] bufferedPlaintext, String protocol, String cipherSuite,
                         List<X509Certificate> peerCertificates) {

    public TlsUpgrade {
        bufferedPlaintext = bufferedPlaintext.clone();
        peerCertificates = List.copyOf(peerCertificates);
    }

    public boolean plaintextInjected() {
        return bufferedPlaintext.length > 0;
    }

    public TlsSession session() {
        return new TlsSession(protocol, cipherSuite, peerCertificates);
    }
}
