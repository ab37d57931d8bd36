package org.mailspec.imap.steps;

import static org.mailspec.imap.steps.Scripted.holds;
import static org.mailspec.imap.steps.Scripted.violates;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.testing.NegativeControl;

/** Negative controls for the capability, search and session assertions. */
@Timeout(20)
class OtherStepsTest {

    @Test
    @NegativeControl({"CapabilitySteps#include", "CapabilitySteps#includeEither", "CapabilitySteps#exclude"})
    void capabilityListsAreJudged() {
        try (Scripted s = Scripted.start("CAPABILITY", "* CAPABILITY IMAP4 STARTTLS\n{tag} OK done").connected().send("CAPABILITY")) {
            violates(() -> s.capabilities.include("IMAP4rev1"));
            violates(() -> s.capabilities.includeEither("IMAP4rev1", "IMAP4rev2"));
            violates(() -> s.capabilities.exclude("STARTTLS"));
            holds(() -> s.capabilities.include("starttls"));
            holds(() -> s.capabilities.exclude("IMAP4rev2"));
        }
        try (Scripted s = Scripted.start().connected().send("CAPABILITY")) {
            holds(() -> s.capabilities.includeEither("IMAP4rev1", "IMAP4rev2"));
        }
    }

    @Test
    @NegativeControl("CapabilitySteps#sameAsBefore")
    void capabilitiesAfterEnableAreJudged() {
        try (Scripted s = Scripted.start("ENABLE .*", "* ENABLED CONDSTORE\n{tag} OK done",
                "CAPABILITY", "* CAPABILITY IMAP4rev1 CONDSTORE\n{tag} OK done").loggedIn()) {
            s.send("CAPABILITY").send("ENABLE CONDSTORE").send("CAPABILITY");
            holds(s.capabilities::sameAsBefore);
        }
        try (Scripted s = Scripted.start("ENABLE .*", "* ENABLED CONDSTORE\n{tag} OK done", "CAPABILITY",
                "* CAPABILITY IMAP4rev1 CONDSTORE\n{tag} OK done").loggedIn()) {
            s.send("CAPABILITY").send("ENABLE CONDSTORE");
            s.clients.last().session.capabilityLists.add(List.of("IMAP4rev1"));
            violates(s.capabilities::sameAsBefore);
        }
    }

    @Test
    @NegativeControl({"SearchSteps#finds", "SearchSteps#findsNone"})
    void searchResultsAreJudged() {
        try (Scripted s = Scripted.start("SEARCH .*", "* SEARCH 1 3\n{tag} OK done").loggedIn().send("SEARCH SEEN")) {
            holds(() -> s.search.finds(List.of(3, 1)));
            violates(() -> s.search.finds(List.of(1)));
            violates(s.search::findsNone);
        }
        try (Scripted s = Scripted.start("SEARCH .*", "* SEARCH\n{tag} OK done").loggedIn().send("SEARCH SEEN")) {
            holds(s.search::findsNone);
        }
        try (Scripted s = Scripted.start("SEARCH .*", "{tag} OK done").loggedIn().send("SEARCH SEEN")) {
            violates(s.search::findsNone);
        }
        try (Scripted s = Scripted.start("SEARCH .*", "* ESEARCH (TAG \"{tag}\") ALL 1:2,4\n{tag} OK done").loggedIn().send("SEARCH SEEN")) {
            holds(() -> s.search.finds(List.of(1, 2, 4)));
        }
    }

    @Test
    @NegativeControl("SearchSteps#findsUids")
    void uidSearchIsJudged() {
        try (Scripted s = Scripted.start("SELECT .*", "* 2 EXISTS\n{tag} OK done", "UID SEARCH .*", "* SEARCH 2 3\n{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").seeded("Work", "plain", 11, "plain", 12).send("SELECT $Work").send("UID SEARCH ALL");
            violates(() -> s.search.findsUids(List.of(1, 2)));
        }
        try (Scripted s = Scripted.start("SELECT .*", "* 2 EXISTS\n{tag} OK done", "UID SEARCH .*", "* SEARCH 11 12\n{tag} OK done").loggedIn()) {
            s.alias("Work", "Work").seeded("Work", "plain", 11, "plain", 12).send("SELECT $Work").send("UID SEARCH ALL");
            holds(() -> s.search.findsUids(List.of(1, 2)));
        }
    }

    @Test
    @NegativeControl("SessionSteps#tlsSucceeds")
    void tlsNegotiationIsJudged() {
        // STARTTLS answered OK by a server that then keeps talking in clear text
        try (Scripted s = Scripted.start("STARTTLS", "{tag} OK begin\n* OK not TLS at all").connected()) {
            s.send("STARTTLS");
            violates(s.sessions::tlsSucceeds);
        }
    }

    @Test
    void tlsNegotiationHolds() {
        try (org.mailspec.testing.ScriptedServer server = org.mailspec.testing.ScriptedServer.builder()
                .line(Scripted.GREETING).expect(org.mailspec.testing.ScriptedServer.TAG + " STARTTLS")
                .replyThenStartTls("{tag} OK begin\r\n").onCommand(".*", x -> x.replyLine("{tag} OK done")).start()) {
            try (Scripted s = new Scripted(server, java.time.Duration.ofSeconds(8))) {
                s.sessions.connectedPlain("A");
                s.commands.sends("A", "STARTTLS");
                holds(s.sessions::tlsSucceeds);
            }
        }
    }

    @Test
    @NegativeControl("SessionSteps#encrypted")
    void encryptionIsJudged() {
        try (Scripted s = Scripted.start().connected()) {
            violates(s.sessions::encrypted);
        }
    }

    @Test
    void aResponseThatBreaksTheGrammarIsAFindingOfTheRunNotAFailureOfTheScenario() {
        // RFC 9051 9: resp-text = ["[" resp-text-code "]" SP] [text]: the SP after "]" is required
        try (Scripted s = Scripted.start("SELECT .*", "* OK [UIDVALIDITY 7]\n* 2 EXISTS\n{tag} OK done").loggedIn()
                .send("SELECT INBOX")) {
            holds(() -> s.responses.answers("OK"));
            org.assertj.core.api.Assertions.assertThat(s.verdicts.grammarFindings()).hasSize(1);
            s.verdicts.reportGrammar(s.grammar, "imap/select.feature:12");
            s.verdicts.reportGrammar(s.grammar, "imap/fetch.feature:30");
            var verdicts = s.grammar.verdicts(k -> k);
            org.assertj.core.api.Assertions.assertThat(verdicts).singleElement().satisfies(v -> {
                org.assertj.core.api.Assertions.assertThat(v.id()).isEqualTo("imap/grammar/resp-text/no-sp-text-after-the-status-or-code");
                org.assertj.core.api.Assertions.assertThat(v.verdict()).isEqualTo(org.mailspec.report.Verdict.WARN);
                org.assertj.core.api.Assertions.assertThat(v.message()).contains("2 response(s) of 2 scenario(s)");
            });
        }
        try (Scripted s = Scripted.start("SELECT .*", "* OK [UIDVALIDITY 7] valid\n{tag} OK done").loggedIn().send("SELECT INBOX")) {
            org.assertj.core.api.Assertions.assertThat(s.verdicts.grammarFindings()).isEmpty();
        }
    }
}
