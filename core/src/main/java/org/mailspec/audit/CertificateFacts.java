package org.mailspec.audit;

import java.net.IDN;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * What a server's certificate chain says, for the report: subject, issuer, names, validity, and
 * whether it is self-signed; and the three checks a client makes (RFC 2595 2.4, RFC 6125): the
 * name, the validity period, the chain to a trusted root.
 *
 * @param chain the chain as presented, leaf first
 */
public record CertificateFacts(List<X509Certificate> chain) {

    public CertificateFacts {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("no certificate");
        }
    }

    public X509Certificate leaf() {
        return chain.get(0);
    }

    public String subject() {
        return leaf().getSubjectX500Principal().getName();
    }

    public String issuer() {
        return leaf().getIssuerX500Principal().getName();
    }

    public Instant notBefore() {
        return leaf().getNotBefore().toInstant();
    }

    public Instant notAfter() {
        return leaf().getNotAfter().toInstant();
    }

    /** Issued by itself and signed with its own key. */
    public boolean selfSigned() {
        if (!leaf().getSubjectX500Principal().equals(leaf().getIssuerX500Principal())) {
            return false;
        }
        try {
            leaf().verify(leaf().getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** DNS names of the subjectAltName extension. */
    public List<String> dnsNames() {
        return altNames(2);
    }

    /** IP addresses of the subjectAltName extension. */
    public List<String> ipAddresses() {
        return altNames(7);
    }

    private List<String> altNames(int type) {
        List<String> out = new ArrayList<>();
        try {
            Collection<List<?>> all = leaf().getSubjectAlternativeNames();
            if (all != null) {
                for (List<?> entry : all) {
                    if (entry.size() >= 2 && Integer.valueOf(type).equals(entry.get(0))) {
                        out.add(String.valueOf(entry.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // no names
        }
        return out;
    }

    /** The subject's CN, when there is one. */
    public Optional<String> commonName() {
        try {
            for (Rdn rdn : new LdapName(subject()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return Optional.of(String.valueOf(rdn.getValue()));
                }
            }
        } catch (InvalidNameException e) {
            // no CN
        }
        return Optional.empty();
    }

    /**
     * RFC 6125: an IP address must be among the IP subjectAltNames; a host name must match a DNS
     * subjectAltName (a wildcard covers one left-most label), or the CN when there are none.
     */
    public boolean names(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.matches("[0-9.]+") || h.contains(":")) {
            String wanted = h;
            return ipAddresses().stream().anyMatch(ip -> sameIp(ip, wanted));
        }
        List<String> dns = dnsNames();
        if (dns.isEmpty()) {
            return commonName().map(cn -> matches(cn, host)).orElse(false);
        }
        return dns.stream().anyMatch(d -> matches(d, host));
    }

    private static boolean sameIp(String a, String b) {
        try {
            return java.net.InetAddress.getByName(a).equals(java.net.InetAddress.getByName(b));
        } catch (java.net.UnknownHostException e) {
            return a.equalsIgnoreCase(b);
        }
    }

    private static boolean matches(String pattern, String host) {
        String p = IDN.toASCII(pattern).toLowerCase(Locale.ROOT);
        String h = IDN.toASCII(host).toLowerCase(Locale.ROOT);
        if (p.startsWith("*.")) {
            int dot = h.indexOf('.');
            return dot > 0 && h.substring(dot).equals(p.substring(1));
        }
        return p.equals(h);
    }

    public boolean validAt(Instant now) {
        return !now.isBefore(notBefore()) && !now.isAfter(notAfter());
    }

    /**
     * Whether the chain leads to a root of {@code trustStore}, or of the JVM's default roots when
     * empty; the reason when it does not.
     */
    public Optional<String> untrustedBecause(Optional<KeyStore> trustStore) {
        try {
            TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            f.init(trustStore.orElse(null));
            for (TrustManager tm : f.getTrustManagers()) {
                if (tm instanceof X509TrustManager x) {
                    String keyType = leaf().getPublicKey().getAlgorithm();
                    String authType = keyType.equals("EC") ? "ECDHE_ECDSA" : keyType.equals("RSA") ? "ECDHE_RSA" : keyType;
                    x.checkServerTrusted(chain.toArray(X509Certificate[]::new), authType);
                    return Optional.empty();
                }
            }
            return Optional.of("no X.509 trust manager in this JVM");
        } catch (GeneralSecurityException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return Optional.of(String.valueOf(root.getMessage()));
        }
    }

    /** One line for the transcript. */
    public String describe() {
        return "certificate " + subject() + ", issuer " + issuer() + (selfSigned() ? " (self-signed)" : "")
                + ", valid " + notBefore() + " to " + notAfter() + ", names DNS" + dnsNames() + " IP" + ipAddresses();
    }
}
