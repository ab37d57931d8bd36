package org.mailspec.imap.steps;

import static org.mailspec.imap.steps.Scripted.holds;
import static org.mailspec.imap.steps.Scripted.violates;

import io.cucumber.datatable.DataTable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.testing.NegativeControl;

@Timeout(20)
class ResponseStepsTest {

    private static DataTable column(String... rows) {
        return DataTable.create(java.util.Arrays.stream(rows).map(List::of).toList());
    }

    @Test
    @NegativeControl("ResponseSteps#answers")
    void answersFailsOnAWrongStatus() {
        try (Scripted s = Scripted.start("NOOP", "{tag} NO busy").connected().send("NOOP")) {
            violates(() -> s.responses.answers("OK"));
            holds(() -> s.responses.answers("NO or BAD"));
        }
    }

    @Test
    @NegativeControl("ResponseSteps#answers")
    void answersFailsOnAWrongTag() {
        try (Scripted s = Scripted.start("NOOP", "X99 OK wrong tag").connected().send("NOOP")) {
            violates(() -> s.responses.answers("OK"));
        }
    }

    @Test
    void answersHoldsOnOk() {
        try (Scripted s = Scripted.start("NOOP", "{tag} OK done").connected().send("NOOP")) {
            holds(() -> s.responses.answers("OK"));
            violates(() -> s.responses.answers("NO or BAD"));
        }
    }

    @Test
    @NegativeControl("ResponseSteps#answersWithCode")
    void answersWithCodeFailsWithoutTheCode() {
        try (Scripted s = Scripted.start("SELECT .*", "* 0 EXISTS\n{tag} OK selected").loggedIn().send("SELECT INBOX")) {
            violates(() -> s.responses.answersWithCode("OK", "READ-WRITE"));
        }
    }

    @Test
    void answersWithCodeHolds() {
        try (Scripted s = Scripted.start("SELECT .*", "* 0 EXISTS\n{tag} OK [READ-WRITE] selected").loggedIn().send("SELECT INBOX")) {
            holds(() -> s.responses.answersWithCode("OK", "READ-WRITE"));
        }
    }

    @Test
    @NegativeControl("ResponseSteps#sendsUntagged")
    void sendsUntaggedFailsWhenMissing() {
        try (Scripted s = Scripted.start("SELECT .*", "* 2 EXISTS\n{tag} OK done").loggedIn().send("SELECT INBOX")) {
            violates(() -> s.responses.sendsUntagged("FLAGS"));
            holds(() -> s.responses.sendsUntagged("EXISTS"));
        }
    }

    @Test
    @NegativeControl("ResponseSteps#reportsCount")
    void theCountIsTheOneTheEXISTSResponsesLeave() {
        // a matching * 3 EXISTS, then another number: the client is left believing 4
        for (String wrong : new String[] {"* 3 EXISTS\n* 4 EXISTS\n{tag} OK done", "* 2 EXISTS\n{tag} OK done",
            "* 4 EXISTS\n* 2 EXPUNGE\n* 1 EXPUNGE\n{tag} OK done", "* OK [UIDNEXT 5] n\n{tag} OK done"}) {
            try (Scripted s = Scripted.start("SELECT .*", wrong).loggedIn().send("SELECT INBOX")) {
                if (wrong.startsWith("* 3")) {
                    holds(() -> s.responses.sendsMatching("* 3 EXISTS")); // what the scenarios checked before
                }
                violates(() -> s.responses.reportsCount(3));
            }
        }
        for (String right : new String[] {"* 3 EXISTS\n{tag} OK done", "* 2 EXISTS\n* 3 EXISTS\n{tag} OK done",
            "* 4 EXISTS\n* 2 EXPUNGE\n{tag} OK done"}) {
            try (Scripted s = Scripted.start("SELECT .*", right).loggedIn().send("SELECT INBOX")) {
                holds(() -> s.responses.reportsCount(3));
            }
        }
    }

