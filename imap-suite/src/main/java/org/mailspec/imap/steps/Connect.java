package org.mailspec.imap.steps;

import java.util.List;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.ImapClient;
import org.mailspec.imap.ImapFrameParser;
import org.mailspec.imap.StartTlsResult;
import org.mailspec.run.HarnessError;
import org.mailspec.run.Skip;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;
import org.mailspec.target.Target;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.WireException;

/**
 * Opening and logging in, as the steps' preconditions need it for the named clients and the
 * setup session alike: anything but OK is an ERROR (the harness could not set the scene), never a
 * verdict on the server.
 */
final class Connect {

    private Connect() {
    }

    /** The target's account {@code which} (1 or 2); SKIP when it has fewer. */
    static Account account(Target target, int which) {
        List<Account> accounts = target.accounts();
        if (accounts.size() < which) {
            throw Skip.because("the target has " + accounts.size() + " account(s); this scenario needs " + which);
        }
        return accounts.get(which - 1);
    }

    /** Connects and reads the greeting; with {@code parser} the responses are parsed by it, else strictly. */
    static ImapClient open(Endpoint endpoint, ClientOptions options, ImapFrameParser parser) throws WireException {
        return parser == null ? ImapClient.connect(endpoint, options) : ImapClient.connect(endpoint, options, parser);
    }

    /** STARTTLS on an endpoint configured for it, answered OK and upgraded, or an ERROR. */
    static void secure(ImapClient client, Endpoint endpoint) throws WireException {
        if (endpoint.tls() != TlsMode.STARTTLS) {
            return;
        }
        StartTlsResult r = client.startTls();
        if (!r.result().ok() || r.upgrade().isEmpty()) {
            throw new HarnessError("precondition: STARTTLS on " + endpoint + " was answered "
                    + Ascii.escape(r.result().tagged().raw()));
        }
    }

    /** LOGIN, or AUTHENTICATE PLAIN where the server advertises LOGINDISABLED; anything but OK is an ERROR. */
    static void login(ImapClient client, Account account) throws WireException {
        CommandResult r = client.hasCapability("LOGINDISABLED")
                ? client.authenticatePlain(account, client.hasCapability("SASL-IR"))
                : client.login(account);
        if (!r.ok()) {
            throw new HarnessError("precondition: logging in as " + account.user() + " was answered "
                    + Ascii.escape(r.tagged().raw()));
        }
    }
}
