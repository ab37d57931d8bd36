package org.mailspec.run.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The needs read off a scenario's steps. */
class DerivedNeedsTest {

    private static ScenarioNeeds needs(String feature, List<String> tags, String... steps) {
        return DerivedNeeds.of(new ScenarioFacts(feature, 1, "s", tags, List.of(steps)));
    }

    @Test
    void anImapScenarioNamingInboxHoldsTheMail() {
        assertThat(needs("imap/select.feature", List.of(), "the client is logged in", "the client sends \"SELECT INBOX\"")
                .exclusiveMail()).isTrue();
        assertThat(needs("imap/create.feature", List.of(), "the client is logged in", "the client sends \"CREATE $Work\"")
                .exclusiveMail()).isFalse();
        assertThat(needs("imap/list.feature", List.of(), "the client sends \"LSUB \"\" *\"").exclusiveMail())
                .as("the whole hierarchy holds other scenarios' mailboxes").isTrue();
        assertThat(needs("imap/list.feature", List.of(), "the client sends \"LIST \"\" \"$Parent<delim>*\"\"").exclusiveMail())
                .as("under the scenario's own mailbox").isFalse();
        assertThat(needs("imap/expunge.feature", List.of("@destructive"), "the client is logged in").exclusiveMail()).isTrue();
    }

    @Test
    void anImapScenarioThatSpeaksPop3OrDeliversMailHoldsTheInbox() {
        assertThat(needs("imap/cross-protocol.feature", List.of(), "POP3 client P is logged in").exclusiveMail())
                .as("the maildrop is the INBOX").isTrue();
        assertThat(needs("imap/delivery.feature", List.of(), "the plain message is delivered by LMTP").exclusiveMail())
                .as("a delivery adds to the INBOX").isTrue();
        assertThat(needs("imap/sent-folder.feature", List.of("@delivery"), "the client is logged in").exclusiveMail())
                .isTrue();
        assertThat(needs("imap/cross-protocol.feature", List.of("@cross-protocol"), "the client is logged in")
                .exclusiveMail()).isTrue();
    }

    @Test
    void aPop3ScenarioThatLogsInHoldsTheMaildropAndOneThatOnlyGreetsDoesNot() {
        assertThat(needs("pop3/stat.feature", List.of(), "client A is in the TRANSACTION state").exclusiveMail()).isTrue();
        assertThat(needs("pop3/user.feature", List.of(), "client A sends \"PASS $password\"").exclusiveMail()).isTrue();
        assertThat(needs("pop3/greeting.feature", List.of(), "client A is connected", "the greeting of client A is +OK")
                .exclusiveMail()).isFalse();
    }

    @Test
    void clientsAndTheSecondUserAreCounted() {
        ScenarioNeeds n = needs("imap/multi-client.feature", List.of(), "client A is logged in",
                "client B is logged in as the second user", "client A sends \"NOOP\"");
        assertThat(n.users()).isEqualTo(2);
        assertThat(n.connections()).isEqualTo(4);
    }

    @Test
    void failedLoginsAreSlow() {
        assertThat(needs("imap/login.feature", List.of(), "the client sends \"LOGIN $user $wrong-password\"").slow()).isTrue();
        assertThat(needs("imap/noop.feature", List.of(), "the client sends \"NOOP\"").slow()).isFalse();
    }
}
