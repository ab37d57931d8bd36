package org.mailspec.imap.response;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** {@code nz-number SP "FETCH" SP msg-att}: the data items of one message, in the order sent. */
public record FetchData(long seq, List<FetchItem> items, byte[] raw) implements UntaggedResponse {
    public FetchData {
        items = List.copyOf(items);
    }

    /** The first item of {@code type}, e.g. {@code item(FetchItem.Uid.class)}. */
    public <T extends FetchItem> Optional<T> item(Class<T> type) {
        for (FetchItem i : items) {
            if (type.isInstance(i)) {
                return Optional.of(type.cast(i));
            }
        }
        return Optional.empty();
    }

    /** Every item of {@code type}, e.g. all BODY[section] items. */
    public <T extends FetchItem> List<T> items(Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public OptionalLong uid() {
        return item(FetchItem.Uid.class).map(u -> OptionalLong.of(u.uid())).orElse(OptionalLong.empty());
    }

    public Optional<List<Flag>> flags() {
        return item(FetchItem.Flags.class).map(FetchItem.Flags::flags);
    }

    public Optional<Envelope> envelope() {
        return item(FetchItem.EnvelopeItem.class).map(FetchItem.EnvelopeItem::envelope);
    }

    /** BODYSTRUCTURE if sent, else the non-extensible BODY. */
    public Optional<BodyStructure> bodyStructure() {
        Optional<BodyStructure> extensible = item(FetchItem.BodyStructureItem.class).map(FetchItem.BodyStructureItem::body);
        return extensible.isPresent() ? extensible : item(FetchItem.BodyItem.class).map(FetchItem.BodyItem::body);
    }

    /** The BODY[section] item whose section is {@code spec} (case-insensitive; "" for BODY[]). */
    public Optional<FetchItem.BodySection> bodySection(String spec) {
        return items(FetchItem.BodySection.class).stream().filter(b -> b.section().is(spec)).findFirst();
    }

    public Optional<FetchItem.InternalDate> internalDate() {
        return item(FetchItem.InternalDate.class);
    }

    public OptionalLong rfc822Size() {
        return item(FetchItem.Rfc822Size.class).map(s -> OptionalLong.of(s.size())).orElse(OptionalLong.empty());
    }

    public OptionalLong modSeq() {
        return item(FetchItem.ModSeq.class).map(m -> OptionalLong.of(m.modSeq())).orElse(OptionalLong.empty());
    }
}
