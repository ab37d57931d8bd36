package org.mailspec.wire;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.mailspec.text.Ascii;

/**
 * The byte-exact record of every connection of one scenario, in the order things happened: what
 * the client sent (C), what the server sent (S), and events (TLS started, timeout, closed by peer).
 * Secrets are masked before they are stored (see {@link SecretMasker}), so neither the entries nor
 * the rendering hold them. Several clients may share one transcript; it is thread-safe.
 */
public final class Transcript {

    /** The default number of bytes of one entry shown before it is cut with {@code …(n more bytes)}. */
    public static final int DEFAULT_RENDER_CAP = 4096;

    public enum Direction { C, S }

    /** One recorded thing; {@link #index()} is its position and its line in {@link #render()}. */
    public sealed interface Entry permits Data, Event {
        int index();

        Instant at();

        String connection();
    }

    /** Bytes on the wire, exactly as sent or received (secrets masked). */
    public record Data(int index, Instant at, String connection, Direction direction, byte[] bytes) implements Entry {
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** Something that happened on a connection that is not bytes: TLS started, timeout, closed by peer. */
    public record Event(int index, Instant at, String connection, String text) implements Entry {
    }

    /** An assertion's note on the entry it judged. */
    public record Mark(int entryIndex, String note) {
    }

    /** The transcript as text, one line per entry, and which lines were marked (0-based). */
    public record Rendered(String text, List<Integer> markedLines) {
        public Rendered {
            markedLines = List.copyOf(markedLines);
        }
    }

    private final Clock clock;
    private final Instant start;
    private final int renderCap;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final Map<String, Integer> counters = new LinkedHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    public Transcript() {
        this(Clock.systemUTC(), DEFAULT_RENDER_CAP);
    }

    public Transcript(Clock clock, int renderCap) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (renderCap < 16) {
            throw new IllegalArgumentException("renderCap below 16: " + renderCap);
        }
        this.renderCap = renderCap;
        this.start = clock.instant();
    }

    /** A fresh connection name for a protocol: {@code imap#1}, {@code imap#2}, ... */
    public synchronized String nextConnectionName(String protocol) {
        int n = counters.merge(protocol, 1, Integer::sum);
        return protocol + "#" + n;
    }

    /** The next number of the arrival sequence shared by every client on this transcript (starts at 1). */
    public long nextSequence() {
        return sequence.incrementAndGet();
    }

    public synchronized Data sent(String connection, byte[] bytes) {
        return add(connection, Direction.C, bytes);
    }

    public synchronized Data received(String connection, byte[] bytes) {
        return add(connection, Direction.S, bytes);
    }

    private Data add(String connection, Direction direction, byte[] bytes) {
        Data d = new Data(entries.size(), clock.instant(), connection, direction, bytes.clone());
        entries.add(d);
        return d;
    }

    public synchronized Event event(String connection, String text) {
        Event e = new Event(entries.size(), clock.instant(), connection, text);
        entries.add(e);
        return e;
    }

    /** Marks the entry an assertion judged; the rendering shows the note on that line. */
    public synchronized void mark(Entry entry, String note) {
        if (entry.index() >= entries.size() || entries.get(entry.index()) != entry) {
            throw new IllegalArgumentException("not an entry of this transcript: " + entry);
        }
        marks.add(new Mark(entry.index(), note));
    }

    /**
     * Marks the latest server entry of {@code connection} holding {@code raw}: the entry equal to it,
     * or else the one {@code raw} starts with (the first line of a POP3 multi-line reply).
     *
     * @return false when no such entry exists
     */
    public synchronized boolean markResponse(String connection, byte[] raw, String note) {
        Data prefix = null;
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i) instanceof Data d && d.direction == Direction.S && d.connection.equals(connection)) {
                if (Arrays.equals(d.bytes, raw)) {
                    marks.add(new Mark(i, note));
                    return true;
                }
                if (prefix == null && d.bytes.length > 0 && d.bytes.length < raw.length
                        && Arrays.equals(d.bytes, 0, d.bytes.length, raw, 0, d.bytes.length)) {
                    prefix = d;
                }
            }
        }
        if (prefix != null) {
            marks.add(new Mark(prefix.index, note));
            return true;
        }
        return false;
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized List<Mark> marks() {
        return List.copyOf(marks);
    }

    /** All bytes one direction of one connection carried, concatenated (secrets masked). */
    public synchronized byte[] bytes(String connection, Direction direction) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Entry e : entries) {
            if (e instanceof Data d && d.connection.equals(connection) && d.direction == direction) {
                out.writeBytes(d.bytes);
            }
        }
        return out.toByteArray();
    }

    /**
     * One line per entry: {@code +0.012s imap#1 S: * OK [CAPABILITY IMAP4rev2] ready}, bytes escaped,
     * the final CRLF of a data entry left out, entries longer than the cap cut with
     * {@code …(n more bytes)}, events as {@code +0.100s imap#1 -- TLS started: ...}, and each marked
     * line followed by {@code   <== note}.
     */
    public synchronized Rendered render() {
        Map<Integer, List<String>> notes = new LinkedHashMap<>();
        for (Mark m : marks) {
            notes.computeIfAbsent(m.entryIndex, k -> new ArrayList<>()).add(m.note);
        }
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            sb.append(offset(e.at())).append(' ').append(e.connection());
            if (e instanceof Data d) {
                sb.append(' ').append(d.direction).append(": ").append(show(d.bytes));
            } else if (e instanceof Event ev) {
                sb.append(" -- ").append(ev.text);
            }
            List<String> n = notes.get(e.index());
            if (n != null) {
                sb.append("   <== ").append(String.join("; ", n));
            }
            sb.append('\n');
        }
        return new Rendered(sb.toString(), List.copyOf(notes.keySet()).stream().sorted().toList());
    }

    @Override
    public String toString() {
        return render().text();
    }

    private String offset(Instant at) {
        Duration d = Duration.between(start, at);
        return String.format(Locale.ROOT, "+%.3fs", d.toNanos() / 1e9);
    }

    private String show(byte[] bytes) {
        int to = bytes.length;
        if (to >= 2 && bytes[to - 2] == '\r' && bytes[to - 1] == '\n') {
            to -= 2;
        }
        if (to <= renderCap) {
            return Ascii.escape(bytes, 0, to);
        }
        return Ascii.escape(bytes, 0, renderCap) + "…(" + (to - renderCap) + " more bytes)";
    }
}
