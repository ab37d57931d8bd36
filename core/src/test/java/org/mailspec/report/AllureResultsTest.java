package org.mailspec.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AllureResultsTest {
    private static final ObjectMapper M = new ObjectMapper();

    @Test
    void writesAResultPerScenarioWithTranscriptAttached(@TempDir Path dir) throws Exception {
        Report r = Samples.small();
        AllureResults.write(dir, r);
        List<JsonNode> results = results(dir);
        assertThat(results).hasSize(r.scenarios().size());
        JsonNode select = find(results, "imap/select/select-a-missing-mailbox-answers-no");
        assertThat(select.get("name").asText()).isEqualTo("SELECT a missing mailbox answers NO");
        assertThat(select.get("historyId").asText()).isEqualTo("imap/select/select-a-missing-mailbox-answers-no");
        assertThat(select.get("status").asText()).isEqualTo("failed");
        assertThat(select.get("stage").asText()).isEqualTo("finished");
        assertThat(select.get("uuid").asText()).isEqualTo(AllureResults.uuid(r.run().id(), select.get("fullName").asText(), "result").toString());
        assertThat(dir.resolve(select.get("uuid").asText() + "-result.json")).exists();
        JsonNode att = select.get("attachments").get(0);
        assertThat(att.get("type").asText()).isEqualTo("text/plain");
        assertThat(att.get("source").asText()).endsWith("-attachment.txt");
        UUID.fromString(att.get("source").asText().replace("-attachment.txt", ""));
        assertThat(Files.readString(dir.resolve(att.get("source").asText()))).contains("<script>alert(1)</script>");
        assertThat(label(select, "feature")).containsExactly("SELECT");
        assertThat(label(select, "story")).containsExactly("rfc9051-6.3.2");
        assertThat(label(select, "severity")).containsExactly("critical");
        assertThat(label(select, "suite")).containsExactly("imap");
        assertThat(label(select, "epic")).containsExactly("mailspec");
        assertThat(label(select, "tag")).containsExactly("imap", "rfc9051-6.3.2", "must");
        assertThat(select.get("links").get(0).get("url").asText()).isEqualTo("https://www.rfc-editor.org/rfc/rfc9051#section-6.3.2");
        assertThat(select.get("stop").asLong() - select.get("start").asLong()).isEqualTo(25);
    }

    @Test
    void mapsVerdictsToAllureStatuses(@TempDir Path dir) throws Exception {
        AllureResults.write(dir, Samples.small());
        List<JsonNode> results = results(dir);
        JsonNode warn = find(results, "imap/fetch/fetch-of-flags-on-a-message-in-the-example-row#2");
        assertThat(warn.get("status").asText()).isEqualTo("passed");
        assertThat(warn.get("statusDetails").get("message").asText()).isEqualTo("WARN: no unsolicited FETCH FLAGS after STORE");
        assertThat(label(warn, "tag")).contains("WARN");
        assertThat(label(warn, "severity")).containsExactly("normal");
        JsonNode error = find(results, "pop3/top/top-returns-the-header-and-n-lines");
        assertThat(error.get("status").asText()).isEqualTo("broken");
        assertThat(label(error, "severity")).containsExactly("minor");
        assertThat(find(results, "imap/idle/idle-reports-new-messages").get("status").asText()).isEqualTo("skipped");
        JsonNode known = find(results, "pop3/uidl/uidl-lists-unique-ids");
        assertThat(known.get("status").asText()).isEqualTo("failed");
        assertThat(known.get("statusDetails").get("known").asBoolean()).isTrue();
        assertThat(known.get("statusDetails").get("message").asText())
                .isEqualTo("[baselined: dovecot uses a legacy uidl format here] unique-id contains a space");
        JsonNode sec = find(results, "imap/security/the-server-does-not-log-passwords-in-auth-debug-output");
        assertThat(label(sec, "severity")).containsExactly("blocker");
        assertThat(sec.get("statusDetails").get("trace").asText()).contains("Cause: auth_debug_passwords = yes");
    }

    @Test
    void categoriesMatchTheMessagesWritten(@TempDir Path dir) throws Exception {
        AllureResults.write(dir, Samples.small());
        JsonNode cats = M.readTree(dir.resolve("categories.json").toFile());
        assertThat(cats).extracting(c -> c.get("name").asText()).containsExactly(
                "Known failures (baselined)", "RFC MUST violations", "Harness could not judge", "RFC SHOULD violations");
        List<JsonNode> results = results(dir);
        assertThat(category(cats, find(results, "pop3/uidl/uidl-lists-unique-ids"))).isEqualTo("Known failures (baselined)");
        assertThat(category(cats, find(results, "imap/select/select-a-missing-mailbox-answers-no"))).isEqualTo("RFC MUST violations");
        assertThat(category(cats, find(results, "pop3/top/top-returns-the-header-and-n-lines"))).isEqualTo("Harness could not judge");
        assertThat(category(cats, find(results, "imap/fetch/fetch-of-flags-on-a-message-in-the-example-row#2"))).isEqualTo("RFC SHOULD violations");
        assertThat(category(cats, find(results, "imap/select/select-inbox-reports-read-write"))).isNull();
    }

    @Test
    void environmentNamesTheTarget(@TempDir Path dir) throws Exception {
        AllureResults.write(dir, Samples.small());
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("environment.properties"))) {
            p.load(in);
        }
        assertThat(p.getProperty("target")).isEqualTo("dovecot-local");
        assertThat(p.getProperty("imap.greeting")).startsWith("* OK [CAPABILITY IMAP4rev1");
        assertThat(p.getProperty("imap.capabilities")).contains("IDLE LITERAL+ STARTTLS AUTH=PLAIN");
        assertThat(p.getProperty("pop3.address")).isEqualTo("127.0.0.1:10110");
        assertThat(p.getProperty("pop3.capabilities")).contains("SASL PLAIN");
    }

    /**
     * Allure 2 puts a result in every category whose statuses and message regex (whole message) match,
     * Allure 3 in the first: ours must match at most one so both agree.
     */
    private static String category(JsonNode cats, JsonNode result) {
        List<String> all = new ArrayList<>();
        String status = result.get("status").asText();
        JsonNode msg = result.get("statusDetails").get("message");
        String message = msg == null ? "" : msg.asText();
        for (JsonNode c : cats) {
            boolean statusOk = false;
            for (JsonNode s : c.get("matchedStatuses")) {
                statusOk |= s.asText().equals(status);
            }
            boolean msgOk = !c.has("messageRegex") || Pattern.matches(c.get("messageRegex").asText(), message);
            if (statusOk && msgOk) {
                all.add(c.get("name").asText());
            }
        }
        assertThat(all).as("categories of %s", result.get("fullName").asText()).hasSizeLessThanOrEqualTo(1);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<JsonNode> results(Path dir) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(x -> x.toString().endsWith("-result.json")).sorted().toList()) {
                out.add(M.readTree(p.toFile()));
            }
        }
        return out;
    }

    private static JsonNode find(List<JsonNode> results, String id) {
        return results.stream().filter(r -> r.get("fullName").asText().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> label(JsonNode r, String name) {
        List<String> out = new ArrayList<>();
        for (JsonNode l : r.get("labels")) {
            if (l.get("name").asText().equals(name)) {
                out.add(l.get("value").asText());
            }
        }
        return out;
    }
}
