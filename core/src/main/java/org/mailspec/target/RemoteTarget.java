package org.mailspec.target;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.Settings;
import org.mailspec.settings.SettingsException;
import org.mailspec.settings.TlsMode;

/**
 * Any server the harness did not start, described by the settings ({@code -Dtarget=remote}).
 *
 * <p>Settings and defaults (each also an env var, e.g. {@code IMAP_HOST}):
 * <ul>
 * <li>{@code imap.host}: required.</li>
 * <li>{@code imap.tls}: {@code none}, {@code starttls} or {@code implicit}; default {@code implicit}
 *     when {@code imap.port} is 993, else {@code starttls} (RFC 8314 wants TLS, and a server
 *     on 143 that cannot STARTTLS should be reported, not silently tested in plaintext).</li>
 * <li>{@code imap.port}: default 993 for {@code implicit}, else 143.</li>
 * <li>{@code imaps.port}: the implicit-TLS IMAP port for the TLS scenarios; default: the
 *     {@code imap} endpoint itself when that is implicit, else none (scenarios needing it
 *     skip). No port is assumed open that the user did not name.</li>
 * <li>{@code pop3.host} (default {@code imap.host}), {@code pop3.tls}, {@code pop3.port},
 *     {@code pop3s.port}: as for IMAP, with 110 and 995.</li>
 * <li>{@code smtp.host} (default {@code imap.host}), {@code smtp.port} (default 25): fixture
 *     delivery, only when one of the two is set; plain SMTP.</li>
 * <li>{@code accounts}: required, {@code user:password[,user2:password2]}.</li>
 * <li>{@code tls.insecure}: accept unverifiable certificates; default false.</li>
 * <li>{@code timeout.seconds}: default 10.</li>
 * <li>{@code server.log}: a log file of the server the harness can read, optional; must exist.</li>
 * <li>{@code client.bind}: a local address to connect from, optional.</li>
 * </ul>
 * Anything missing or wrong throws {@link SettingsException} naming the setting.
 */
public final class RemoteTarget implements Target {

    private final String resolvedBecause;
    private final Endpoint imap;
    private final Optional<Endpoint> imaps;
    private final Endpoint pop3;
    private final Optional<Endpoint> pop3s;
    private final Optional<Endpoint> smtp;
    private final List<Account> accounts;
    private final boolean tlsInsecure;
    private final Duration timeout;
    private final Optional<Path> serverLog;
    private final Optional<String> clientBind;

    private RemoteTarget(String resolvedBecause, Endpoint imap, Optional<Endpoint> imaps, Endpoint pop3,
            Optional<Endpoint> pop3s, Optional<Endpoint> smtp, List<Account> accounts, boolean tlsInsecure,
            Duration timeout, Optional<Path> serverLog, Optional<String> clientBind) {
        this.resolvedBecause = Objects.requireNonNull(resolvedBecause, "resolvedBecause");
        this.imap = imap;
        this.imaps = imaps;
        this.pop3 = pop3;
        this.pop3s = pop3s;
        this.smtp = smtp;
        this.accounts = List.copyOf(accounts);
        this.tlsInsecure = tlsInsecure;
        this.timeout = timeout;
        this.serverLog = serverLog;
        this.clientBind = clientBind;
    }

    /** Reads every remote setting; {@code resolvedBecause} is the line the run prints first. */
    public static RemoteTarget from(Settings settings, String resolvedBecause) {
        String imapHost = settings.require("imap.host", "for target=remote: the server's host name or address");
        Endpoint imap = endpoint(settings, "imap", imapHost, 143, 993);
        Optional<Endpoint> imaps = implicitEndpoint(settings, "imaps.port", imap);

        String pop3Host = settings.get("pop3.host").orElse(imapHost);
        Endpoint pop3 = endpoint(settings, "pop3", pop3Host, 110, 995);
        Optional<Endpoint> pop3s = implicitEndpoint(settings, "pop3s.port", pop3);

        Optional<Endpoint> smtp = Optional.empty();
        if (settings.get("smtp.host").isPresent() || settings.get("smtp.port").isPresent()) {
            smtp = Optional.of(new Endpoint(settings.get("smtp.host").orElse(imapHost),
                    settings.port("smtp.port").orElse(25), TlsMode.NONE));
        }

        List<Account> accounts = settings.accounts();
        if (accounts.isEmpty()) {
            throw new SettingsException("accounts", null,
                    "required for target=remote: user:password[,user2:password2] (two for multi-user scenarios)");
        }

        return new RemoteTarget(resolvedBecause, imap, imaps, pop3, pop3s, smtp, accounts,
                settings.flag("tls.insecure"), settings.timeout(), serverLog(settings),
                settings.get("client.bind"));
    }

    private static Endpoint endpoint(Settings settings, String protocol, String host, int plainPort, int tlsPort) {
        Optional<Integer> port = settings.port(protocol + ".port");
        TlsMode tls = settings.tls(protocol + ".tls")
                .orElse(port.isPresent() && port.get() == tlsPort ? TlsMode.IMPLICIT : TlsMode.STARTTLS);
        return new Endpoint(host, port.orElse(tls == TlsMode.IMPLICIT ? tlsPort : plainPort), tls);
    }

    private static Optional<Endpoint> implicitEndpoint(Settings settings, String key, Endpoint main) {
        Optional<Integer> port = settings.port(key);
        if (port.isPresent()) {
            return Optional.of(new Endpoint(main.host(), port.get(), TlsMode.IMPLICIT));
        }
        return main.tls() == TlsMode.IMPLICIT ? Optional.of(main) : Optional.empty();
    }

    private static Optional<Path> serverLog(Settings settings) {
        Optional<String> raw = settings.get("server.log");
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Path path;
        try {
            path = Path.of(raw.get());
        } catch (InvalidPathException e) {
            throw new SettingsException("server.log", raw.get(), "not a file path: " + e.getReason());
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new SettingsException("server.log", raw.get(), "expected a readable file (the server's log)");
        }
        return Optional.of(path);
    }

    @Override
    public String name() {
        return "remote";
    }

    @Override
    public String resolvedBecause() {
        return resolvedBecause;
    }

    @Override
    public Endpoint imap() {
        return imap;
    }

    @Override
    public Optional<Endpoint> imaps() {
        return imaps;
    }

    @Override
    public Endpoint pop3() {
        return pop3;
    }

    @Override
    public Optional<Endpoint> pop3s() {
        return pop3s;
    }

    @Override
    public Optional<Endpoint> smtp() {
        return smtp;
    }

    @Override
    public List<Account> accounts() {
        return accounts;
    }

    @Override
    public boolean tlsInsecure() {
        return tlsInsecure;
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public Optional<Path> serverLog() {
        return serverLog;
    }

    @Override
    public Optional<String> clientBind() {
        return clientBind;
    }

    @Override
    public String toString() {
        return "remote imap " + imap + ", pop3 " + pop3 + ", accounts " + accounts;
    }
}
