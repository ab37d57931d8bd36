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
import java.util.TreeSet;
import org.mailspec.imap.steps.support.BodyStructure;
import org.mailspec.imap.steps.support.Envelope;
import org.mailspec.imap.steps.support.ExpungeReplay;
import org.mailspec.imap.steps.support.FetchData;
import org.mailspec.imap.steps.support.MimeSections;
import org.mailspec.imap.steps.support.Value;
import org.mailspec.run.HarnessError;
import org.mailspec.text.Ascii;

/** FETCH data of the last command, and EXPUNGE renumbering. */
public final class FetchSteps {

    private final ImapWorld world;

    public FetchSteps(ImapWorld world) {
        this.world = world;
    }

    private FetchData data() {
        FetchData d = new FetchData();
        Responses.untagged(world.last()).forEach(u -> d.add(u.values()));
        return d;
    }

    private String shown() {
        return Responses.show(world.last().untagged());
    }

    private Value item(int n, String name) {
        Optional<Value> v = data().item(n, name);
        if (v.isEmpty()) {
            Observation o = world.last();
            throw world.violation(o.describe() + ": the FETCH data of message " + n + " includes " + name,
                    "* " + n + " FETCH (... " + name + " ...)", shown(), o.session, null);
        }
        return v.get();
    }