    @Test
    @NegativeControl("ResponseSteps#sendsNoUntagged")
    void sendsNoUntaggedFailsWhenPresent() {
        try (Scripted s = Scripted.start("CLOSE", "* 2 EXPUNGE\n{tag} OK done").loggedIn().send("CLOSE")) {
            violates(() -> s.responses.sendsNoUntagged("EXPUNGE"));
            holds(() -> s.responses.sendsNoUntagged("FETCH"));
        }
    }

    @Test
    @NegativeControl("ResponseSteps#sendsExactlyOne")
    void exactlyOneCountsEveryResponseOfTheKind() {
        try (Scripted s = Scripted.start("CAPABILITY", "* CAPABILITY IMAP4rev1\n* CAPABILITY IMAP4rev1 IDLE\n{tag} OK done")
                .connected().send("CAPABILITY")) {
            violates(() -> s.responses.sendsExactlyOne("CAPABILITY"));
        }
        try (Scripted s = Scripted.start().connected().send("CAPABILITY")) {
            holds(() -> s.responses.sendsExactlyOne("CAPABILITY"));
            violates(() -> s.responses.sendsExactlyOne("NAMESPACE"));
        }
        // RFC 9051 6.3.10 "a single untagged NAMESPACE response": a second one, well-formed, is one too many
        String ns = "* NAMESPACE ((\"\" \"/\")) NIL NIL\n";
        try (Scripted s = Scripted.start("NAMESPACE", ns + ns.replace("NIL NIL", "((\"Other/\" \"/\")) NIL") + "{tag} OK done")
                .loggedIn().send("NAMESPACE")) {
            holds(() -> s.responses.sendsMatching("* NAMESPACE <any> <any> <any>"));
            violates(() -> s.responses.sendsExactlyOne("NAMESPACE"));
        }
        try (Scripted s = Scripted.start("NAMESPACE", ns + "{tag} OK done").loggedIn().send("NAMESPACE")) {
            holds(() -> s.responses.sendsExactlyOne("NAMESPACE"));
        }
    }

    @Test
    @NegativeControl("ResponseSteps#sendsUntaggedCode")
    void sendsUntaggedCodeFailsWhenMissing() {
        try (Scripted s = Scripted.start("SELECT .*", "* OK [UIDNEXT 5] next\n{tag} OK done").loggedIn().send("SELECT INBOX")) {
            violates(() -> s.responses.sendsUntaggedCode("CLOSED"));
            holds(() -> s.responses.sendsUntaggedCode("UIDNEXT"));
        }
    }

    @Test
    @NegativeControl("ResponseSteps#sendsMatching")
    void sendsMatchingFailsOnAWrongExistsCount() {
        try (Scripted s = Scripted.start("SELECT .*", "* 2 EXISTS\n{tag} OK done").loggedIn().send("SELECT INBOX")) {
            violates(() -> s.responses.sendsMatching("* 3 EXISTS"));
            holds(() -> s.responses.sendsMatching("* 2 EXISTS"));
        }
    }

    @Test
    @NegativeControl("ResponseSteps#sendsNoneMatching")
    void sendsNoneMatchingFailsOnAMatch() {
        try (Scripted s = Scripted.start("ENABLE .*", "* ENABLED X-FOO\n{tag} OK done").loggedIn().send("ENABLE X-FOO")) {
            violates(() -> s.responses.sendsNoneMatching("* ENABLED X-FOO ..."));
            holds(() -> s.responses.sendsNoneMatching("* ENABLED X-BAR ..."));
        }
    }

    @Test
    @NegativeControl("ResponseSteps#sendsAll")
    void sendsAllFailsWhenOneIsMissing() {
        try (Scripted s = Scripted.start("EXAMINE .*", "* 2 EXISTS\n* OK [UIDVALIDITY 9] v\n{tag} OK [READ-ONLY] done")
                .loggedIn().send("EXAMINE INBOX")) {
            violates(() -> s.responses.sendsAll(column("* 2 EXISTS", "* OK [UIDNEXT <any>]")));
            holds(() -> s.responses.sendsAll(column("* 2 EXISTS", "* OK [UIDVALIDITY <any>]")));
        }
    }

