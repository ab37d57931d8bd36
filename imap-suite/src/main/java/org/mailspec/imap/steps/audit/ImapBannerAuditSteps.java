package org.mailspec.imap.steps.audit;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mailspec.audit.VersionDisclosure;
import org.mailspec.audit.steps.AuditWorld;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.ImapClient;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.Unknown;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.Skip;
import org.mailspec.text.Ascii;
import org.mailspec.wire.WireException;

/** What the IMAP server tells about itself in its ID response (RFC 2971); the greeting is judged by the shared steps. */
public final class ImapBannerAuditSteps {
    private final AuditWorld<ImapClient> world;
    private Received idResponse;

    public ImapBannerAuditSteps(AuditWorld<ImapClient> world) {
        this.world = world;
    }

    @When("the auditor sends ID with the audit's client name")
    public void sendId() throws WireException {
        ImapClient c = world.session().client();
        CommandResult r = c.execute("ID (\"name\" \"mailspec-audit\")");
        if (!r.ok()) {
            throw Skip.because("the server has no ID command (answered \"" + Ascii.escape(r.completion().raw()).strip() + "\")");
        }
        for (Received u : r.untagged()) {
            if (u.response() instanceof Unknown x && x.name().equals("ID")) {
                idResponse = u;
            }
        }
        if (idResponse == null) {
            throw new RuleViolation("ID is answered with an untagged ID response (RFC 2971 3.1)", "* ID (...) or * ID NIL",
                    "no untagged ID before \"" + Ascii.escape(r.completion().raw()).strip() + "\"", c.name());
        }
    }

    @Then("the audit finds no software version in the ID response")
    public void noVersionInId() {
        String text = new String(idResponse.raw(), StandardCharsets.ISO_8859_1).strip();
        Optional<String> version = VersionDisclosure.find(text);
        boolean field = text.toLowerCase(java.util.Locale.ROOT).matches(".*\"(version|os-version)\".*");
        if (version.isPresent() || field) {
            idResponse.entry().ifPresent(e -> world.transcript().mark(e, "version disclosed"));
            throw new RuleViolation("the ID response does not name the server software's version (RFC 2971 5)",
                    "no \"version\" or \"os-version\" field and no version number",
                    "\"" + Ascii.escape(text) + "\"", world.sessionName());
        }
    }
}
