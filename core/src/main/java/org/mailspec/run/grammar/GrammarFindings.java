package org.mailspec.run.grammar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.mailspec.report.ScenarioResult;
import org.mailspec.report.Verdict;
import org.mailspec.text.Ascii;

/**
 * Every departure from the protocol grammar the run's judged clients met, gathered across all
 * scenarios and reported once per distinct deviation as a verdict of its own
 * ({@code imap/grammar/<production>/<short-name>}), with how many responses and scenarios showed it
 * and the first examples with their bytes. A scenario is judged on its own rule; one grammar slip
 * no longer fails every scenario whose responses show it. Shared by every thread of a suite run.
 *
 * <p>Grade: the grammar is a MUST (RFC 9051 9: "Note: [ABNF] rules MUST be followed strictly"),
 * except where an erratum documents a relaxation: a status response whose {@code [code]} is not
 * followed by SP and text, or that has no text at all, is a WARN (RFC 9051 erratum 7343, reported:
 * clients should not require the SP, servers should conservatively send it).
 */
public final class GrammarFindings {

    /** At most this many example responses per finding. */
    static final int EXAMPLES = 3;

    /** {@code * OK [CODE]CRLF}, {@code tag NO CRLF}, {@code * BYE CRLF}: no SP text after the code or status. */
    private static final Pattern NO_TEXT = Pattern.compile(
            "^(?:\\*|[^ \\r\\n]+) (?:OK|NO|BAD|BYE|PREAUTH)(?: \\[[^\\]\\r\\n]*\\])?\\r\\n$", Pattern.CASE_INSENSITIVE);

    /** {@code response > response-data > resp-text}: the path a problem's text may start with. */
    private static final Pattern PRODUCTION_PATH = Pattern.compile("[A-Za-z0-9-]+(?: > [A-Za-z0-9-]+)*");

    private final String protocol;
    private final Map<String, Finding> findings = new LinkedHashMap<>();

    /** One response that broke the grammar, and where it was seen. */
    public record Sighting(String production, String problem, byte[] frame, String connection, String scenario) {
        public Sighting {
            frame = frame.clone();
        }
    }

    private static final class Finding {
        final String id;
        final Sighting first;
        final boolean relaxed;
        final List<Sighting> examples = new ArrayList<>();
        final Set<String> scenarios = new LinkedHashSet<>();
        int responses;

        Finding(String id, Sighting first, boolean relaxed) {
            this.id = id;
            this.first = first;
            this.relaxed = relaxed;
        }
    }

    public GrammarFindings(String protocol) {
        this.protocol = protocol;
    }

    /**
     * Records a response that broke the grammar.
     *
     * @param production the production path of the deviation, e.g. {@code response > response-data > resp-text}
     * @param problem    what the parser found wrong
     * @param scenario   where it was seen: the scenario's feature path and line, {@code imap/select.feature:12}
     */
    public synchronized void saw(String production, String problem, byte[] frame, String connection, String scenario) {
        String last = lastProduction(production);
        boolean relaxed = protocol.equals("imap") && NO_TEXT.matcher(new String(frame, java.nio.charset.StandardCharsets.ISO_8859_1)).matches();
        String name = relaxed ? "no-sp-text-after-the-status-or-code" : shortName(problem);
        String id = protocol + "/grammar/" + slug(last) + "/" + name;
        Finding f = findings.computeIfAbsent(id, k -> new Finding(k, new Sighting(production, problem, frame, connection,
                scenario), relaxed));
        f.responses++;
        f.scenarios.add(scenario);
        if (f.examples.size() < EXAMPLES) {
            f.examples.add(new Sighting(production, problem, frame, connection, scenario));
        }
    }

    public synchronized boolean isEmpty() {
        return findings.isEmpty();
    }

    /**
     * One verdict per distinct deviation, in the order they were first seen.
     *
     * @param scenarioIds the id of the scenario at a {@code featurePath:line}, for the message
     */
    public synchronized List<ScenarioResult> verdicts(Function<String, String> scenarioIds) {
        List<ScenarioResult> out = new ArrayList<>();
        for (Finding f : findings.values()) {
            out.add(result(f, scenarioIds));
        }
        return out;
    }

