package org.mailspec.containers;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.Settings;
import org.mailspec.settings.TlsMode;
import org.mailspec.target.MessageDelivery;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * GreenMail in this JVM: IMAP, IMAPS, POP3, POP3S and SMTP on free 127.0.0.1 ports, with the two
 * test accounts. Needs nothing installed. GreenMail has no STARTTLS/STLS, so the plain endpoints
 * are {@link TlsMode#NONE}; IMAPS and POP3S use GreenMail's built-in self-signed certificate.
 */
public final class EmbeddedGreenMail implements LoopbackTarget {

    public static final String NAME = "embedded";
    /** The domain of the accounts' addresses ({@code mailspec1@localhost}) for SMTP delivery. */
    public static final String DOMAIN = "localhost";

    private final GreenMail greenMail;
    private final String resolvedBecause;
    private final Duration timeout;
    private final List<Account> accounts;
    private final Duration startupTime;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedGreenMail(GreenMail greenMail, String resolvedBecause, Duration timeout, List<Account> accounts,
            Duration startupTime) {
        this.greenMail = greenMail;
        this.resolvedBecause = resolvedBecause;
        this.timeout = timeout;
        this.accounts = accounts;
        this.startupTime = startupTime;
    }

    public static EmbeddedGreenMail start(Settings settings, String resolvedBecause) {
        return start(resolvedBecause, settings.timeout());
    }

    public static EmbeddedGreenMail start(String resolvedBecause, Duration timeout) {
        long t0 = System.nanoTime();
        ServerSetup[] setups = {
            setup(ServerSetup.PROTOCOL_IMAP), setup(ServerSetup.PROTOCOL_IMAPS),
            setup(ServerSetup.PROTOCOL_POP3), setup(ServerSetup.PROTOCOL_POP3S),
            setup(ServerSetup.PROTOCOL_SMTP),
        };
        GreenMail greenMail = new GreenMail(setups);
        List<Account> accounts = TestAccounts.all();
        try {
            greenMail.start();
            for (Account a : accounts) {
                greenMail.setUser(a.user() + "@" + DOMAIN, a.user(), a.password());
            }
        } catch (RuntimeException e) {
            greenMail.stop();
            throw new TargetStartException("embedded: GreenMail did not start: " + e.getMessage(), e);
        }
        return new EmbeddedGreenMail(greenMail, resolvedBecause, timeout, accounts,
                Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Port 0: the system picks a free port when GreenMail binds, so two runs never collide. */
    private static ServerSetup setup(String protocol) {
        ServerSetup s = new ServerSetup(0, "127.0.0.1", protocol);
        s.setServerStartupTimeout(10_000);
        return s;
    }

    /** GreenMail itself, for scenarios that need its API. */
    public GreenMail greenMail() {
        return greenMail;
    }

    public Duration startupTime() {
        return startupTime;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String resolvedBecause() {
        return resolvedBecause;
    }

    @Override
    public Ports ports() {
        return new Ports(greenMail.getImap().getPort(), greenMail.getImaps().getPort(), greenMail.getPop3().getPort(),
                greenMail.getPop3s().getPort());
    }

    @Override
    public TlsMode plainTls() {
        return TlsMode.NONE;
    }

    @Override
    public Optional<Endpoint> smtp() {
        return Optional.of(new Endpoint("127.0.0.1", greenMail.getSmtp().getPort(), TlsMode.NONE));
    }

    @Override
    public List<Account> accounts() {
        return accounts;
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public Set<String> traits() {
        return Set.of("greenmail");
    }

    /**
     * Puts the message into the account's INBOX through GreenMail's API. GreenMail keeps it as a
     * parsed {@code MimeMessage}, so a FETCH may return it re-serialised, not byte for byte.
     */
    @Override
    public Optional<String> mailDomain() {
        return Optional.of(DOMAIN);
    }

    /** GreenMail keeps no per-address state: no connection limit, no delay after failed logins. */
    @Override
    public boolean isolatesClients() {
        return true;
    }

    @Override
    public Optional<MessageDelivery> nativeDelivery() {
        return Optional.of((account, rfc822) -> {
            GreenMailUser user = greenMail.getUserManager().getUser(account.user());
            if (user == null) {
                throw new IllegalArgumentException("embedded: no account " + account.user() + " in GreenMail");
            }
            Session session = Session.getInstance(new Properties());
            user.deliver(new MimeMessage(session, new ByteArrayInputStream(rfc822)));
        });
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            greenMail.stop();
        }
    }

    @Override
    public String toString() {
        return NAME + " GreenMail imap " + imap() + ", pop3 " + pop3() + ", smtp " + smtp().orElseThrow();
    }
}
