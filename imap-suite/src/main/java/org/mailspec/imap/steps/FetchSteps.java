package org.mailspec.imap.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.mailspec.imap.response.BodyStructure;
import org.mailspec.imap.response.Envelope;
import org.mailspec.imap.response.Expunge;
import org.mailspec.imap.response.Flag;
import org.mailspec.imap.response.FetchItem;
import org.mailspec.imap.response.ImapString;
import org.mailspec.imap.steps.support.ExpungeReplay;
import org.mailspec.imap.steps.support.MimeSections;
import org.mailspec.imap.steps.support.SevenBitConversion;
import org.mailspec.imap.steps.support.TextLines;
import org.mailspec.run.HarnessError;
import org.mailspec.text.Ascii;

/** FETCH data of the last command (core's typed items), and EXPUNGE renumbering. */
public final class FetchSteps {

    private final Sessions sessions;
    private final Seeds seeds;
    private final Verdicts verdicts;

    public FetchSteps(Sessions sessions, Seeds seeds, Verdicts verdicts) {
        this.sessions = sessions;
        this.seeds = seeds;
        this.verdicts = verdicts;
    }

    private Fetched data() {
        return Fetched.of(sessions.last().untagged());
    }

    private String shown() {
        return Responses.show(sessions.last().untagged());
    }

    private FetchItem item(int n, String name) {
        Optional<FetchItem> v = data().item(n, name);
        if (v.isEmpty()) {
            Observation o = sessions.last();
            throw verdicts.violation(o.describe() + ": the FETCH data of message " + n + " includes " + name,
                    "* " + n + " FETCH (... " + name + " ...)", shown(), o.session, null);
        }
        return v.get();
    }

    /** The string an item carries (BODY[...], BINARY[...], RFC822...); empty for NIL. */
    private static Optional<Optional<ImapString>> string(FetchItem item) {
        if (item instanceof FetchItem.BodySection b) {
            return Optional.of(b.data());
        }
        if (item instanceof FetchItem.Binary b) {
            return Optional.of(b.data());
        }
        if (item instanceof FetchItem.Rfc822 r) {
            return Optional.of(r.data());
        }
        if (item instanceof FetchItem.Rfc822Header r) {
            return Optional.of(r.data());
        }
        if (item instanceof FetchItem.Rfc822Text r) {
            return Optional.of(r.data());
        }
        return Optional.empty();
    }

    private byte[] octets(int n, String name) {
        FetchItem item = item(n, name);
        Optional<ImapString> s = string(item).flatMap(x -> x);
        if (s.isPresent()) {
            return s.get().bytes();
        }
        Observation o = sessions.last();
        throw verdicts.violation(o.describe() + ": " + name + " of message " + n + " is a string", "a string or literal",
                string(item).isPresent() ? "NIL" : String.valueOf(item), o.session, null);
    }

    // ---------------------------------------------------------------- flags

    @Then("message {int} has the flag {flag}")
    public void hasFlag(int n, String flag) {
        flag(n, flag, true);
    }

    @Then("message {int} does not have the flag {flag}")
    public void hasNoFlag(int n, String flag) {
        flag(n, flag, false);
    }

    private void flag(int n, String flag, boolean wanted) {
        Observation o = sessions.last();
        Optional<List<Flag>> flags = data().flags(n);
        if (flags.isEmpty()) {
            throw verdicts.violation(o.describe() + ": the server returns the FLAGS of message " + n,
                    "* " + n + " FETCH (FLAGS (...))", shown(), o.session, null);
        }
        if (flags.get().contains(Flag.of(flag)) != wanted) {
            throw verdicts.violation(o.describe() + ": message " + n + (wanted ? " has " : " does not have ") + "the flag " + flag,
                    "FLAGS " + (wanted ? "with " : "without ") + flag, "FLAGS " + flags.get() + " in " + shown(), o.session, null);
        }
    }

    // ---------------------------------------------------------------- items

    @Then("the server returns {fetchItem} for message {int}")
    public void returnsItem(String name, int n) {
        item(n, name);
    }

    @Then("the server returns no {fetchItem} for message {int}")
    public void returnsNoItem(String name, int n) {
        if (data().item(n, name).isPresent()) {
            Observation o = sessions.last();
            throw verdicts.violation(o.describe() + ": no " + name + " for message " + n, "no " + name, shown(), o.session, null);
        }
    }

