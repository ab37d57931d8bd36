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

/**
 * The scenarios a given server is known to fail, each with the reason.
 *
 * <p>File format: UTF-8 text; blank lines and lines whose first non-blank character is {@code #} are
 * ignored; every other line is {@code <scenario-id> <reason>}, separated by whitespace, the reason
 * required. A {@code #} later in a line is part of the id or reason (outline ids contain {@code #}), so
 * there are no trailing comments. An id listed twice is an error.
 *
 * <pre>
 * # dovecot 2.3.19, known gaps
 * imap/select/select-reports-uidnotsticky-for-a-virtual-mailbox  no virtual mailboxes configured
 * pop3/top/top-with-negative-line-count-is-an-error               answers +OK, tracked upstream
 * </pre>
 *
 * @param entries reason by id, in file order
 */
public record Baseline(Map<String, String> entries) {

    public Baseline {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public static Baseline empty() {
        return new Baseline(Map.of());
    }

    public boolean contains(String id) {
        return entries.containsKey(id);
    }

    public Optional<String> reason(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public int size() {
        return entries.size();
    }

    /** The entries of one protocol's scenarios ({@code imap/...} or {@code pop3/...}). */
    public Baseline forProtocol(String protocol) {
        Map<String, String> mine = new LinkedHashMap<>();
        entries.forEach((id, reason) -> {
            if (id.startsWith(protocol + "/")) {
                mine.put(id, reason);
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

    /** Parses baseline text; {@code source} names it in errors. */
    public static Baseline parse(String text, String source) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        List<String> lines = Text.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int ws = 0;
            while (ws < line.length() && !Character.isWhitespace(line.charAt(ws))) {
                ws++;
            }
            String id = line.substring(0, ws);
            String reason = line.substring(ws).strip();
            String where = source + ":" + lineNo + ": ";
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
            entries.put(id, reason);
        }
        return new Baseline(entries);
    }

    /**
     * Writes a baseline of what fails the build now: FAIL and ERROR (not WARN), sorted by id, each with
     * its reason. A scenario already in the baseline keeps the reason written there; a new one gets its
     * one-line message.
     *
     * @param header comment lines written at the top, each prefixed with {@code # }; may be empty
     */
    public static void write(Path file, List<ScenarioResult> failing, String header) {
        write(file, failing, header, false);
    }

    /** As {@link #write(Path, List, String)}; when {@code strict}, WARN is listed too (it fails the build). */
    public static void write(Path file, List<ScenarioResult> failing, String header, boolean strict) {
        Files2.writeAtomically(file, render(failing, header, strict));
    }

    /** The text {@link #write} writes. */
    public static String render(List<ScenarioResult> results, String header, boolean strict) {
        StringBuilder sb = new StringBuilder();
        if (header != null && !header.isBlank()) {
            for (String h : Text.lines(header)) {
                sb.append(h.isBlank() ? "#" : "# " + Text.visible(h.strip(), false)).append('\n');
            }
            sb.append('\n');
        }
        List<ScenarioResult> sorted = new ArrayList<>();
        for (ScenarioResult r : results) {
            if (r.isFailing(strict)) {
                sorted.add(r);
            }
        }
        sorted.sort(Comparator.comparing(ScenarioResult::id));
        for (ScenarioResult r : sorted) {
            String reason = r.baselined() && r.baselineReason() != null && !r.baselineReason().isBlank()
                    ? r.baselineReason()
                    : r.verdict() + ": " + (r.message().isBlank() ? "(no message)" : r.message());
            sb.append(r.id()).append("  ").append(Text.visible(Text.oneLine(reason), false)).append('\n');
        }
        return sb.toString();
    }
}
