package org.mailspec.imap.response;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** One {@code msg-att} item of a FETCH response (RFC 9051 section 7.5.2, RFC 3501 section 7.4.2). */
public sealed interface FetchItem {

    /**
     * The item's name as it travels in {@code msg-att}: {@code FLAGS}, {@code UID},
     * {@code RFC822.SIZE}, {@code BODY[1.HEADER]<0>}, {@code BINARY[2]}, ...
     */
    default String name() {
        if (this instanceof BodySection b) {
            return "BODY[" + b.section().spec() + "]" + origin(b.origin());
        }
        if (this instanceof Binary b) {
            return "BINARY[" + part(b.part()) + "]" + origin(b.origin());
        }
        if (this instanceof BinarySize b) {
            return "BINARY.SIZE[" + part(b.part()) + "]";
        }
        if (this instanceof Flags) {
            return "FLAGS";
        }
        if (this instanceof Uid) {
            return "UID";
        }
        if (this instanceof InternalDate) {
            return "INTERNALDATE";
        }
        if (this instanceof Rfc822Size) {
            return "RFC822.SIZE";
        }
        if (this instanceof EnvelopeItem) {
            return "ENVELOPE";
        }
        if (this instanceof BodyStructureItem) {
            return "BODYSTRUCTURE";
        }
        if (this instanceof BodyItem) {
            return "BODY";
        }
        if (this instanceof Rfc822) {
            return "RFC822";
        }
        if (this instanceof Rfc822Header) {
            return "RFC822.HEADER";
        }
        if (this instanceof Rfc822Text) {
            return "RFC822.TEXT";
        }
        if (this instanceof ModSeq) {
            return "MODSEQ";
        }
        if (this instanceof EmailId) {
            return "EMAILID";
        }
        return "THREADID";
    }

    /**
     * True when this item answers the item name {@code itemName} as a client writes it: names
     * compare case-insensitively, {@code BODY.PEEK[...]} is {@code BODY[...]}, and a header field
     * list is a set ({@code BODY[HEADER.FIELDS (DATE SUBJECT)]} answers {@code (subject date)}).
     */
    default boolean named(String itemName) {
        return normalName(name()).equals(normalName(itemName));
    }

    /** An item name upper-cased with single spaces, {@code .PEEK} dropped and header field lists sorted. */
    static String normalName(String itemName) {
        String n = itemName.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").replace(".PEEK", "");
        int open = n.indexOf('(');
        int close = n.indexOf(')');
        if (open > 0 && close > open) {
            String[] fields = n.substring(open + 1, close).trim().split(" ");
            java.util.Arrays.sort(fields);
            n = n.substring(0, open + 1) + String.join(" ", fields) + n.substring(close);
        }
        return n;
    }

    private static String origin(OptionalLong origin) {
        return origin.isPresent() ? "<" + origin.getAsLong() + ">" : "";
    }

    private static String part(List<Integer> part) {
        return String.join(".", part.stream().map(String::valueOf).toList());
    }

    /** {@code "FLAGS" SP "(" [flag-fetch *(SP flag-fetch)] ")"}, \Recent and keywords included. */
    record Flags(List<Flag> flags) implements FetchItem {
        public Flags {
            flags = List.copyOf(flags);
        }

        public boolean has(Flag flag) {
            return flags.contains(flag);
        }
    }

    /** {@code "UID" SP uniqueid}. */
    record Uid(long uid) implements FetchItem {
    }

    /** {@code "INTERNALDATE" SP date-time}: parsed, with the text as sent (without the quotes). */
    record InternalDate(OffsetDateTime dateTime, String raw) implements FetchItem {
        public InternalDate {
            Objects.requireNonNull(dateTime, "dateTime");
            Objects.requireNonNull(raw, "raw");
        }
    }

    /** {@code "RFC822.SIZE" SP number64}. */
    record Rfc822Size(long size) implements FetchItem {
    }

    /** {@code "ENVELOPE" SP envelope}. */
    record EnvelopeItem(Envelope envelope) implements FetchItem {
    }

    /** {@code "BODYSTRUCTURE" SP body}: the extensible form. */
    record BodyStructureItem(BodyStructure body) implements FetchItem {
    }

    /** {@code "BODY" SP body}: the non-extensible form (no extension data). */
    record BodyItem(BodyStructure body) implements FetchItem {
    }

    /** {@code "BODY" section ["<" number ">"] SP nstring}: data empty for NIL. */
    record BodySection(Section section, OptionalLong origin, Optional<ImapString> data) implements FetchItem {
        public BodySection {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(data, "data");
        }
    }

    /** RFC 3516 / RFC 9051 {@code "BINARY" section-binary ["<" number ">"] SP (nstring / literal8)}. */
    record Binary(List<Integer> part, OptionalLong origin, Optional<ImapString> data) implements FetchItem {
        public Binary {
            part = List.copyOf(part);
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(data, "data");
        }
    }

    /** {@code "BINARY.SIZE" section-binary SP number}. */
    record BinarySize(List<Integer> part, long size) implements FetchItem {
        public BinarySize {
            part = List.copyOf(part);
        }
    }

    /** {@code "RFC822" SP nstring} (RFC 3501). */
    record Rfc822(Optional<ImapString> data) implements FetchItem {
    }

    /** {@code "RFC822.HEADER" SP nstring} (RFC 3501). */
    record Rfc822Header(Optional<ImapString> data) implements FetchItem {
    }

    /** {@code "RFC822.TEXT" SP nstring} (RFC 3501). */
    record Rfc822Text(Optional<ImapString> data) implements FetchItem {
    }

    /** RFC 7162 {@code "MODSEQ" SP "(" permsg-modsequence ")"}. */
    record ModSeq(long modSeq) implements FetchItem {
    }

    /** RFC 8474 {@code "EMAILID" SP "(" objectid ")"}. */
    record EmailId(String id) implements FetchItem {
    }

    /** RFC 8474 {@code "THREADID" SP ("(" objectid ")" / nil)}. */
    record ThreadId(Optional<String> id) implements FetchItem {
    }

    /** An item this model does not know (lenient mode only): its name and its value as sent. */
    record Other(String name, String value) implements FetchItem {
    }
}