    @Test
    @NegativeControl("ResponseSteps#everyFetchHasUid")
    void everyFetchHasUidFailsOnAFetchWithoutUid() {
        try (Scripted s = Scripted.start("NOOP", "* 1 FETCH (FLAGS (\\Flagged))\n{tag} OK done").loggedIn().send("NOOP")) {
            violates(s.responses::everyFetchHasUid);
        }
        try (Scripted s = Scripted.start("NOOP", "* 1 FETCH (FLAGS (\\Flagged) UID 4)\n{tag} OK done").loggedIn().send("NOOP")) {
            holds(s.responses::everyFetchHasUid);
        }
        try (Scripted s = Scripted.start("NOOP", "{tag} OK done").loggedIn().send("NOOP")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(s.responses::everyFetchHasUid)
                    .isInstanceOf(org.opentest4j.TestAbortedException.class).hasMessageContaining("nothing to judge");
        }
    }

    @Test
    @NegativeControl({"ResponseSteps#continuation", "ResponseSteps#noContinuation"})
    void continuationIsJudgedBothWays() {
        try (Scripted s = Scripted.start("IDLE", "+ idling").loggedIn().send("IDLE")) {
            holds(s.responses::continuation);
            violates(s.responses::noContinuation);
        }
        try (Scripted s = Scripted.start("IDLE", "{tag} NO no idle").loggedIn().send("IDLE")) {
            violates(s.responses::continuation);
            holds(s.responses::noContinuation);
        }
    }

    @Test
    @NegativeControl({"ResponseSteps#greeting", "ResponseSteps#greetingCode"})
    void greetingIsJudged() {
        try (Scripted s = Scripted.withGreeting("* PREAUTH logged in already").connected()) {
            violates(() -> s.responses.greeting(List.of("OK")));
            holds(() -> s.responses.greeting(List.of("OK", "PREAUTH")));
            violates(() -> s.responses.greetingCode("CAPABILITY"));
        }
        try (Scripted s = Scripted.start().connected()) {
            holds(() -> s.responses.greetingCode("CAPABILITY"));
        }
    }

    @Test
    @NegativeControl("ResponseSteps#byeBeforeOk")
    void byeBeforeOkFailsOnAMissingBye() {
        try (Scripted s = Scripted.start("LOGOUT", "{tag} OK bye").loggedIn().send("LOGOUT")) {
            violates(s.responses::byeBeforeOk);
        }
    }

    @Test
    @NegativeControl("ResponseSteps#byeBeforeOk")
    void byeBeforeOkFailsOnAByeAfterTheOk() {
        try (Scripted s = Scripted.start("LOGOUT", "{tag} OK bye\n* BYE late").loggedIn().send("LOGOUT")) {
            violates(s.responses::byeBeforeOk);
        }
    }

    @Test
    void byeBeforeOkHolds() {
        try (Scripted s = Scripted.start().loggedIn().send("LOGOUT")) {
            holds(s.responses::byeBeforeOk);
            holds(s.responses::closes);
        }
    }

    @Test
    @NegativeControl("ResponseSteps#closes")
    void closesFailsWhenTheConnectionStaysOpen() {
        try (Scripted s = Scripted.start("LOGOUT", "* BYE bye\n{tag} OK bye").loggedIn().send("LOGOUT")) {
            violates(s.responses::closes);
        }
    }

    @Test
    @NegativeControl("ResponseSteps#staysOpen")
    void staysOpenFailsWhenNoopIsRefused() {
        try (Scripted s = Scripted.start("NOOP", "{tag} BAD gone").loggedIn().send("CHECK")) {
            violates(s.responses::staysOpen);
        }
        try (Scripted s = Scripted.start().loggedIn().send("CHECK")) {
            holds(s.responses::staysOpen);
        }
    }

    @Test
    @NegativeControl("ResponseSteps#receives")
    void receivesFailsWhenNothingComes() {
        try (Scripted s = Scripted.start("IDLE", "+ idling").loggedIn().send("IDLE")) {
            violates(() -> s.responses.receives("A", "* 2 EXISTS"));
        }
        try (Scripted s = Scripted.start("IDLE", "+ idling\n* 2 EXISTS").loggedIn().send("IDLE")) {
            holds(() -> s.responses.receives("A", "* 2 EXISTS"));
        }
    }
}