    private ScenarioResult result(Finding f, Function<String, String> scenarioIds) {
        boolean imap = protocol.equals("imap");
        String production = lastProduction(f.first.production());
        String level = f.relaxed ? "should" : "must";
        List<String> rfc = imap ? List.of("rfc9051-9") : List.of("rfc1939-3");
        List<String> tags = new ArrayList<>(List.of("@" + protocol, "@" + level, "@" + rfc.get(0), "@grammar"));
        List<String> where = f.scenarios.stream().limit(5).map(s -> scenarioIds.apply(s)).toList();
        String seen = "seen in " + f.responses + " response(s) of " + f.scenarios.size() + " scenario(s), e.g. "
                + String.join(", ", where) + (f.scenarios.size() > where.size() ? ", ..." : "");
        String rule = f.relaxed
                ? "RFC 9051 9: resp-text = [\"[\" resp-text-code \"]\" SP] [text]; a status response sends SP and text "
                        + "after its code (relaxed by RFC 9051 erratum 7343: clients should not require the SP, servers "
                        + "should conservatively send it)"
                : imap ? "RFC 9051 9 (formal syntax): every response follows the grammar; this one breaks " + production
                        + ": " + deviation(f.first.problem())
                : "RFC 1939 3: every reply is a status indicator, text and CRLF; this one breaks " + production + ": "
                        + deviation(f.first.problem());
        String description = imap
                ? "RFC 9051 9: \"Note: [ABNF] rules MUST be followed strictly\"" + (f.relaxed
                        ? "\nLevel: SHOULD, because RFC 9051 erratum 7343 (reported) relaxes the SP after resp-text-code "
                        + "with empty text: servers should conservatively send it, clients should not require it." : "")
                : "RFC 1939 3: \"Responses in the POP3 consist of a status indicator and a keyword possibly followed by "
                        + "additional information.\"\nLevel: MUST, because the sentence defines a reply's syntax.";
        StringBuilder transcript = new StringBuilder();
        for (Sighting s : f.examples) {
            transcript.append(scenarioIds.apply(s.scenario())).append(" ").append(s.connection()).append(" S: ")
                    .append(Ascii.escape(s.frame())).append("\n    ").append(s.production()).append(": ")
                    .append(s.problem()).append("\n");
        }
        String actual = Ascii.escape(f.first.frame());
        String message = rule + " (expected a response in the " + (imap ? "RFC 9051" : "RFC 1939") + " grammar; got "
                + actual + ") " + seen;
        return new ScenarioResult(f.id, "responses follow the " + production + " production: " + f.first.problem(),
                protocol, protocol + "/grammar", "GRAMMAR", tags, rfc, level, f.relaxed ? Verdict.WARN : Verdict.FAIL,
                false, null, 0, message, description, null,
                "a response in the " + (imap ? "RFC 9051" : "RFC 1939") + " grammar", actual, transcript.toString(),
                List.of());
    }

    /**
     * The deviation without the bytes of the response it was first seen in ({@code ", found ..."} and the
     * offset excerpt): the rule of a verdict, and so of its baseline entry, must read the same whichever
     * scenario met the deviation first, and in a parallel run that changes from run to run.
     */
    static String deviation(String problem) {
        String p = problem;
        for (String tail : new String[] {", found", " (offset"}) {
            int i = p.indexOf(tail);
            if (i > 0) {
                p = p.substring(0, i);
            }
        }
        return p.strip();
    }

    static String lastProduction(String path) {
        int i = path.lastIndexOf('>');
        return (i < 0 ? path : path.substring(i + 1)).strip();
    }

    /** A stable short name for a problem: its words without quoted bytes, offsets or numbers. */
    static String shortName(String problem) {
        String p = problem;
        int colon = p.indexOf(": ");
        if (colon > 0 && PRODUCTION_PATH.matcher(p.substring(0, colon)).matches()) {
            p = p.substring(colon + 2); // the production path is the id's first part already
        }
        int found = p.indexOf(", found");
        if (found > 0) {
            p = p.substring(0, found); // what was found is bytes of one response, not the deviation's name
        }
        String words = p.replaceAll("\"[^\"]*\"", " ").replaceAll("⟨[^⟩]*⟩", " ").replaceAll("\\([^)]*\\)", " ")
                .replaceAll("\\d+", " ");
        String slug = slug(words);
        String[] parts = slug.split("-");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length && i < 7; i++) {
            if (!parts[i].isEmpty()) {
                b.append(b.length() == 0 ? "" : "-").append(parts[i]);
            }
        }
        return b.length() == 0 ? "deviation" : b.toString();
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
