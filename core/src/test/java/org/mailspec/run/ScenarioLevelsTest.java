package org.mailspec.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A scenario's level tag ({@code @must}, {@code @should}, {@code @may}) is the strongest RFC 2119
 * key word of the RFC text its description quotes, unless the description says in one line why it
 * is not: {@code Level: MUST, because ...} (the level named is the tag's). That line is how a
 * sentence that defines a command's result without a key word becomes a MUST.
 *
 * <p>Reads every {@code features/**}{@code /*.feature} of the project (found by walking up from the
 * working directory) and fails listing each scenario that breaks the rule.
 */
class ScenarioLevelsTest {

    /** RFC 2119 requirement levels, weakest first. */
    enum Level {
        MAY, SHOULD, MUST;

        static Optional<Level> ofTag(String tag) {
            return switch (tag) {
                case "@must" -> Optional.of(MUST);
                case "@should" -> Optional.of(SHOULD);
                case "@may" -> Optional.of(MAY);
                default -> Optional.empty();
            };
        }

        static Level ofKeyword(String keyword) {
            return switch (keyword) {
                case "MUST", "MUST NOT", "REQUIRED", "SHALL", "SHALL NOT" -> MUST;
                case "SHOULD", "SHOULD NOT", "RECOMMENDED", "NOT RECOMMENDED" -> SHOULD;
                case "MAY", "OPTIONAL" -> MAY;
                default -> throw new IllegalArgumentException(keyword);
            };
        }

        String tag() {
            return "@" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A scenario as written: where it is, its own tags and its description lines (trimmed). */
    record Scenario(String where, String name, List<String> tags, List<String> description) {
    }

    private static final Pattern SCENARIO = Pattern.compile("^\\s*(?:Scenario Outline|Scenario Template|Scenario|Example):\\s*(.*)$");
    private static final Pattern BLOCK = Pattern.compile("^\\s*(?:Feature|Background|Rule|Examples|Scenarios):");
    private static final Pattern STEP = Pattern.compile("^\\s*(?:Given|When|Then|And|But|\\*)\\s");
    private static final Pattern KEYWORD = Pattern.compile("\\b(MUST NOT|MUST|SHALL NOT|SHALL|REQUIRED|SHOULD NOT|SHOULD"
            + "|NOT RECOMMENDED|RECOMMENDED|MAY|OPTIONAL)\\b");
    private static final Pattern LEVEL_LINE = Pattern.compile("^Level: (MUST|SHOULD|MAY), because \\S.*$");
    private static final String OPEN_PREV = " \t\n([{/=";
    private static final String CLOSE_NEXT = " \t\n.,;:)]!?'";

    // ---------------------------------------------------------------- the project's features

    @Test
    void everyLevelTagIsTheKeywordOfItsQuoteOrItsDescriptionSaysWhy() {
        List<Scenario> scenarios = projectScenarios();
        assertThat(scenarios).as("the project's scenarios").hasSizeGreaterThan(300);
        assertLevelsAgree(scenarios);
    }

    // ---------------------------------------------------------------- the rule fails when broken

    private static final String FIXTURE = """
            @imap
            Feature: fixture

              @must @rfc9051-2.2.2
              Scenario: a must that quotes a should
                RFC 9051 2.2.2: "Servers SHOULD strictly enforce the syntax outlined in this specification."
                Given the client is connected

              @must @rfc9051-6.3.12
              Scenario: a must that quotes no key word and gives no reason
                RFC 9051 6.3.12: "The APPEND command appends the literal argument as a new message to the end
                of the specified destination mailbox." This MUST outside the quote does not count.
                Given the client is connected

              @should @rfc9051-6.4.7
              Scenario: a reason line that names another level
                RFC 9051 6.4.7: "The COPY command copies the specified message(s) to the end of the specified
                destination mailbox."
                Level: MUST, because the sentence defines the result of COPY.
                Given the client is connected

              @rfc9051-6.1.2
              Scenario: no level tag
                RFC 9051 6.1.2: "The NOOP command always succeeds."
                Given the client is connected

              @must @rfc9051-6.3.12
              Scenario: a result defined without a key word, with its reason
                RFC 9051 6.3.12: "The APPEND command appends the literal argument as a new message to the end
                of the specified destination mailbox."
                Level: MUST, because the sentence defines the result of APPEND.
                Given the client is connected

              @should @rfc9051-6.4.7
              Scenario: a should that quotes a should
                RFC 9051 6.4.7: "The flags and internal date of the message(s) SHOULD be preserved in the copy."
                Given the client is connected

              @must @rfc9051-6.1.1
              Scenario: nested quotes and an ABNF quote
                RFC 9051 9: 'capability-data = "CAPABILITY" *(SP capability) SP "IMAP4rev2"'. RFC 9051 6.1.1:
                "The server MUST send a single untagged CAPABILITY response with "IMAP4rev2" as one of the
                listed capabilities before the (tagged) OK response."
                Given the client is connected

              @may @rfc9051-6.2.3
              Scenario Outline: an outline with a may
                RFC 9051 6.2.3: "A server MAY include a CAPABILITY response code in the tagged OK response to a
                successful LOGIN command in order to send capabilities automatically."
                Given the client sends "<command>"

                @must
                Examples:
                  | command |
                  | LOGIN   |
            """;

    @Test
    void theRuleFailsOnAFixtureThatBreaksItAndNamesEachBrokenScenario() {
        List<Scenario> fixture = parse("fixture.feature", FIXTURE);
        assertThat(fixture).extracting(Scenario::name).containsExactly(
                "a must that quotes a should",
                "a must that quotes no key word and gives no reason",
                "a reason line that names another level",
                "no level tag",
                "a result defined without a key word, with its reason",
                "a should that quotes a should",
                "nested quotes and an ABNF quote",
                "an outline with a may");

        assertThat(problems(fixture)).containsExactly(
                "fixture.feature:5 a must that quotes a should: tagged @must, but its quotes' strongest key word is SHOULD"
                        + " and no line says why (Level: MUST, because ...)",
                "fixture.feature:10 a must that quotes no key word and gives no reason: tagged @must, but its quotes"
                        + " carry no RFC 2119 key word and no line says why (Level: MUST, because ...)",
                "fixture.feature:16 a reason line that names another level: tagged @should, but its Level line says MUST",
                "fixture.feature:23 no level tag: has no level tag (@must, @should or @may)");

        assertThatThrownBy(() -> assertLevelsAgree(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("4 scenarios")
                .hasMessageContaining("a must that quotes a should")
                .hasMessageContaining("no level tag");
    }

    @Test
    void aDescriptionMayGiveOnlyOneReasonLineAndItMustHaveTheFixedForm() {
        List<Scenario> fixture = parse("f.feature", """
                Feature: f
                  @must
                  Scenario: two reasons
                    RFC 9051 6.1.2: "The NOOP command always succeeds."
                    Level: MUST, because the sentence defines the result of NOOP.
                    Level: MUST, because it says so twice.
                    Given the client is connected

                  @must
                  Scenario: a reason in another form
                    RFC 9051 6.1.2: "The NOOP command always succeeds."
                    Level: MUST (the sentence defines the result of NOOP)
                    Given the client is connected
                """);
        assertThat(problems(fixture)).containsExactly(
                "f.feature:3 two reasons: has 2 Level lines; one says why",
                "f.feature:10 a reason in another form: has a Level line not in the form"
                        + " \"Level: MUST|SHOULD|MAY, because ...\": Level: MUST (the sentence defines the result of NOOP)");
    }

    @Test
    void quotesAreReadAsTheRfcQuotesChecksThem() {
        assertThat(quotes("RFC 9051 6.1.1: \"The server MUST send a single untagged CAPABILITY response with"
                + " \"IMAP4rev2\" as one of the listed capabilities.\" (RFC 3501 requires \"IMAP4rev1\".)"))
                .containsExactly("The server MUST send a single untagged CAPABILITY response with \"IMAP4rev2\" as one of"
                        + " the listed capabilities.", "IMAP4rev1");
        assertThat(quotes("RFC 9051 9: 'idle = \"IDLE\" CRLF \"DONE\"'. The server's answer, the client's line."))
                .containsExactly("idle = \"IDLE\" CRLF \"DONE\"");
        assertThat(quotes("RFC 7888 3: \"by having a plus ('+') between the octet count and the closing brace ('}').\""))
                .containsExactly("by having a plus ('+') between the octet count and the closing brace ('}').");
        assertThat(strongest(List.of("a server MUST NOT", "it SHOULD", "the client MAY"))).contains(Level.MUST);
        assertThat(strongest(List.of("NOT RECOMMENDED"))).contains(Level.SHOULD);
        assertThat(strongest(List.of("the server should respond", "may NOT refer to"))).isEmpty();
    }

    // ---------------------------------------------------------------- the rule

    static void assertLevelsAgree(List<Scenario> scenarios) {
        List<String> problems = problems(scenarios);
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " scenarios have a level tag that is not the strongest RFC 2119"
                    + " key word of what they quote, and no \"Level: <LEVEL>, because ...\" line:\n  "
                    + String.join("\n  ", problems));
        }
    }

    static List<String> problems(List<Scenario> scenarios) {
        List<String> out = new ArrayList<>();
        for (Scenario s : scenarios) {
            problem(s).ifPresent(p -> out.add(s.where() + " " + s.name() + ": " + p));
        }
        return out;
    }

    private static Optional<String> problem(Scenario s) {
        List<Level> tagged = s.tags().stream().map(Level::ofTag).flatMap(Optional::stream).toList();
        if (tagged.isEmpty()) {
            return Optional.of("has no level tag (@must, @should or @may)");
        }
        if (tagged.size() > 1) {
            return Optional.of("has several level tags " + tagged.stream().map(Level::tag).toList());
        }
        Level tag = tagged.get(0);
        List<String> levelLines = s.description().stream().filter(l -> l.startsWith("Level:")).toList();
        if (levelLines.size() > 1) {
            return Optional.of("has " + levelLines.size() + " Level lines; one says why");
        }
        if (levelLines.size() == 1) {
            Matcher m = LEVEL_LINE.matcher(levelLines.get(0));
            if (!m.matches()) {
                return Optional.of("has a Level line not in the form \"Level: MUST|SHOULD|MAY, because ...\": "
                        + levelLines.get(0));
            }
            Level said = Level.valueOf(m.group(1));
            return said == tag ? Optional.empty()
                    : Optional.of("tagged " + tag.tag() + ", but its Level line says " + said);
        }
        String quoted = String.join("\n", s.description().stream().filter(l -> !l.startsWith("Level:")).toList());
        Optional<Level> strongest = strongest(quotes(quoted));
        if (strongest.isEmpty()) {
            return Optional.of("tagged " + tag.tag() + ", but its quotes carry no RFC 2119 key word and no line says why"
                    + " (Level: " + tag + ", because ...)");
        }
        if (strongest.get() != tag) {
            return Optional.of("tagged " + tag.tag() + ", but its quotes' strongest key word is " + strongest.get()
                    + " and no line says why (Level: " + tag + ", because ...)");
        }
        return Optional.empty();
    }

    /** The strongest RFC 2119 key word (upper case only, as RFC 8174 reads them) in the quoted texts. */
    static Optional<Level> strongest(List<String> quoted) {
        Level best = null;
        for (String q : quoted) {
            Matcher m = KEYWORD.matcher(q);
            while (m.find()) {
                Level l = Level.ofKeyword(m.group(1));
                if (best == null || l.compareTo(best) > 0) {
                    best = l;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The top-level quotes of a description, read as {@code rfc-quotes} reads them: a quote opens at
     * {@code "} or {@code '} after white space or an opening bracket and before a non-space, and
     * closes at the same mark after a non-space and before white space or punctuation; a {@code "}
     * that opens inside a double-quoted text nests one level.
     */
    static List<String> quotes(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if ((c == '"' || c == '\'') && (i == 0 || OPEN_PREV.indexOf(text.charAt(i - 1)) >= 0) && i + 1 < n
                    && !Character.isWhitespace(text.charAt(i + 1))) {
                int end = close(text, i);
                if (end > 0) {
                    out.add(text.substring(i + 1, end));
                    i = end + 1;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    private static int close(String text, int open) {
        char q = text.charAt(open);
        int n = text.length();
        if (q == '\'') {
            for (int j = open + 1; j < n; j++) {
                if (text.charAt(j) == '\'' && closes(text, j)) {
                    return j;
                }
            }
            return -1;
        }
        boolean nested = false;
        for (int j = open + 1; j < n; j++) {
            if (text.charAt(j) != '"') {
                continue;
            }
            char prev = text.charAt(j - 1);
            boolean nextIsText = j + 1 < n && !Character.isWhitespace(text.charAt(j + 1));
            if (nested) {
                nested = false;
            } else if ((OPEN_PREV.indexOf(prev) >= 0 || j == open + 1) && nextIsText) {
                nested = true;
            } else if (closes(text, j)) {
                return j;
            }
        }
        for (int j = open + 1; j < n; j++) {
            if (text.charAt(j) == '"' && closes(text, j)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean closes(String text, int j) {
        return !Character.isWhitespace(text.charAt(j - 1))
                && (j + 1 >= text.length() || CLOSE_NEXT.indexOf(text.charAt(j + 1)) >= 0);
    }

    // ---------------------------------------------------------------- reading feature files

    static List<Scenario> parse(String file, String featureText) {
        List<Scenario> out = new ArrayList<>();
        String[] lines = featureText.split("\r?\n", -1);
        List<String> pendingTags = new ArrayList<>();
        String name = null;
        int line = 0;
        List<String> tags = List.of();
        List<String> description = new ArrayList<>();
        boolean inDescription = false;
        boolean inDocString = false;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].trim();
            if (inDocString) {
                inDocString = !(t.startsWith("\"\"\"") || t.startsWith("```"));
                continue;
            }
            Matcher scenario = SCENARIO.matcher(lines[i]);
            if (scenario.matches()) {
                if (name != null) {
                    out.add(new Scenario(file + ":" + line, name, tags, List.copyOf(description)));
                }
                name = scenario.group(1).trim();
                line = i + 1;
                tags = List.copyOf(pendingTags);
                pendingTags.clear();
                description.clear();
                inDescription = true;
            } else if (BLOCK.matcher(lines[i]).find()) {
                pendingTags.clear();
                inDescription = false;
            } else if (t.startsWith("@")) {
                pendingTags.addAll(List.of(t.split("\\s+")));
                inDescription = false;
            } else if (t.startsWith("\"\"\"") || t.startsWith("```")) {
                inDocString = true;
                inDescription = false;
            } else if (STEP.matcher(lines[i]).find() || t.startsWith("|")) {
                inDescription = false;
            } else if (inDescription && !t.isEmpty() && !t.startsWith("#")) {
                description.add(t);
            }
        }
        if (name != null) {
            out.add(new Scenario(file + ":" + line, name, tags, List.copyOf(description)));
        }
        return out;
    }

    private static List<Scenario> projectScenarios() {
        Path features = featuresDir();
        try (Stream<Path> files = Files.walk(features)) {
            List<Path> featureFiles = files
                    .filter(p -> p.toString().endsWith(".feature"))
                    .filter(p -> !features.relativize(p).toString().replace('\\', '/').matches("(.*/)?(target|build)/.*"))
                    .sorted()
                    .toList();
            List<Scenario> out = new ArrayList<>();
            for (Path p : featureFiles) {
                String shown = "features/" + features.relativize(p).toString().replace('\\', '/');
                out.addAll(parse(shown, Files.readString(p, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project's {@code features/} folder: the working directory is the module's, so walk up to it. */
    private static Path featuresDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("features");
            if (Files.isDirectory(candidate.resolve("imap")) && Files.isDirectory(candidate.resolve("pop3"))) {
                return candidate;
            }
        }
        throw new AssertionError("no features/ with imap/ and pop3/ above " + Path.of("").toAbsolutePath());
    }
}