    private byte[] octets(int n, String name) {
        Value v = item(n, name);
        if (v instanceof Value.Str s) {
            return s.octets();
        }
        Observation o = world.last();
        throw world.violation(o.describe() + ": " + name + " of message " + n + " is a string", "a string or literal",
                String.valueOf(v), o.session, null);
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
        Observation o = world.last();
        Optional<List<String>> flags = data().flags(n);
        if (flags.isEmpty()) {
            throw world.violation(o.describe() + ": the server returns the FLAGS of message " + n,
                    "* " + n + " FETCH (FLAGS (...))", shown(), o.session, null);
        }
        boolean has = flags.get().contains(flag.toUpperCase(Locale.ROOT));
        if (has != wanted) {
            throw world.violation(o.describe() + ": message " + n + (wanted ? " has " : " does not have ") + "the flag " + flag,
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
            Observation o = world.last();
            throw world.violation(o.describe() + ": no " + name + " for message " + n, "no " + name, shown(), o.session, null);
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
        Observation o = world.last();
        TreeSet<Long> want = new TreeSet<>();
        expected.forEach(i -> want.add((long) i));
        TreeSet<Long> got = new TreeSet<>(data().messages());
        if (!got.equals(want)) {
            throw world.violation(o.describe() + ": FETCH data for exactly messages " + want, "FETCH for " + want,
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
        Value v = item(n, name);
        if (!(v instanceof Value.Nil)) {
            Observation o = world.last();
            throw world.violation(o.describe() + ": " + name + " of message " + n + " is NIL", "NIL", String.valueOf(v), o.session, null);
        }
    }

    @Then("the {fetchItem} of message {int} is the {fixture} message")
    public void itemIsFixture(String name, int n, String fixture) {
        byte[] want = world.expectedOctets(world.last().session, n, fixture);
        compare(name, n, want, "the " + want.length + " octets of the " + fixture + " message");
    }

    @Then("the {fetchItem} of message {int} is octets {int} to {int} of the {fixture} message")
    public void itemIsSlice(String name, int n, int from, int to, String fixture) {
        byte[] all = world.expectedOctets(world.last().session, n, fixture);
        byte[] want = Arrays.copyOfRange(all, Math.min(from, all.length), Math.min(to + 1, all.length));
        compare(name, n, want, "octets " + from + " to " + to + " of the " + fixture + " message");
    }

    @Then("the {fetchItem} of message {int} is section {section} of the {fixture} message")
    public void itemIsSection(String name, int n, String section, String fixture) {
        byte[] all = world.expectedOctets(world.last().session, n, fixture);
        byte[] want = MimeSections.section(all, section);
        compare(name, n, want, "section " + section + " of the " + fixture + " message (" + want.length + " octets)");
    }

    private void compare(String name, int n, byte[] want, String expected) {
        byte[] got = octets(n, name);
        if (!Arrays.equals(got, want)) {
            Observation o = world.last();
            int at = 0;
            while (at < Math.min(got.length, want.length) && got[at] == want[at]) {
                at++;
            }
            throw world.violation(o.describe() + ": " + name + " of message " + n + " is " + expected,
                    expected + ": " + Ascii.escape(want), got.length + " octets, first difference at octet " + at + ": "
                            + Ascii.escape(got), o.session, null);
        }
    }

    @Then("the {fetchItem} of message {int} is {int} octets long")
    public void itemLength(String name, int n, int length) {
        byte[] got = octets(n, name);
        if (got.length != length) {
            Observation o = world.last();
            throw world.violation(o.describe() + ": " + name + " of message " + n + " is " + length + " octets",
                    length + " octets", got.length + " octets", o.session, null);
        }
    }

    @Then("the {fetchItem} of message {int} ends with a blank line")
    public void endsWithBlankLine(String name, int n) {
        String s = new String(octets(n, name), StandardCharsets.ISO_8859_1);
        if (!s.endsWith("\r\n\r\n") && !s.equals("\r\n")) {
            Observation o = world.last();
            throw world.violation("RFC 9051 6.4.5: \"the blank line is always included in header data\"",
                    "header data ending in CRLF CRLF", Ascii.escape(s.getBytes(StandardCharsets.ISO_8859_1)), o.session, null);
        }
    }

    @Then("the RFC822.SIZE of message {int} is the size of the {fixture} message")
    public void sizeIs(int n, String fixture) {
        int want = world.expectedOctets(world.last().session, n, fixture).length;
        Value v = item(n, "RFC822.SIZE");
        if (!(v instanceof Value.Num num) || num.value() != want) {
            Observation o = world.last();
            throw world.violation("RFC 9051 2.3.4: RFC822.SIZE is the number of octets in the message", "RFC822.SIZE " + want,
                    "RFC822.SIZE " + v, o.session, null);
        }
    }

    @Then("the INTERNALDATE of message {int} is the instant {quoted}")
    public void internalDate(int n, String text) {
        Value v = item(n, "INTERNALDATE");
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d-MMM-yyyy HH:mm:ss Z", Locale.ROOT);
        ZonedDateTime want = ZonedDateTime.parse(text.strip(), f);
        String got = Value.text(v);
        boolean same;
        try {
            same = got != null && ZonedDateTime.parse(got.strip(), f).toInstant().equals(want.toInstant());
        } catch (RuntimeException e) {
            same = false;
        }
        if (!same) {
            Observation o = world.last();
            throw world.violation("RFC 9051 6.3.12: \"If a date-time is specified, the internal date SHOULD be set in the "
                    + "resulting message\"", "INTERNALDATE \"" + text + "\" (the same instant)", "INTERNALDATE " + v, o.session, null);
        }
    }

    // ---------------------------------------------------------------- UIDs

    @Then("the UID of message {int} is the one recorded when it was appended")
    public void uidRecorded(int n) {
        Observation o = world.last();
        long want = world.uidOf(o.session, n);
        Optional<Long> got = data().uid(n);
        if (got.isEmpty() || got.get() != want) {
            throw world.violation("RFC 9051 2.3.1.1: a message keeps its UID", "UID " + want + " for message " + n,
                    got.map(u -> "UID " + u).orElse("no UID") + " in " + shown(), o.session, null);
        }
    }

    @Then("the UIDs are strictly ascending in sequence order")
    public void uidsAscending() {
        Observation o = world.last();
        FetchData d = data();
        long previous = 0;
        for (long seq : d.messages()) {
            Optional<Long> uid = d.uid(seq);
            if (uid.isEmpty()) {
                throw world.violation("RFC 9051 2.3.1.1: UIDs ascend with sequence numbers", "a UID for message " + seq,
                        shown(), o.session, null);
            }
            if (uid.get() <= previous) {
                throw world.violation("RFC 9051 2.3.1.1: \"Unique identifiers are assigned in a strictly ascending fashion "
                        + "in the mailbox\"", "UIDs growing with the sequence number", shown(), o.session, null);
            }
            previous = uid.get();
        }
    }

    // ---------------------------------------------------------------- ENVELOPE and BODYSTRUCTURE

    @Then("the ENVELOPE of message {int} has {envelopeField} {quoted}")
    public void envelopeField(int n, String field, String text) {
        Envelope e = new Envelope(item(n, "ENVELOPE"));
        Optional<String> got = e.render(field);
        String want = ParameterTypes.unescape(text);
        if (got.isEmpty() || !got.get().equals(want)) {
            Observation o = world.last();
            throw world.violation("RFC 9051 7.5.2: the envelope's " + field + " field", field + " \"" + want + "\"",
                    field + " " + got.map(g -> "\"" + g + "\"").orElse("NIL") + " in " + e.field(field), o.session, null);
        }
    }

    @Then("the ENVELOPE of message {int} has {envelopeField} NIL")
    public void envelopeNil(int n, String field) {
        Envelope e = new Envelope(item(n, "ENVELOPE"));
        if (!(e.field(field) instanceof Value.Nil)) {
            Observation o = world.last();
            throw world.violation("RFC 9051 7.5.2: an absent " + field + " is NIL in the envelope", field + " NIL",
                    field + " " + e.field(field), o.session, null);
        }
    }

    @Then("the BODYSTRUCTURE of message {int} has the parts:")
    public void bodyStructure(int n, DataTable table) {
        Value v = item(n, "BODYSTRUCTURE");
        List<BodyStructure.Part> parts;
        Observation o = world.last();
        try {
            parts = BodyStructure.parts(v);
        } catch (IllegalArgumentException e) {
            throw world.violation("RFC 9051 7.5.2: BODYSTRUCTURE describes the MIME structure", "a body structure",
                    String.valueOf(v), o.session, null);
        }
        for (Map<String, String> row : Tables.rows(table)) {
            String path = row.get("part") == null ? "" : row.get("part").strip();
            String type = row.get("type").strip().toUpperCase(Locale.ROOT);
            Optional<BodyStructure.Part> part = parts.stream().filter(p -> p.path().equals(path)).findFirst();
            String rule = "RFC 9051 7.5.2: part " + (path.isEmpty() ? "(the message)" : path) + " is " + type;
            if (part.isEmpty() || !part.get().type().equals(type)) {
                throw world.violation(rule, type, part.map(BodyStructure.Part::type).orElse("no such part")
                        + " in " + v, o.session, null);
            }
            String encoding = row.get("encoding");
            if (encoding != null && !encoding.isBlank()
                    && !part.get().encoding().map(enc -> enc.equalsIgnoreCase(encoding.strip())).orElse(false)) {
                throw world.violation(rule + " with encoding " + encoding.strip(), encoding.strip(),
                        part.get().encoding().orElse("none") + " in " + v, o.session, null);
            }
            if (type.equals("MESSAGE/RFC822") && !part.get().messageFieldsPresent()) {
                throw world.violation("RFC 9051 7.5.2: \"A body type of type MESSAGE and subtype RFC822 contains, immediately "
                        + "after the basic fields, the envelope structure, body structure, and size in text lines of the "
                        + "encapsulated message.\"", "envelope, body and lines for part " + path, String.valueOf(v), o.session, null);
            }
        }
    }

    // ---------------------------------------------------------------- EXPUNGE

    @Then("the server reports the expunge of message(s) {ints}")
    public void expunged(List<Integer> messages) {
        Observation o = world.last();
        List<Long> numbers = new ArrayList<>();
        for (Responses.Untagged u : Responses.untagged(o)) {
            if (u.kind().equals("EXPUNGE") && u.values().get(0) instanceof Value.Num num) {
                numbers.add(num.value());
            }
        }
        String alias = o.session.selected.orElseThrow(() -> new HarnessError(
                "harness defect: EXPUNGE renumbering needs the selected mailbox of client " + o.session.name));
        int before = world.seededIn(alias).size();
        if (before == 0) {
            throw new HarnessError("harness defect: EXPUNGE renumbering needs the messages seeded in " + alias);
        }
        ExpungeReplay.Result r = ExpungeReplay.replay(before, numbers);
        List<Integer> want = messages.stream().sorted().toList();
        List<Integer> got = r.removed().stream().sorted().toList();
        if (r.error().isPresent() || !got.equals(want)) {
            throw world.violation("RFC 9051 7.5.1: each EXPUNGE names a message by its current sequence number, and "
                    + "\"the message sequence number for each successive message in the mailbox is immediately decremented by 1\"",
                    "EXPUNGE responses removing messages " + want + " of " + before,
                    r.error().map(e -> e + "; ").orElse("") + "they remove " + got + ": " + shown(), o.session, null);
        }
    }
}
