package org.mailspec.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScenarioSourceTest {

    private static final String FEATURE = String.join("\n",
            "@imap",
            "Feature: SELECT (RFC 9051 6.3.2)",
            "  Some feature description.",
            "",
            "  @must @rfc9051-6.3.2",
            "  Scenario: SELECT INBOX reports READ-WRITE",
            "    RFC 9051 6.3.2: \"If the client is permitted to modify the mailbox, the server",
            "    SHOULD prefix the text of the tagged OK response with the READ-WRITE response code.\"",
            "    # a comment is not part of the description",
            "    Given client A is logged in",
            "    When client A sends \"SELECT INBOX\"",
            "",
            "  Scenario Outline: FETCH <item> of message 1",
            "    The outline's description.",
            "    When client A sends \"FETCH 1 <item>\"",
            "    Examples:",
            "      | item  |",
            "      | FLAGS |",
            "      | UID   |",
            "    Examples: more",
            "      | item     |",
            "      | ENVELOPE |",
            "");

    @Test
    void readsNameDescriptionAndFeatureTitle() {
        ScenarioSource s = ScenarioSource.of(FEATURE, 6);
        assertThat(s.featureTitle()).isEqualTo("SELECT (RFC 9051 6.3.2)");
        assertThat(s.name()).isEqualTo("SELECT INBOX reports READ-WRITE");
        assertThat(s.exampleRow()).isZero();
        assertThat(s.description()).startsWith("RFC 9051 6.3.2: \"If the client")
                .endsWith("READ-WRITE response code.\"")
                .doesNotContain("comment");
    }

    @Test
    void anOutlineExampleRowIsNumberedAcrossItsExamplesTables() {
        assertThat(ScenarioSource.of(FEATURE, 18).exampleRow()).isEqualTo(1);
        assertThat(ScenarioSource.of(FEATURE, 19).exampleRow()).isEqualTo(2);
        ScenarioSource third = ScenarioSource.of(FEATURE, 22);
        assertThat(third.exampleRow()).isEqualTo(3);
        assertThat(third.name()).isEqualTo("FETCH <item> of message 1");
        assertThat(third.description()).isEqualTo("The outline's description.");
    }

    @Test
    void idsFollowDesign() {
        assertThat(ScenarioSource.id("imap/select.feature", "SELECT INBOX reports READ-WRITE", 0))
                .isEqualTo("imap/select/select-inbox-reports-read-write");
        assertThat(ScenarioSource.id("imap/fetch.feature", "FETCH <item> of message 1", 3))
                .isEqualTo("imap/fetch/fetch-item-of-message-1#3");
        assertThat(ScenarioSource.featurePath("classpath:features/imap/select.feature")).isEqualTo("imap/select.feature");
        assertThat(ScenarioSource.featurePath("jar:file:/x/mailspec-features.jar!/features/pop3/stat.feature"))
                .isEqualTo("pop3/stat.feature");
    }
}
