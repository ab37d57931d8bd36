package org.mailspec.imap.steps.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupportTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void expungeReplayFollowsRfc9051Example() {
        // RFC 9051 6.4.3: messages 3, 4, 7 and 11 deleted give 3, 3, 5, 8
        ExpungeReplay.Result r = ExpungeReplay.replay(11, List.of(3L, 3L, 5L, 8L));
        assertThat(r.error()).isEmpty();
        assertThat(r.removed()).containsExactly(3, 4, 7, 11);
        assertThat(ExpungeReplay.replay(2, List.of(2L, 2L)).error()).isPresent();
    }

    private static final String NESTED = "From: a@b.test\r\nSubject: outer\r\nContent-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n"
            + "preamble\r\n--XX\r\nContent-Type: text/plain\r\n\r\nfirst part\r\n"
            + "--XX\r\nContent-Type: message/rfc822\r\n\r\nSubject: inner\r\nFrom: c@d.test\r\n\r\ninner body\r\n"
            + "--XX--\r\n";

    @Test
    void mimeSectionsCutTheFixture() {
        byte[] m = b(NESTED);
        assertThat(new String(MimeSections.section(m, "1"), StandardCharsets.UTF_8)).isEqualTo("first part");
        assertThat(new String(MimeSections.section(m, "2"), StandardCharsets.UTF_8))
                .isEqualTo("Subject: inner\r\nFrom: c@d.test\r\n\r\ninner body");
        assertThat(new String(MimeSections.section(m, "2.HEADER"), StandardCharsets.UTF_8))
                .isEqualTo("Subject: inner\r\nFrom: c@d.test\r\n\r\n");
        assertThat(new String(MimeSections.section(m, "2.TEXT"), StandardCharsets.UTF_8)).isEqualTo("inner body");
        // RFC 2046 5.1.1: the CRLF before a boundary delimiter belongs to the delimiter
        assertThat(new String(MimeSections.section(m, "2.1"), StandardCharsets.UTF_8)).isEqualTo("inner body");
        assertThat(new String(MimeSections.section(m, "2.MIME"), StandardCharsets.UTF_8))
                .isEqualTo("Content-Type: message/rfc822\r\n\r\n");
        assertThat(new String(MimeSections.section(m, "2.HEADER.FIELDS (subject)"), StandardCharsets.UTF_8))
                .isEqualTo("Subject: inner\r\n\r\n");
        assertThat(new String(MimeSections.section(m, "HEADER.FIELDS (SUBJECT)"), StandardCharsets.UTF_8))
                .isEqualTo("Subject: outer\r\n\r\n");
        assertThatThrownBy(() -> MimeSections.section(m, "3")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<CommandTemplate.Segment> expand(String command, CommandTemplate.Placeholders p) {
        return CommandTemplate.expand(command, p).segments();
    }

    private static final CommandTemplate.Placeholders P = new CommandTemplate.Placeholders() {
        final Map<String, String> aliases = Map.of("Work", "ms-Work", "Intl", "ms-Entwürfe");

        public Optional<String> alias(String name) {
            return Optional.ofNullable(aliases.get(name));
        }

        public boolean utf8Accepted() {
            return false;
        }

        public String delimiter() {
            return "/";
        }

        public String[] account(int which) {
            return new String[] {"alice", "pw\"1"};
        }

        public String wrongPassword() {
            return "nope";
        }

        public byte[] fixture(String name) {
            return b("Subject: " + name + "\r\n\r\nx\r\n");
        }

        public long uid(int seq) {
            return 100 + seq;
        }
    };

    @Test
    void commandTemplateExpandsPlaceholders() {
        assertThat(expand("LIST \"\" \"$Work<delim>%\"", P))
                .containsExactly(new CommandTemplate.Text("LIST \"\" \"ms-Work/%\""));
        assertThat(expand("LOGIN <user> <password>", P))
                .containsExactly(new CommandTemplate.Text("LOGIN \"alice\" \"pw\\\"1\""));
        assertThat(expand("STORE 1 +FLAGS ($Forwarded)", P))
                .containsExactly(new CommandTemplate.Text("STORE 1 +FLAGS ($Forwarded)"));
        assertThat(expand("UID FETCH <uid:2>:<uid:3> BODY.PEEK[]<0.10>", P))
                .containsExactly(new CommandTemplate.Text("UID FETCH 102:103 BODY.PEEK[]<0.10>"));
        List<CommandTemplate.Segment> append = expand("APPEND $Work (\\Seen) <message+:plain>", P);
        assertThat(append).hasSize(2);
        assertThat(append.get(0)).isEqualTo(new CommandTemplate.Text("APPEND \"ms-Work\" (\\Seen) "));
        assertThat(((CommandTemplate.Literal) append.get(1)).nonSynchronizing()).isTrue();
        List<CommandTemplate.Segment> login = expand("SELECT <literal:$Work>", P);
        assertThat(new String(((CommandTemplate.Literal) login.get(1)).octets(), StandardCharsets.UTF_8)).isEqualTo("ms-Work");
        assertThat(expand("AUTHENTICATE PLAIN <sasl-plain>", P))
                .containsExactly(new CommandTemplate.Text("AUTHENTICATE PLAIN AGFsaWNlAHB3IjE="));
    }

    @Test
    void theExpansionSaysWhichMailboxTheFirstArgumentNames() {
        assertThat(CommandTemplate.expand("SELECT $Work", P).mailbox()).contains("ms-Work");
        assertThat(CommandTemplate.expand("SELECT $Work (CONDSTORE)", P).mailbox()).contains("ms-Work");
        assertThat(CommandTemplate.expand("SELECT <atom:$Work>", P).mailbox()).contains("ms-Work");
        assertThat(CommandTemplate.expand("SELECT <literal:$Work>", P).mailbox()).contains("ms-Work");
        assertThat(CommandTemplate.expand("SELECT iNbOx", P).mailbox()).contains("INBOX");
        assertThat(CommandTemplate.expand("DELETE \"INBOX\"", P).mailbox()).contains("INBOX");
        assertThat(CommandTemplate.expand("RENAME INBOX $Work", P).mailbox()).contains("INBOX");
        assertThat(CommandTemplate.expand("RENAME $Work $Intl", P).mailbox()).contains("ms-Work");
        assertThat(CommandTemplate.expand("LIST \"\" $Work", P).mailbox()).isEmpty();
        assertThat(CommandTemplate.expand("SELECT", P).mailbox()).isEmpty();
        assertThat(CommandTemplate.expand("SELECT $Unknown", P).mailbox()).isEmpty();
    }

    @Test
    void anAliasTravelsInModifiedUtf7() {
        assertThat(expand("SELECT $Intl", P)).containsExactly(new CommandTemplate.Text("SELECT \"ms-Entw&APw-rfe\""));
    }
}