    @Then("the server returns these items for message {int}:")
    public void returnsItems(int n, DataTable items) {
        for (String name : Tables.column(items)) {
            item(n, name.strip());
        }
    }

    @Then("the server returns FETCH data for messages {ints}")
    public void fetchedMessages(List<Integer> expected) {
        Observation o = sessions.last();
        TreeSet<Long> want = new TreeSet<>();
        expected.forEach(i -> want.add((long) i));
        TreeSet<Long> got = new TreeSet<>(data().messages());
        if (!got.equals(want)) {
            throw verdicts.violation(o.describe() + ": FETCH data for exactly messages " + want, "FETCH for " + want,
                    "FETCH for " + got + ": " + shown(), o.session, null);
        }
    }

    @Then("the {fetchItem} of message {int} is {quoted}")
    public void itemIs(String name, int n, String text) {
        byte[] want = ParameterTypes.unescape(text).getBytes(StandardCharsets.UTF_8);
        compare(name, n, want, "\"" + text + "\"");
    }

    @Then("the {fetchItem} of message {int} is NIL")
    public void itemIsNil(String name, int n) {
        FetchItem item = item(n, name);
        Optional<Optional<ImapString>> s = string(item);
        if (s.isEmpty() || s.get().isPresent()) {
            Observation o = sessions.last();
            throw verdicts.violation(o.describe() + ": " + name + " of message " + n + " is NIL", "NIL",
                    s.flatMap(x -> x).map(v -> "\"" + Ascii.escape(v.bytes()) + "\"").orElse(String.valueOf(item)), o.session, null);
        }
    }

    @Then("the {fetchItem} of message {int} is the {fixture} message")
    public void itemIsFixture(String name, int n, String fixture) {
        byte[] want = sessions.expectedOctets(sessions.last().session, n, fixture);
        Optional<Seeded> delivered = seeds.deliveredWithTrace(sessions.last().session.selected, n, fixture);
        if (delivered.isPresent() && isWholeMessage(name)) {
            compareFromFirstSeededHeader(name, n, want, delivered.get());
            return;
        }
        if (name.equals("BODY[]") || name.equals("RFC822")) {
            // RFC 9051 6.3.12: a server "unable to preserve 8-bit data properly MUST be able to reversibly
            // convert 8-bit APPEND data to 7 bits": an equivalent conversion is accepted, and the transcript says which
            Optional<String> converted = SevenBitConversion.of(want, octets(n, name));
            if (converted.isPresent()) {
                verdicts.transcript().event(sessions.last().session.connection(), name + " of message " + n
                        + " is the " + fixture + " message converted to 7 bits with Content-Transfer-Encoding: "
                        + converted.get() + " (RFC 9051 6.3.12 allows a reversible conversion); accepted");
                return;
            }
        }
        compare(name, n, want, "the " + want.length + " octets of the " + fixture + " message");
    }

    private static boolean isWholeMessage(String name) {
        String u = name.toUpperCase(Locale.ROOT);
        return u.equals("BODY[]") || u.equals("RFC822") || u.equals("BINARY[]");
    }

    /**
     * A message the server received by SMTP or LMTP: compared from the harness's first header on
     * (RFC 5321 4.4: the server inserts trace fields at the beginning), the fields before it shown in
     * the transcript; they must be header fields, and the rest the seeded octets exactly.
     */
    private void compareFromFirstSeededHeader(String name, int n, byte[] want, Seeded delivered) {
        byte[] got = octets(n, name);
        Observation o = sessions.last();
        Optional<List<String>> trace = org.mailspec.fixture.TraceHeaders.before(got, want);
        if (trace.isEmpty()) {
            throw verdicts.violation(o.describe() + ": " + name + " of message " + n + " is the message as delivered by "
                            + delivered.path().label() + ": trace header fields, then the seeded octets unchanged",
                    "header fields, then the " + want.length + " octets delivered: " + Ascii.escape(want),
                    got.length + " octets: " + Ascii.escape(got), o.session, null);
        }
        verdicts.transcript().event(o.session.connection(), "delivery: " + name + " of message " + n + " compared from the harness's "
                + "first header on; before it the server has " + trace.get().size() + " trace header field(s): "
                + String.join(" | ", trace.get().stream().map(f -> f.replace("\r\n", "")).toList()));
    }

