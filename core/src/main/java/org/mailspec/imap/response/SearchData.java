package org.mailspec.imap.response;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** {@code "SEARCH" *(SP nz-number) [SP "(" "MODSEQ" SP mod-sequence-value ")"]} (RFC 3501, RFC 7162). */
public record SearchData(List<Long> numbers, OptionalLong modSeq, byte[] raw) implements UntaggedResponse {
    public SearchData {
        numbers = List.copyOf(numbers);
        Objects.requireNonNull(modSeq, "modSeq");
    }
}
