package org.mailspec.run;

import java.util.List;

import org.mailspec.imap.ImapClient;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.Pop3Capabilities;
import org.mailspec.report.EndpointInfo;
import org.mailspec.report.LayoutInfo;
import org.mailspec.target.ImapFacts;
import org.mailspec.target.ImapLayout;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.Settings;
import org.mailspec.target.Sessions;
import org.mailspec.target.Target;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ConnectFailedException;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.TlsHandshakeException;
import org.mailspec.wire.Transcript;
import org.mailspec.wire.WireException;

/**
 * The checks before any scenario: connect, read the greeting, log in with each account, and for
 * IMAP learn the server's capabilities and layout once ({@link ImapProbe}). Each failure becomes
 * one line that names the setting to fix.
 */
public final class Preflights {
    private Preflights() {
    }

    /** Greeting, login with each account, then the server's facts ({@link ImapProbe}). */
    public static PreflightResult imap(Target target, Settings settings, String runId) {
        EndpointInfo endpoint = imapEndpoint(target);
        ImapFacts facts = ImapProbe.probe(target, settings, runId);
        ImapLayout l = facts.layout();
        return PreflightResult.of(endpoint.withLayout(new LayoutInfo(l.personalPrefix(), l.delimiter().orElse(null),
                l.source().name())), facts);
    }

    public static PreflightResult pop3(Target target, Settings settings, String runId) {
        return PreflightResult.of(pop3Endpoint(target));
    }

    static EndpointInfo imapEndpoint(Target target) {
        Endpoint e = target.imap();
        String greeting;
        List<String> capabilities;
        try (ImapClient c = Sessions.imap(target, Sessions.options(target, new Transcript()))) {
            greeting = line(c.greeting().raw());
            Sessions.secureImap(c, e);
            capabilities = c.capabilities();
        } catch (WireException | RuntimeException ex) {
            throw new PreflightException(explain("imap", e, ex), ex);
        }
        login(target, e, "imap");
        return new EndpointInfo(e.host(), e.port(), e.tls().settingValue(), greeting, capabilities);
    }

    static EndpointInfo pop3Endpoint(Target target) {
        Endpoint e = target.pop3();
        String greeting;
        List<String> capabilities;
        try (Pop3Client c = Sessions.pop3(target, Sessions.options(target, new Transcript()))) {
            greeting = line(c.greeting().raw());
            Sessions.securePop3(c, e);
            capabilities = capabilities(c);
        } catch (WireException | RuntimeException ex) {
            throw new PreflightException(explain("pop3", e, ex), ex);
        }
        login(target, e, "pop3");
        return new EndpointInfo(e.host(), e.port(), e.tls().settingValue(), greeting, capabilities);
    }

    /** CAPA is optional (RFC 2449): a server that answers it -ERR still gets judged. */
    private static List<String> capabilities(Pop3Client c) throws WireException {
        try {
            return names(c.capa());
        } catch (RuntimeException ex) {
            return List.of();
        }
    }

    private static List<String> names(Pop3Capabilities capa) {
        return capa.capabilities().stream().map(c -> c.arguments().isEmpty() ? c.name()
                : c.name() + " " + String.join(" ", c.arguments())).toList();
    }

    private static void login(Target target, Endpoint e, String protocol) {
        if (target.accounts().isEmpty()) {
            throw new PreflightException("no test account: set accounts=user:password[,user2:password2]");
        }
        for (Account a : target.accounts()) {
            try {
                if (protocol.equals("imap")) {
                    Sessions.imapLoggedIn(target, a, Sessions.options(target, new Transcript())).close();
                } else {
                    Sessions.pop3LoggedIn(target, a, Sessions.options(target, new Transcript())).close();
                }
            } catch (Sessions.SessionException ex) {
                throw new PreflightException(ex.getMessage());
            } catch (WireException | RuntimeException ex) {
                throw new PreflightException(explain(protocol, e, ex), ex);
            }
        }
    }

    static String explain(String protocol, Endpoint e, Exception ex) {
        String where = protocol + " " + e.host() + ":" + e.port() + " (" + e.tls().settingValue() + ")";
        String first = ex.getMessage() == null ? ex.toString() : ex.getMessage().lines().findFirst().orElse("");
        if (ex instanceof ConnectFailedException) {
            return where + ": cannot connect: " + first + " (check " + protocol + ".host and " + protocol + ".port)";
        }
        if (ex instanceof TlsHandshakeException) {
            return where + ": TLS handshake failed: " + first + " (check " + protocol + ".tls, or set tls.insecure=true for a self-signed certificate)";
        }
        if (ex instanceof ReadTimeoutException) {
            return where + ": no greeting or reply within the timeout: " + first
                    + " (is this an " + protocol.toUpperCase() + " port? check " + protocol + ".port, " + protocol
                    + ".tls, timeout.seconds)";
        }
        if (ex instanceof Sessions.SessionException) {
            return where + ": " + first;
        }
        return where + ": " + ex.getClass().getSimpleName() + ": " + first;
    }

    private static String line(byte[] raw) {
        String s = Ascii.escape(raw);
        return s.endsWith("\\r\\n") ? s.substring(0, s.length() - 4) : s;
    }
}
