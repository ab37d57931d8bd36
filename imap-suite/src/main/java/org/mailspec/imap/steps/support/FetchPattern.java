package org.mailspec.imap.steps.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mailspec.imap.response.Address;
import org.mailspec.imap.response.BodyStructure;
import org.mailspec.imap.response.Envelope;
import org.mailspec.imap.response.FetchData;
import org.mailspec.imap.response.FetchItem;
import org.mailspec.imap.response.ImapString;

/**
 * How a pattern's FETCH attribute list meets core's {@link FetchData}: the items as name/value
 * pairs in any order (names as {@link FetchItem#named} compares them), each value by its type:
 * flags as a set, ENVELOPE and BODYSTRUCTURE field by field in the grammar's order, body
 * extension data only through {@code ...}.
 */
final class FetchPattern {

    private FetchPattern() {
    }

    /** The {@code msg-att} list of a FETCH response. */
    static Slot items(FetchData f) {
        List<Slot.Pair> pairs = new ArrayList<>();
        for (FetchItem item : f.items()) {
            pairs.add(new Slot.Pair(t -> t instanceof PatternToken.Atom a && item.named(a.text()), value(item)));
        }
        return Slot.of(t -> t instanceof PatternToken.Group g && !g.code() && Slot.pairs(g.items(), pairs));
    }

    private static Slot value(FetchItem item) {
        if (item instanceof FetchItem.Flags f) {
            return Slot.flags(f.flags());
        }
        if (item instanceof FetchItem.Uid u) {
            return Slot.number(u.uid());
        }
        if (item instanceof FetchItem.Rfc822Size s) {
            return Slot.number(s.size());
        }
        if (item instanceof FetchItem.BinarySize s) {
            return Slot.number(s.size());
        }
        if (item instanceof FetchItem.ModSeq m) {
            return Slot.list(List.of(Slot.number(m.modSeq())));
        }
        if (item instanceof FetchItem.InternalDate d) {
            return Slot.string(d.raw());
        }
        if (item instanceof FetchItem.EnvelopeItem e) {
            return envelope(e.envelope());
        }
        if (item instanceof FetchItem.BodyStructureItem b) {
            return body(b.body());
        }
        if (item instanceof FetchItem.BodyItem b) {
            return body(b.body());
        }
        if (item instanceof FetchItem.EmailId id) {
            return Slot.list(List.of(Slot.atom(id.id())));
        }
        if (item instanceof FetchItem.ThreadId id) {
            return id.id().map(v -> Slot.list(List.of(Slot.atom(v)))).orElse(Slot.nstring(Optional.empty()));
        }
        Optional<Optional<ImapString>> data = data(item);
        if (data.isPresent()) {
            return Slot.nstring(data.get().map(ImapString::asString));
        }
        return Slot.of(t -> false);
    }

    /** The string of BODY[...], BINARY[...] and the RFC822 items; empty for other items. */
    private static Optional<Optional<ImapString>> data(FetchItem item) {
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

    /** RFC 9051 7.5.2: "date, subject, from, sender, reply-to, to, cc, bcc, in-reply-to, and message-id". */
    static Slot envelope(Envelope e) {
        return Slot.list(List.of(Slot.nstring(e.date()), Slot.nstring(e.subject()), addresses(e.from()),
                addresses(e.sender()), addresses(e.replyTo()), addresses(e.to()), addresses(e.cc()), addresses(e.bcc()),
                Slot.nstring(e.inReplyTo()), Slot.nstring(e.messageId())));
    }

    private static Slot addresses(List<Address> list) {
        if (list.isEmpty()) {
            return Slot.nstring(Optional.empty());
        }
        return Slot.list(list.stream().map(a -> Slot.list(List.of(Slot.nstring(a.name()), Slot.nstring(a.adl()),
                Slot.nstring(a.mailbox()), Slot.nstring(a.host())))).toList());
    }

    /** {@code body}: the non-extension fields in order; extension data, when sent, only through {@code ...}. */
    static Slot body(BodyStructure b) {
        List<Slot> slots = new ArrayList<>();
        boolean extension;
        if (b instanceof BodyStructure.Multipart m) {
            m.parts().forEach(p -> slots.add(body(p)));
            slots.add(Slot.string(m.subtype()));
            extension = m.extension().isPresent();
        } else {
            slots.add(Slot.string(b.type()));
            slots.add(Slot.string(b.subtype()));
            BodyStructure.Fields f = fields(b);
            slots.add(params(f.params()));
            slots.add(Slot.nstring(f.id()));
            slots.add(Slot.nstring(f.description()));
            slots.add(Slot.string(f.encoding()));
            slots.add(Slot.number(f.octets()));
            if (b instanceof BodyStructure.Text t) {
                slots.add(Slot.number(t.lines()));
                extension = t.extension().isPresent();
            } else if (b instanceof BodyStructure.Message m) {
                slots.add(envelope(m.envelope()));
                slots.add(body(m.body()));
                slots.add(Slot.number(m.lines()));
                extension = m.extension().isPresent();
            } else {
                extension = ((BodyStructure.Basic) b).extension().isPresent();
            }
        }
        boolean more = extension;
        return Slot.of(t -> t instanceof PatternToken.Group g && !g.code() && Slot.sequence(g.items(), slots, more));
    }

    private static BodyStructure.Fields fields(BodyStructure b) {
        if (b instanceof BodyStructure.Text t) {
            return t.fields();
        }
        if (b instanceof BodyStructure.Message m) {
            return m.fields();
        }
        return ((BodyStructure.Basic) b).fields();
    }

    private static Slot params(Map<String, String> params) {
        if (params.isEmpty()) {
            return Slot.nstring(Optional.empty());
        }
        List<Slot> slots = new ArrayList<>();
        params.forEach((k, v) -> {
            slots.add(Slot.string(k));
            slots.add(Slot.string(v));
        });
        return Slot.list(slots);
    }
}