    @Then("the {fetchItem} of message {int} is octets {int} to {int} of the {fixture} message")
    public void itemIsSlice(String name, int n, int from, int to, String fixture) {
        byte[] all = sessions.expectedOctets(sessions.last().session, n, fixture);
        byte[] want = Arrays.copyOfRange(all, Math.min(from, all.length), Math.min(to + 1, all.length));
        compare(name, n, want, "octets " + from + " to " + to + " of the " + fixture + " message");
    }

    @Then("the {fetchItem} of message {int} is section {section} of the {fixture} message")
    public void itemIsSection(String name, int n, String section, String fixture) {
        byte[] all = sessions.expectedOctets(sessions.last().session, n, fixture);
        byte[] want = MimeSections.section(all, section);
        compare(name, n, want, "section " + section + " of the " + fixture + " message (" + want.length + " octets)");
    }

    private void compare(String name, int n, byte[] want, String expected) {
        byte[] got = octets(n, name);
        if (!Arrays.equals(got, want)) {
            Observation o = sessions.last();
            int at = 0;
            while (at < Math.min(got.length, want.length) && got[at] == want[at]) {
                at++;
            }
            throw verdicts.violation(o.describe() + ": " + name + " of message " + n + " is " + expected,
                    expected + ": " + Ascii.escape(want), got.length + " octets, first difference at octet " + at + ": "
                            + Ascii.escape(got), o.session, null);
        }
    }

    @Then("the {fetchItem} of message {int} is {int} octets long")
    public void itemLength(String name, int n, int length) {
        byte[] got = octets(n, name);
        if (got.length != length) {
            Observation o = sessions.last();
            throw verdicts.violation(o.describe() + ": " + name + " of message " + n + " is " + length + " octets",
                    length + " octets", got.length + " octets", o.session, null);
        }
    }

    @Then("the {fetchItem} of message {int} ends with a blank line")
    public void endsWithBlankLine(String name, int n) {
        String s = new String(octets(n, name), StandardCharsets.ISO_8859_1);
        if (!s.endsWith("\r\n\r\n") && !s.equals("\r\n")) {
            Observation o = sessions.last();
            throw verdicts.violation("RFC 9051 6.4.5: \"the blank line is always included in header data\"",
                    "header data ending in CRLF CRLF", Ascii.escape(s.getBytes(StandardCharsets.ISO_8859_1)), o.session, null);
        }
    }

    @Then("the RFC822.SIZE of message {int} is the size of the {fixture} message")
    public void sizeIs(int n, String fixture) {
        int want = seeds.deliveredWithTrace(sessions.last().session.selected, n, fixture).map(Seeded::storedSize)
                .orElseGet(() -> sessions.expectedOctets(sessions.last().session, n, fixture).length);
        FetchItem v = item(n, "RFC822.SIZE");
        if (!(v instanceof FetchItem.Rfc822Size size) || size.size() != want) {
            Observation o = sessions.last();
            throw verdicts.violation("RFC 9051 2.3.4: RFC822.SIZE is the number of octets in the message", "RFC822.SIZE " + want,
                    "RFC822.SIZE " + (v instanceof FetchItem.Rfc822Size s ? s.size() : v), o.session, null);
        }
    }

    @Then("the INTERNALDATE of message {int} is the instant {quoted}")
    public void internalDate(int n, String text) {
        FetchItem v = item(n, "INTERNALDATE");
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d-MMM-yyyy HH:mm:ss Z", Locale.ROOT);
        ZonedDateTime want = ZonedDateTime.parse(text.strip(), f);
        if (!(v instanceof FetchItem.InternalDate d) || !d.dateTime().toInstant().equals(want.toInstant())) {
            Observation o = sessions.last();
            throw verdicts.violation("RFC 9051 6.3.12: \"If a date-time is specified, the internal date SHOULD be set in the "
                    + "resulting message\"", "INTERNALDATE \"" + text + "\" (the same instant)",
                    "INTERNALDATE " + (v instanceof FetchItem.InternalDate d ? "\"" + d.raw() + "\"" : v), o.session, null);
        }
    }

    // ---------------------------------------------------------------- ENVELOPE and BODYSTRUCTURE

