package org.mailspec.wire;

import java.security.cert.X509Certificate;
import java.util.List;

/** What a finished TLS handshake negotiated, and the chain the server presented (leaf first). */
public record TlsSession(String protocol, String cipherSuite, List<X509Certificate> peerCertificates) {
    public TlsSession {
        peerCertificates = List.copyOf(peerCertificates);
    }
}
