package org.mailspec.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.mailspec.settings.Settings;
import org.mailspec.target.ImapFacts;
import org.mailspec.target.ImapLayout;
import org.mailspec.testing.ScriptedServer;
import org.mailspec.testing.ScriptedTarget;

/** The layout and capabilities the preflight learns once per run, against servers laid out differently. */
class ImapProbeTest {

    private static final String T = ScriptedServer.TAG;

    /** A logged-in IMAP server in rule mode; {@code extra} adds or overrides commands. */
    private static ScriptedServer.Builder server(String extra) {
        String capabilities = extra.isEmpty() ? "LITERAL+" : extra;
        return ScriptedServer.builder()
                .line("* OK [CAPABILITY IMAP4rev1 " + capabilities + "] ready")
                .onCommand(T + " CAPABILITY", s -> {
                    s.sendLine("* CAPABILITY IMAP4rev1 " + capabilities);
                    s.replyLine("{tag} OK done");
                })
                .onCommand(T + " LOGIN .*", s -> s.replyLine("{tag} OK [CAPABILITY IMAP4rev1 " + capabilities + " MOVE] in"))
                .onCommand(T + " LOGOUT", s -> {
                    s.sendLine("* BYE bye");
                    s.replyLine("{tag} OK bye");
                    s.close();
                });
    }

    private static ImapFacts probe(ScriptedServer server, Map<String, String> settings) {
        return ImapProbe.probe(ScriptedTarget.of(server.endpoint()), Settings.of(settings), "20261207T000000");
    }

    @Test
    void namespaceGivesThePersonalPrefixAndDelimiter() throws Exception {
        try (ScriptedServer server = server("NAMESPACE")
                .onCommand(T + " NAMESPACE", s -> {
                    s.sendLine("* NAMESPACE ((\"INBOX.\" \".\")) ((\"user.\" \".\")) ((\"shared.\" \".\"))");
                    s.replyLine("{tag} OK done");
                })
                .start()) {
            ImapFacts f = probe(server, Map.of());
            assertThat(f.layout().personalPrefix()).isEqualTo("INBOX.");
            assertThat(f.layout().delimiter()).contains(".");
            assertThat(f.layout().source()).isEqualTo(ImapLayout.Source.NAMESPACE);
            assertThat(f.layout().otherUsers()).containsExactly("user.");
            assertThat(f.layout().shared()).containsExactly("shared.");
            assertThat(f.layout().place("mailspec-x")).isEqualTo("INBOX.mailspec-x");
            assertThat(f.afterLogin()).contains("MOVE");
            assertThat(f.advertised()).contains("NAMESPACE", "MOVE", "IMAP4REV1");
            assertThat(server.received()).noneMatch(l -> l.contains("CREATE"));
        }
    }

    @Test
    void withoutNamespaceARootCreateThatIsRefusedPlacesMailboxesUnderInbox() throws Exception {
        List<String> created = new CopyOnWriteArrayList<>();
        try (ScriptedServer server = server("")
                .onCommand(T + " LIST \"\" \"\"", s -> {
                    s.sendLine("* LIST (\\Noselect) \".\" \"\"");
                    s.replyLine("{tag} OK done");
                })
                .onCommand(T + " CREATE (?<name>.*)", s -> {
                    if (s.group("name").startsWith("INBOX.")) {
                        created.add(s.group("name"));
                        s.replyLine("{tag} OK created");
                    } else {
                        s.replyLine("{tag} NO Permission denied");
                    }
                })
                .onCommand(T + " DELETE (?<name>.*)", s -> {
                    created.remove(s.group("name"));
                    s.replyLine("{tag} OK deleted");
                })
                .start()) {
            ImapFacts f = probe(server, Map.of());
            assertThat(f.layout().personalPrefix()).isEqualTo("INBOX.");
            assertThat(f.layout().source()).isEqualTo(ImapLayout.Source.PROBE);
            assertThat(f.layout().notes()).anyMatch(n -> n.contains("root was refused"));
            assertThat(created).as("the probe mailbox is deleted again").isEmpty();
            assertThat(server.received()).anyMatch(l -> l.matches(".* DELETE INBOX\\.mailspec-20261207T000000-layout"));
        }
    }