    private Envelope envelope(int n) {
        FetchItem item = item(n, "ENVELOPE");
        if (!(item instanceof FetchItem.EnvelopeItem e)) {
            throw new HarnessError("harness defect: ENVELOPE of message " + n + " is " + item);
        }
        return e.envelope();
    }

    @Then("the ENVELOPE of message {int} has {envelopeField} {quoted}")
    public void envelopeField(int n, String field, String text) {
        EnvelopeField f = EnvelopeField.of(field);
        Envelope e = envelope(n);
        Optional<String> got = f.render(e);
        String want = ParameterTypes.unescape(text);
        if (got.isEmpty() || !got.get().equals(want)) {
            Observation o = sessions.last();
            throw verdicts.violation("RFC 9051 7.5.2: the envelope's " + field + " field", field + " \"" + want + "\"",
                    field + " " + got.map(g -> "\"" + g + "\"").orElse("NIL"), o.session, null);
        }
    }

    @Then("the ENVELOPE of message {int} has {envelopeField} NIL")
    public void envelopeNil(int n, String field) {
        EnvelopeField f = EnvelopeField.of(field);
        Optional<String> got = f.render(envelope(n));
        if (got.isPresent()) {
            Observation o = sessions.last();
            throw verdicts.violation("RFC 9051 7.5.2: an absent " + field + " is NIL in the envelope", field + " NIL",
                    field + " \"" + got.get() + "\"", o.session, null);
        }
    }

    /** Message {@code n}'s BODYSTRUCTURE in the last command's FETCH data; a violation when the item is something else. */
    private BodyStructure bodyStructureOf(int n) {
        FetchItem item = item(n, "BODYSTRUCTURE");
        if (!(item instanceof FetchItem.BodyStructureItem b)) {
            throw verdicts.violation("RFC 9051 7.5.2: BODYSTRUCTURE describes the MIME structure", "a body structure",
                    String.valueOf(item), sessions.last().session, null);
        }
        return b.body();
    }

    @Then("the BODYSTRUCTURE of message {int} has the parts:")
    public void bodyStructure(int n, DataTable table) {
        Observation o = sessions.last();
        BodyStructure root = bodyStructureOf(n);
        for (Map<String, String> row : Tables.rows(table)) {
            String path = row.get("part") == null ? "" : row.get("part").strip();
            String type = row.get("type").strip().toUpperCase(Locale.ROOT);
            Optional<BodyStructure> part = root.part(path);
            String rule = "RFC 9051 7.5.2: part " + (path.isEmpty() ? "(the message)" : path) + " is " + type;
            String got = part.map(p -> p.mimeType().toUpperCase(Locale.ROOT)).orElse("no such part");
            if (!got.equals(type)) {
                throw verdicts.violation(rule, type, got + " in " + shown(), o.session, null);
            }
            String encoding = row.get("encoding");
            Optional<String> actual = encoding(part.get());
            if (encoding != null && !encoding.isBlank() && !actual.map(enc -> enc.equalsIgnoreCase(encoding.strip())).orElse(false)) {
                throw verdicts.violation(rule + " with encoding " + encoding.strip(), encoding.strip(),
                        actual.orElse("none") + " in " + shown(), o.session, null);
            }
        }
    }

