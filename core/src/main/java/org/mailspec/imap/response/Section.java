package org.mailspec.imap.response;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code section-spec} of {@code BODY[...]} and {@code section-binary} of {@code BINARY[...]}: the
 * part numbers, then what of that part. {@code BODY[]} is the whole message: no part, {@link
 * Text#NONE}.
 */
public record Section(List<Integer> part, Text text, List<String> fields) {

    /** {@code section-msgtext / "MIME"}, or NONE for the part's content itself. */
    public enum Text { NONE, HEADER, HEADER_FIELDS, HEADER_FIELDS_NOT, TEXT, MIME }

    public static final Section WHOLE = new Section(List.of(), Text.NONE, List.of());

    public Section {
        part = List.copyOf(part);
        Objects.requireNonNull(text, "text");
        fields = List.copyOf(fields);
    }

    /** The section as it appears between the brackets, e.g. {@code 1.2.HEADER.FIELDS (DATE FROM)}. */
    public String spec() {
        StringBuilder sb = new StringBuilder();
        for (int p : part) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(p);
        }
        if (text != Text.NONE) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(text.name().replace('_', '.'));
        }
        if (!fields.isEmpty()) {
            sb.append(" (").append(String.join(" ", fields)).append(')');
        }
        return sb.toString();
    }

    /** True if this section is {@code spec} (case-insensitive, e.g. "header.fields (date)"). */
    public boolean is(String spec) {
        return spec().toUpperCase(Locale.ROOT).equals(spec.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "[" + spec() + "]";
    }
}
