package org.mailspec.imap.steps;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.mailspec.imap.ImapClient;
import org.mailspec.run.HarnessError;
import org.mailspec.run.SuiteContext;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;
import org.mailspec.target.ImapFacts;
import org.mailspec.target.Sessions;
import org.mailspec.target.Target;
import org.mailspec.wire.Transcript;

/**
 * What the server advertises (before TLS, after STARTTLS, and after LOGIN: servers list more once
 * a user is in), for the {@code @cap-*} skips and the ENABLE precondition. A suite run reads it
 * from what the preflight learnt once ({@link ImapFacts}), so no scenario probes again and a
 * probe failure is one preflight line. Only a context without those facts (a unit test) probes
 * here, once per run and target.
 */
public final class Advertised {

    /** What RFC 9051 Appendix E folded into the base protocol: an IMAP4rev2 server has these. */
    static final Set<String> IMPLIED_BY_REV2 = Set.of("UNSELECT", "UIDPLUS", "MOVE", "NAMESPACE", "ENABLE", "IDLE",
            "SASL-IR", "ESEARCH", "LIST-EXTENDED", "CHILDREN", "SPECIAL-USE", "STATUS=SIZE", "LITERAL-", "BINARY");

    private static final Map<String, Set<String>> PROBED = new ConcurrentHashMap<>();

    private final SuiteContext context;

    public Advertised(SuiteContext context) {
        this.context = context;
    }

    /** Every capability the server advertises, upper-cased. */
    Set<String> all() {
        return context.fact(ImapFacts.class).map(ImapFacts::advertised)
                .orElseGet(() -> PROBED.computeIfAbsent(context.runId() + "|" + context.target().name(), k -> probe()));
    }

    /** The capability is advertised, or implied by IMAP4rev2 (name upper-cased as in a {@code @cap-} tag). */
    boolean has(String capability) {
        return has(all(), capability.toUpperCase(Locale.ROOT));
    }

    static boolean has(Set<String> advertised, String capability) {
        return advertised.contains(capability) || (advertised.contains("IMAP4REV2") && IMPLIED_BY_REV2.contains(capability));
    }

    /** Without preflight facts (unit tests): the same three lists, on a connection of its own. */
    private Set<String> probe() {
        Target t = context.target();
        Set<String> all = new TreeSet<>();
        Endpoint configured = t.imap();
        try (ImapClient c = ImapClient.connect(configured.tls() == TlsMode.IMPLICIT ? configured : configured.plain(),
                Sessions.options(t, new Transcript()).withName("probe"))) {
            all.addAll(upper(c.capabilities()));
            if (configured.tls() != TlsMode.IMPLICIT && c.hasCapability("STARTTLS")) {
                if (c.startTls().upgrade().isPresent()) {
                    all.addAll(upper(c.capabilities()));
                }
            }
            Account a = Connect.account(t, 1);
            var login = c.hasCapability("LOGINDISABLED") ? c.authenticatePlain(a, c.hasCapability("SASL-IR")) : c.login(a);
            if (login.ok()) {
                all.addAll(upper(c.capabilities()));
            }
            c.logout();
        } catch (Exception e) {
            throw new HarnessError("could not read the server's capabilities: " + e.getMessage());
        }
        return Set.copyOf(all);
    }

    private static List<String> upper(List<String> caps) {
        return caps.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
    }
}