    @Then("the BODYSTRUCTURE of message {int} gives the size of every part of the {fixture} message")
    public void bodyStructureSizes(int n, String fixture) {
        Observation o = sessions.last();
        BodyStructure structure = bodyStructureOf(n);
        byte[] message = sessions.expectedOctets(o.session, n, fixture);
        Map<String, BodyStructure> parts = new java.util.LinkedHashMap<>();
        numbered(structure, "", parts);
        for (Map.Entry<String, BodyStructure> e : parts.entrySet()) {
            String number = e.getKey();
            byte[] body;
            try {
                body = MimeSections.section(message, number);
            } catch (IllegalArgumentException ex) {
                throw verdicts.violation("RFC 9051 7.5.2: BODYSTRUCTURE describes the MIME structure of the message",
                        "the parts of the " + fixture + " message", "a part " + number + " it does not have: " + shown(),
                        o.session, null);
            }
            long octets = fields(e.getValue()).octets();
            if (octets != body.length) {
                throw verdicts.violation("RFC 9051 7.5.2: body size, \"A number giving the size of the body in octets. Note "
                        + "that this size is the size in its transfer encoding and not the resulting size after any "
                        + "decoding.\"", "part " + number + ": " + body.length + " octets (its body in the " + fixture
                        + " message as seeded)", "part " + number + ": " + octets + " octets in " + shown(), o.session, null);
            }
            OptionalLong lines = e.getValue() instanceof BodyStructure.Text t ? OptionalLong.of(t.lines())
                    : e.getValue() instanceof BodyStructure.Message m ? OptionalLong.of(m.lines()) : OptionalLong.empty();
            if (lines.isPresent() && !TextLines.of(body).accepts(lines.getAsLong())) {
                throw verdicts.violation("RFC 9051 7.5.2: \"A body type of type TEXT contains, immediately after the basic "
                        + "fields, the size of the body in text lines.\" \"A body type of type MESSAGE and subtype RFC822 "
                        + "contains, immediately after the basic fields, the envelope structure, body structure, and size in "
                        + "text lines of the encapsulated message.\"", "part " + number + ": " + TextLines.of(body)
                        + " (its body in the " + fixture + " message as seeded)", "part " + number + ": "
                        + lines.getAsLong() + " lines in " + shown(), o.session, null);
            }
        }
    }

    /**
     * Every non-multipart part of a structure by its part number (RFC 9051 6.4.5): a multipart's
     * parts count from 1, a message/rfc822's are those of its body, a non-multipart message is part 1.
     */
    static void numbered(BodyStructure node, String path, Map<String, BodyStructure> out) {
        if (node instanceof BodyStructure.Multipart mp) {
            for (int i = 0; i < mp.parts().size(); i++) {
                numbered(mp.parts().get(i), path.isEmpty() ? String.valueOf(i + 1) : path + "." + (i + 1), out);
            }
            return;
        }
        String number = path.isEmpty() ? "1" : path;
        out.put(number, node);
        if (node instanceof BodyStructure.Message m) {
            if (m.body() instanceof BodyStructure.Multipart) {
                numbered(m.body(), number, out);
            } else {
                numbered(m.body(), number + ".1", out);
            }
        }
    }

    private static BodyStructure.Fields fields(BodyStructure part) {
        if (part instanceof BodyStructure.Basic p) {
            return p.fields();
        }
        if (part instanceof BodyStructure.Text p) {
            return p.fields();
        }
        if (part instanceof BodyStructure.Message p) {
            return p.fields();
        }
        throw new HarnessError("harness defect: a multipart has no body fields");
    }

    private static Optional<String> encoding(BodyStructure part) {
        if (part instanceof BodyStructure.Basic p) {
            return Optional.of(p.fields().encoding());
        }
        if (part instanceof BodyStructure.Text p) {
            return Optional.of(p.fields().encoding());
        }
        if (part instanceof BodyStructure.Message p) {
            return Optional.of(p.fields().encoding());
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- EXPUNGE

    @Then("the server reports the expunge of message(s) {ints}")
    public void expunged(List<Integer> messages) {
        Observation o = sessions.last();
        List<Long> numbers = new ArrayList<>(Responses.of(o, Expunge.class).stream().map(h -> h.response().seq()).toList());
        String box = o.session.selected.orElseThrow(() -> new HarnessError(
                "harness defect: EXPUNGE renumbering needs the selected mailbox of client " + o.session.name));
        int before = seeds.seededIn(box).size();
        if (before == 0) {
            throw new HarnessError("harness defect: EXPUNGE renumbering needs the messages seeded in " + box);
        }
        ExpungeReplay.Result r = ExpungeReplay.replay(before, numbers);
        List<Integer> want = messages.stream().sorted().toList();
        List<Integer> got = r.removed().stream().sorted().toList();
        if (r.error().isPresent() || !got.equals(want)) {
            throw verdicts.violation("RFC 9051 7.5.1: each EXPUNGE names a message by its current sequence number, and "
                    + "\"the message sequence number for each successive message in the mailbox is immediately decremented by 1\"",
                    "EXPUNGE responses removing messages " + want + " of " + before,
                    r.error().map(e -> e + "; ").orElse("") + "they remove " + got + ": " + shown(), o.session, null);
        }
    }
}
