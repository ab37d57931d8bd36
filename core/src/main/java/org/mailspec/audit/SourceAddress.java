package org.mailspec.audit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.Optional;

import org.mailspec.settings.Endpoint;

/**
 * Which local address the audit connects from. A server such as Dovecot counts a client whose
 * address equals its own as secured (plaintext login allowed, no LOGINDISABLED), so a finding about
 * cleartext credentials is only a finding when the connection comes from another address.
 *
 * <p>Loopback only: for a server on 127.0.0.1 the audit may use other 127/8 addresses (127.0.0.2 to
 * judge as a remote client, and one address per failed-login probe so that the server's per-address
 * delay after failures does not slow the other scenarios); for any other server it uses the
 * configured {@code client.bind} or none.
 */
public final class SourceAddress {
    /** The address that stands for "a remote client" when the server is on IPv4 loopback. */
    public static final String UNTRUSTED_LOOPBACK = "127.0.0.2";
    private static final int PROBE_FIRST = 20;
    private static final int PROBE_COUNT = 200;
    private static int nextProbe;

    private SourceAddress() {
    }

    /**
     * The address to connect from to be judged as an untrusted client: {@code configured} (the
     * target's client.bind) when set; else 127.0.0.2 when the server is on IPv4 loopback and that
     * address can be bound; else empty (the system chooses, which on loopback is the server's own).
     */
    public static Optional<InetAddress> untrusted(Endpoint endpoint, Optional<String> configured) {
        if (configured.isPresent()) {
            return Optional.of(parse(configured.get()));
        }
        if (isIpv4Loopback(endpoint.host())) {
            InetAddress a = parse(UNTRUSTED_LOOPBACK);
            if (canBind(a)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * A fresh loopback address (127.0.0.20 to 127.0.0.219, in turn) for one failed-login probe when
     * the server is on IPv4 loopback, so that its per-address failure delay starts from zero; else
     * what {@link #untrusted} gives.
     */
    public static synchronized Optional<InetAddress> forFailureProbe(Endpoint endpoint, Optional<String> configured) {
        if (isIpv4Loopback(endpoint.host()) && (configured.isEmpty() || isIpv4Loopback(configured.get()))) {
            for (int i = 0; i < PROBE_COUNT; i++) {
                InetAddress a = parse("127.0.0." + (PROBE_FIRST + nextProbe));
                nextProbe = (nextProbe + 1) % PROBE_COUNT;
                if (canBind(a)) {
                    return Optional.of(a);
                }
            }
        }
        return untrusted(endpoint, configured);
    }

    /** True when the connection's two ends have the same address: the server sees itself. */
    public static boolean seenAsServerItself(InetSocketAddress local, InetSocketAddress remote) {
        return local.getAddress() != null && local.getAddress().equals(remote.getAddress());
    }

    public static boolean isIpv4Loopback(String host) {
        return host.equals("localhost") || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static boolean canBind(InetAddress a) {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(a, 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static InetAddress parse(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + address, e);
        }
    }
}
