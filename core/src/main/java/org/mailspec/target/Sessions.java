package org.mailspec.target;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import org.mailspec.imap.CommandResult;
import org.mailspec.imap.ImapClient;
import org.mailspec.imap.StartTlsResult;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.pop3.StlsResult;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.SettingsException;
import org.mailspec.settings.TlsMode;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.ParserMode;
import org.mailspec.wire.TlsOptions;
import org.mailspec.wire.Transcript;
import org.mailspec.wire.WireException;

/**
 * Opens connections to a target the way its settings say: the timeout, certificate trust and
 * local bind address of the target, and STARTTLS/STLS before credentials when the endpoint's TLS
 * mode is {@code starttls}. Used by preflight, fixtures and the suites' worlds alike.
 */
public final class Sessions {
    private Sessions() {
    }

    /** Client options for this target, recording into {@code transcript}. */
    public static ClientOptions options(Target target, Transcript transcript) {
        ClientOptions o = new ClientOptions(target.timeout(), TlsOptions.defaults().withInsecure(target.tlsInsecure()),
                Optional.empty(), ParserMode.STRICT, Optional.empty(), transcript);
        Optional<String> bind = target.clientBind();
        if (bind.isPresent()) {
            try {
                o = o.withBind(InetAddress.getByName(bind.get()));
            } catch (UnknownHostException e) {
                throw new SettingsException("client.bind", bind.get(), "not a local address");
            }
        }
        return o;
    }

    /** Connected and greeted; on a {@code starttls} endpoint, TLS is NOT started yet. */
    public static ImapClient imap(Target target, ClientOptions options) throws WireException {
        return ImapClient.connect(target.imap(), options);
    }

    /**
     * Connected, TLS started when the endpoint says {@code starttls}, and logged in.
     *
     * @throws SessionException when STARTTLS or LOGIN is not answered OK
     */
    public static ImapClient imapLoggedIn(Target target, Account account, ClientOptions options) throws WireException {
        ImapClient c = imap(target, options);
        try {
            secureImap(c, target.imap());
            CommandResult login = c.login(account);
            if (!login.ok()) {
                throw new SessionException("imap LOGIN " + account.user() + " was answered "
                        + login.status() + " " + login.text() + " (check accounts=" + account.user() + ":...)");
            }
            return c;
        } catch (WireException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** STARTTLS on a {@code starttls} endpoint; nothing otherwise. */
    public static void secureImap(ImapClient c, Endpoint endpoint) throws WireException {
        if (endpoint.tls() == TlsMode.STARTTLS) {
            StartTlsResult r = c.startTls();
            if (!r.result().ok()) {
                throw new SessionException("imap STARTTLS was answered " + r.result().status() + " "
                        + r.result().text() + " (set imap.tls=none if the server has no TLS)");
            }
        }
    }

    public static Pop3Client pop3(Target target, ClientOptions options) throws WireException {
        return Pop3Client.connect(target.pop3(), options);
    }

    /** Connected, STLS when the endpoint says {@code starttls}, and USER/PASS accepted. */
    public static Pop3Client pop3LoggedIn(Target target, Account account, ClientOptions options) throws WireException {
        Pop3Client c = pop3(target, options);
        try {
            securePop3(c, target.pop3());
            Pop3Reply r = c.login(account);
            if (!r.ok()) {
                throw new SessionException("pop3 USER/PASS " + account.user() + " was answered -ERR " + r.text()
                        + " (check accounts=" + account.user() + ":...)");
            }
            return c;
        } catch (WireException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    public static void securePop3(Pop3Client c, Endpoint endpoint) throws WireException {
        if (endpoint.tls() == TlsMode.STARTTLS) {
            StlsResult r = c.stls();
            if (!r.reply().ok()) {
                throw new SessionException("pop3 STLS was answered -ERR " + r.reply().text()
                        + " (set pop3.tls=none if the server has no TLS)");
            }
        }
    }

    /** A session could not be set up as the settings describe (not a verdict on any rule). */
    public static class SessionException extends RuntimeException {
        public SessionException(String message) {
            super(message);
        }
    }
}
