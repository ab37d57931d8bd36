package org.mailspec.imap.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.mailspec.imap.ImapClient;
import org.mailspec.run.Skip;
import org.mailspec.run.VerdictPlugin;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;
import org.mailspec.target.Target;
import org.mailspec.wire.Transcript;

/** {@code @cap-*} and {@code @destructive} skips before, clean-up and the transcript after. */
public final class Hooks {

    /** What RFC 9051 Appendix E folded into the base protocol: an IMAP4rev2 server has these. */
    static final Set<String> IMPLIED_BY_REV2 = Set.of("UNSELECT", "UIDPLUS", "MOVE", "NAMESPACE", "ENABLE", "IDLE",
            "SASL-IR", "ESEARCH", "LIST-EXTENDED", "CHILDREN", "SPECIAL-USE", "STATUS=SIZE", "LITERAL-", "BINARY");

    private static final Map<String, Set<String>> ADVERTISED = new ConcurrentHashMap<>();

    private final ImapWorld world;

    public Hooks(ImapWorld world) {
        this.world = world;
    }

    @Before(order = 10)
    public void skipUnlessAdvertised(Scenario scenario) {
        if (scenario.getSourceTagNames().contains("@destructive")) {
            try {
                world.fixtures().refuseDestructiveUnlessAllowed(world.settings(), world.account(1));
            } catch (org.mailspec.wire.WireException e) {
                throw new org.mailspec.run.HarnessError("could not check the INBOX before a destructive scenario: " + e.getMessage());
            }
        }
        List<String> needed = new ArrayList<>();
        for (String tag : scenario.getSourceTagNames()) {
            if (tag.startsWith("@cap-")) {
                needed.add(tag.substring(5).toUpperCase(Locale.ROOT));
            }
        }
        if (needed.isEmpty()) {
            return;
        }
        Set<String> advertised = advertised(world);
        for (String cap : needed) {
            if (!has(advertised, cap)) {
                throw Skip.because("the server does not advertise " + cap);
            }
        }
    }

    static boolean has(Set<String> advertised, String cap) {
        return advertised.contains(cap) || (advertised.contains("IMAP4REV2") && IMPLIED_BY_REV2.contains(cap));
    }

    /**
     * Every capability the server advertises, once per run: before TLS on the plain port, after
     * STARTTLS, and after LOGIN (servers list more once a user is in).
     */
    static Set<String> advertised(ImapWorld world) {
        return ADVERTISED.computeIfAbsent(world.runId() + "|" + world.target().name(), k -> probe(world));
    }

    private static Set<String> probe(ImapWorld world) {
        Target t = world.target();
        Set<String> all = new java.util.TreeSet<>();
        Endpoint configured = t.imap();
        Transcript quiet = new Transcript();
        try (ImapClient c = ImapClient.connect(configured.tls() == TlsMode.IMPLICIT ? configured
                : configured.plain(),
                world.options("probe").withTranscript(quiet))) {
            all.addAll(upper(c.capabilities()));
            if (configured.tls() != TlsMode.IMPLICIT && c.hasCapability("STARTTLS")) {
                var r = c.startTls();
                if (r.upgrade().isPresent()) {
                    all.addAll(upper(c.capabilities()));
                }
            }
            Account a = world.account(1);
            var login = c.hasCapability("LOGINDISABLED") ? c.authenticatePlain(a, c.hasCapability("SASL-IR")) : c.login(a);
            if (login.ok()) {
                all.addAll(upper(c.capabilities()));
            }
            c.logout();
        } catch (Exception e) {
            throw new org.mailspec.run.HarnessError("could not read the server's capabilities: " + e.getMessage());
        }
        return Set.copyOf(all);
    }

    private static List<String> upper(List<String> caps) {
        return caps.stream().map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toList());
    }

    @After
    public void cleanUpAndAttach(Scenario scenario) {
        java.util.Optional<org.mailspec.run.RuleViolation> grammar = world.grammarViolation();
        try {
            world.cleanUp();
        } finally {
            Transcript.Rendered r = world.transcript().render();
            scenario.attach(r.text().getBytes(StandardCharsets.UTF_8), VerdictPlugin.TRANSCRIPT_MEDIA_TYPE, "transcript");
            if (!r.markedLines().isEmpty()) {
                scenario.attach(r.markedLines().stream().map(String::valueOf).collect(Collectors.joining(","))
                        .getBytes(StandardCharsets.UTF_8), VerdictPlugin.MARKS_MEDIA_TYPE, "marks");
            }
        }
        if (grammar.isPresent() && !scenario.isFailed()) {
            throw grammar.get();
        }
    }
}
