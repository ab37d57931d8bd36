package org.mailspec.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The failures a given server is known to have: per scenario, why, and (in the exact form) what failed.
 *
 * <p>File format: UTF-8 text; blank lines and lines whose first non-blank character is {@code #} are
 * ignored. An entry is a line {@code <scenario-id> <reason>}, separated by whitespace, the reason required,
 * followed in the exact form by indented lines {@code verdict:}, {@code step:}, {@code rule:} (for an ERROR
 * {@code error:}) and {@code expected:} that say what failed; {@code step} and {@code expected} are left
 * out when the failure had none. A {@code #} later in a line is part of the id, reason or value (outline
 * ids contain {@code #}), so there are no trailing comments. An id listed twice is an error.
 *
 * <pre>
 * # dovecot 2.3.19, known gaps
 * imap/select/select-a-missing-mailbox-answers-no  answers BAD, tracked upstream
 *     verdict: FAIL
 *     step: Then the server answers NO with response code NONEXISTENT
 *     rule: SELECT of a missing mailbox: a tagged NO
 *     expected: a2 NO [NONEXISTENT] ...
 * pop3/top/top-with-negative-line-count-is-an-error  answers +OK (an old, coarse entry)
 * </pre>
 *
 * <p>An exact entry covers only that failure ({@link BaselineFailure#matches}): a different failure of the
 * scenario, or an ERROR where a FAIL was recorded, is a new failure. An id-only entry is coarse: it covers
 * any FAIL or WARN of the scenario, and an ERROR only when its reason starts {@code ERROR:} (as the old
 * {@code -Dbaseline.write} wrote for one); {@link #coarseWarning()} says so.
 *
 * @param entries the entries by id, in file order
 */
public record Baseline(Map<String, Entry> entries) {

    /**
     * One scenario's entry.
     *
     * @param failure what failed, or empty for a coarse (id-only) entry
     */
    public record Entry(String reason, Optional<BaselineFailure> failure) {
        public Entry {
            reason = reason == null ? "" : reason;
            failure = failure == null ? Optional.empty() : failure;
        }

        public boolean isCoarse() {
            return failure.isEmpty();
        }

        /** Whether the failing result {@code r} of run {@code runId} is this known failure. */
        public boolean covers(ScenarioResult r, String runId) {
            if (failure.isPresent()) {
                return failure.get().matches(r, runId);
            }
            return r.verdict() != Verdict.ERROR || reason.startsWith("ERROR:");
        }
    }

    private static final Pattern FIELD = Pattern.compile("(verdict|step|rule|error|expected):\\s?(.*)");

    public Baseline {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public static Baseline empty() {
        return new Baseline(Map.of());
    }

    /** Coarse entries, reason by id, as the id-only form lists them. */
    public static Baseline coarse(Map<String, String> reasons) {
        Map<String, Entry> m = new LinkedHashMap<>();
        reasons.forEach((id, reason) -> m.put(id, new Entry(reason, Optional.empty())));
        return new Baseline(m);
    }

    public boolean contains(String id) {
        return entries.containsKey(id);
    }

    public Optional<String> reason(String id) {
        return Optional.ofNullable(entries.get(id)).map(Entry::reason);
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public int size() {
        return entries.size();
    }

    /** The ids of the id-only entries. */
    public List<String> coarseIds() {
        return entries.entrySet().stream().filter(e -> e.getValue().isCoarse()).map(Map.Entry::getKey).toList();
    }

    /** A warning when some entries are id-only, or empty. */
    public Optional<String> coarseWarning() {
        List<String> coarse = coarseIds();
        if (coarse.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Text.plural(coarse.size(), "baseline entry names", "baseline entries name") + " only the scenario"
                + (coarse.size() == size() ? "" : " (of " + size() + ")")
                + ", not what failed: any FAIL of " + (coarse.size() == 1 ? "it" : "them")
                + " passes the gate, even a different one. Write the exact form with -Dbaseline.write=FILE.");
    }

    /** The entries of one protocol's scenarios ({@code imap/...} or {@code pop3/...}). */
    public Baseline forProtocol(String protocol) {
        Map<String, Entry> mine = new LinkedHashMap<>();
        entries.forEach((id, e) -> {
            if (id.startsWith(protocol + "/")) {
                mine.put(id, e);
            }
        });
        return new Baseline(mine);
    }

    /** Reads a baseline file; {@link BaselineException} names the file and line of the first problem. */
    public static Baseline read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BaselineException(file + ": no such baseline file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read baseline " + file, e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BaselineException(file + ": not UTF-8 text (" + e.getMessage() + ")", e);
        }
        return parse(text, file.toString());
    }

    /** An entry being read: its id line, and the fields below it. */
    private static final class Pending {
        final String id;
        final String reason;
        final int line;
        final Map<String, String> fields = new LinkedHashMap<>();

        Pending(String id, String reason, int line) {
            this.id = id;
            this.reason = reason;
            this.line = line;
        }
    }

    /** Parses baseline text; {@code source} names it in errors. */
    public static Baseline parse(String text, String source) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        List<String> lines = Text.lines(text);
        Pending current = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + ":" + lineNo + ": ";
            Matcher field = FIELD.matcher(line);
            if (!raw.isEmpty() && Character.isWhitespace(raw.charAt(0)) && field.matches()) {
                if (current == null) {
                    throw new BaselineException(where + "'" + field.group(1) + ":' belongs under a scenario id line");
                }
                String key = field.group(1).equals("error") ? "rule" : field.group(1);
                if (current.fields.containsKey(key) || (key.equals("rule") && current.fields.containsKey("error"))) {
                    throw new BaselineException(where + "'" + field.group(1) + ":' is given twice for '" + current.id + "'");
                }
                current.fields.put(key, field.group(2).strip());
                if (field.group(1).equals("error")) {
                    current.fields.put("error", "");
                }
                continue;
            }
            if (current != null) {
                entries.put(current.id, entry(current, source));
            }
            int ws = 0;
            while (ws < line.length() && !Character.isWhitespace(line.charAt(ws))) {
                ws++;
            }
            String id = line.substring(0, ws);
            String reason = line.substring(ws).strip();
            if (id.startsWith("@")) {
                throw new BaselineException(where + "'" + id + "' is a tag; a baseline lists scenario ids such as "
                        + "imap/select/select-inbox-reports-read-write");
            }
            if (!id.contains("/")) {
                throw new BaselineException(where + "'" + Text.visible(id, false) + "' is not a scenario id; expected "
                        + "<protocol>/<feature>/<scenario-name-words>, e.g. imap/select/select-inbox-reports-read-write");
            }
            if (reason.isEmpty()) {
                throw new BaselineException(where + "'" + id + "' has no reason; write the id, a space, and why "
                        + "the server is known to fail it");
            }
            Integer first = lineOf.putIfAbsent(id, lineNo);
            if (first != null) {
                throw new BaselineException(where + "'" + id + "' is already listed on line " + first
                        + "; each scenario appears once");
            }
            current = new Pending(id, reason, lineNo);
        }
        if (current != null) {
            entries.put(current.id, entry(current, source));
        }
        return new Baseline(entries);
    }

    private static Entry entry(Pending p, String source) {
        if (p.fields.isEmpty()) {
            return new Entry(p.reason, Optional.empty());
        }
        String where = source + ":" + p.line + ": '" + p.id + "': ";
        String v = p.fields.get("verdict");
        if (v == null) {
            throw new BaselineException(where + "an exact entry needs a 'verdict:' line (FAIL, WARN or ERROR)");
        }
        Verdict verdict;
        try {
            verdict = Verdict.valueOf(v);
        } catch (IllegalArgumentException e) {
            verdict = null;
        }
        if (verdict == null || verdict == Verdict.PASS || verdict == Verdict.SKIP) {
            throw new BaselineException(where + "verdict must be FAIL, WARN or ERROR, got '" + Text.visible(v, false) + "'");
        }
        boolean error = p.fields.containsKey("error");
        if (error != (verdict == Verdict.ERROR)) {
            throw new BaselineException(where + (error ? "'error:' is for an ERROR; a " + verdict + " says 'rule:'"
                    : "an ERROR says what went wrong in 'error:', not 'rule:'"));
        }
        if (!p.fields.containsKey("rule")) {
            throw new BaselineException(where + "an exact entry needs a '" + (error ? "error:" : "rule:") + "' line");
        }
        return new Entry(p.reason, Optional.of(new BaselineFailure(verdict, p.fields.get("step"), p.fields.get("rule"),
                p.fields.get("expected"))));
    }

    /**
     * Writes a baseline of what fails the build now: FAIL and ERROR (not WARN), sorted by id, each with
     * its reason and, in the exact form, what failed. A scenario already in the baseline keeps the reason
     * written there; a new one gets its one-line message.
     *
     * @param header comment lines written at the top, each prefixed with {@code # }; may be empty
     */
    public static void write(Path file, List<ScenarioResult> failing, String header) {
        write(file, failing, header, false);
    }

    /** As {@link #write(Path, List, String)}; when {@code strict}, WARN is listed too (it fails the build). */
    public static void write(Path file, List<ScenarioResult> failing, String header, boolean strict) {
        write(file, failing, header, strict, null);
    }

    /** As {@link #write(Path, List, String, boolean)}; {@code runId} (or null) becomes {@value BaselineFailure#RUN_PLACEHOLDER}. */
    public static void write(Path file, List<ScenarioResult> failing, String header, boolean strict, String runId) {
        Files2.writeAtomically(file, render(failing, header, strict, runId));
    }

    /** The text {@link #write} writes. */
    public static String render(List<ScenarioResult> results, String header, boolean strict) {
        return render(results, header, strict, null);
    }

    /** The text {@link #write} writes, run {@code runId}'s id (or nothing, when null) replaced by a placeholder. */
    public static String render(List<ScenarioResult> results, String header, boolean strict, String runId) {
        StringBuilder sb = new StringBuilder();
        if (header != null && !header.isBlank()) {
            for (String h : Text.lines(header)) {
                sb.append(h.isBlank() ? "#" : "# " + Text.visible(h.strip(), false)).append('\n');
            }
            sb.append('\n');
        }
        List<ScenarioResult> sorted = new ArrayList<>();
        for (ScenarioResult r : results) {
            if (r.isFailing(strict) && !r.isSuiteStop()) {
                sorted.add(r);
            }
        }
        sorted.sort(Comparator.comparing(ScenarioResult::id));
        for (ScenarioResult r : sorted) {
            String reason = r.baselined() && r.baselineReason() != null && !r.baselineReason().isBlank()
                    ? r.baselineReason()
                    : r.verdict() + ": " + (r.message().isBlank() ? "(no message)" : BaselineFailure.unrun(r.message(), runId));
            sb.append(r.id()).append("  ").append(value(reason)).append('\n');
            BaselineFailure f = BaselineFailure.of(r, runId);
            sb.append("    verdict: ").append(f.verdict()).append('\n');
            if (f.step() != null) {
                sb.append("    step: ").append(value(f.step())).append('\n');
            }
            sb.append(f.verdict() == Verdict.ERROR ? "    error: " : "    rule: ").append(value(f.rule())).append('\n');
            if (f.expected() != null) {
                sb.append("    expected: ").append(value(f.expected())).append('\n');
            }
        }
        return sb.toString();
    }

    private static String value(String s) {
        return Text.visible(Text.oneLine(s), false);
    }
}