    @Test
    void aServerThatRefusesEveryProbeCreateIsNoPlaceToCreate() throws Exception {
        try (ScriptedServer server = server("")
                .onCommand(T + " LIST \"\" \"\"", s -> {
                    s.sendLine("* LIST (\\Noselect) \".\" \"\"");
                    s.replyLine("{tag} OK done");
                })
                .onCommand(T + " CREATE .*", s -> s.replyLine("{tag} NO Permission denied"))
                .start()) {
            ImapLayout l = probe(server, Map.of()).layout();
            assertThat(l.source()).isEqualTo(ImapLayout.Source.REFUSED);
            assertThat(l.knowsWhereToCreate()).isFalse();
            assertThat(l.notes()).anyMatch(n -> n.contains("set mailbox.prefix"));
            assertThat(l.describe()).contains("every CREATE refused");
        }
    }

    @Test
    void aSlashServerThatAllowsTheRootKeepsNoPrefix() throws Exception {
        try (ScriptedServer server = server("")
                .onCommand(T + " LIST \"\" \"\"", s -> {
                    s.sendLine("* LIST (\\Noselect) \"/\" \"\"");
                    s.replyLine("{tag} OK done");
                })
                .onCommand(T + " CREATE .*", s -> s.replyLine("{tag} OK created"))
                .onCommand(T + " DELETE .*", s -> s.replyLine("{tag} OK deleted"))
                .start()) {
            ImapLayout l = probe(server, Map.of()).layout();
            assertThat(l.personalPrefix()).isEmpty();
            assertThat(l.delimiter()).contains("/");
            assertThat(l.child("a", "b")).contains("a/b");
            assertThat(l.notes()).isEmpty();
        }
    }

    @Test
    void aNamespaceWithoutPersonalNamespaceIsNotedNotHidden() throws Exception {
        try (ScriptedServer server = server("NAMESPACE")
                .onCommand(T + " NAMESPACE", s -> {
                    s.sendLine("* NAMESPACE NIL NIL ((\"#shared/\" \"/\"))");
                    s.replyLine("{tag} OK done");
                })
                .onCommand(T + " LIST \"\" \"\"", s -> {
                    s.sendLine("* LIST (\\Noselect) \"/\" \"\"");
                    s.replyLine("{tag} OK done");
                })
                .onCommand(T + " CREATE .*", s -> s.replyLine("{tag} OK created"))
                .onCommand(T + " DELETE .*", s -> s.replyLine("{tag} OK deleted"))
                .start()) {
            ImapLayout l = probe(server, Map.of()).layout();
            assertThat(l.source()).isEqualTo(ImapLayout.Source.PROBE);
            assertThat(l.notes()).anyMatch(n -> n.contains("no personal namespace"));
            assertThat(l.shared()).containsExactly("#shared/");
        }
    }

    @Test
    void theMailboxPrefixSettingWinsAndTakesTheNamespaceDelimiter() throws Exception {
        try (ScriptedServer server = server("NAMESPACE")
                .onCommand(T + " NAMESPACE", s -> {
                    s.sendLine("* NAMESPACE ((\"INBOX.\" \".\")) NIL NIL");
                    s.replyLine("{tag} OK done");
                })
                .start()) {
            ImapLayout l = probe(server, Map.of("mailbox.prefix", "INBOX.Tests.")).layout();
            assertThat(l.personalPrefix()).isEqualTo("INBOX.Tests.");
            assertThat(l.delimiter()).isEqualTo(Optional.of("."));
            assertThat(l.source()).isEqualTo(ImapLayout.Source.SETTING);
            assertThat(l.describe()).contains("\"INBOX.Tests.\"").contains("mailbox.prefix");
        }
    }

    @Test
    void aRefusedLoginIsOnePreflightLineNamingTheAccount() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder()
                .line("* OK [CAPABILITY IMAP4rev1] ready")
                .onCommand(T + " LOGIN .*", s -> s.replyLine("{tag} NO [AUTHENTICATIONFAILED] wrong"))
                .start()) {
            assertThatThrownBy(() -> probe(server, Map.of()))
                    .isInstanceOf(PreflightException.class).hasMessageContaining("accounts=");
        }
    }
}
