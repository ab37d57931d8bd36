package org.mailspec.audit.steps;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.mailspec.audit.VersionDisclosure;
import org.mailspec.run.RuleViolation;
import org.mailspec.settings.Endpoint;
import org.mailspec.text.Ascii;
import org.mailspec.wire.WireException;

/**
 * How the audit connects (without TLS, with TLS, or as the target is configured, always from an
 * untrusted address) and what the server's greeting tells before anyone logs in. The protocol in
 * the step text must be the suite's: {@code the auditor connects to IMAP ...}.
 */
public final class ConnectionAuditSteps {
    private final AuditWorld<?> world;

    public ConnectionAuditSteps(AuditWorld<?> world) {
        this.world = world;
    }

    @Given("the auditor connects to {word} without TLS from an untrusted address")
    public void connectWithoutTls(String protocol) throws WireException {
        requireProtocol(world, protocol);
        world.connectCleartextAndAsk();
    }

    @Given("the auditor connects to {word} with TLS from an untrusted address")
    public void connectWithTls(String protocol) throws WireException {
        requireProtocol(world, protocol);
        world.connectSecure(Optional.empty());
    }

    @Given("the auditor connects to {word} from an untrusted address")
    public void connect(String protocol) throws WireException {
        requireProtocol(world, protocol);
        Endpoint e = world.endpoint();
        world.open(e, world.untrustedAddress(e));
    }

    @Then("the audit finds no software version in the greeting")
    public void noVersionInGreeting() {
        AuditSession<?> s = world.session();
        String text = new String(s.greeting().raw(), StandardCharsets.ISO_8859_1).strip();
        Optional<String> version = VersionDisclosure.find(text);
        if (version.isPresent()) {
            world.transcript().markResponse(s.name(), s.greeting().raw(), "version " + version.get());
            throw new RuleViolation("the greeting does not name the server software's version", "a greeting without a version number",
                    "\"" + Ascii.escape(text) + "\" names version " + version.get(), s.name());
        }
    }

    /** A harness error when a step names another protocol than the suite's (a feature file in the wrong suite). */
    static void requireProtocol(AuditWorld<?> world, String named) {
        String mine = world.protocol().facts().name();
        if (!named.equalsIgnoreCase(mine)) {
            throw new IllegalArgumentException("this step names " + named + ", but this suite audits " + mine);
        }
    }
}
