package org.mailspec.imap.response;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * RFC 4731 / RFC 9051 {@code esearch-response = "ESEARCH" [search-correlator] [SP "UID"]
 * *(SP search-return-data)}: MIN, MAX, COUNT, ALL and MODSEQ typed, other return data by name.
 */
public record ESearchData(Optional<String> tag, boolean uid, OptionalLong min, OptionalLong max,
                          OptionalLong count, Optional<SequenceSet> all, OptionalLong modSeq,
                          Map<String, ExtensionValue> other, byte[] raw) implements UntaggedResponse {
    public ESearchData {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(all, "all");
        Objects.requireNonNull(modSeq, "modSeq");
        other = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(other));
    }
}
