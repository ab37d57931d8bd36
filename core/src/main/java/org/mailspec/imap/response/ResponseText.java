package org.mailspec.imap.response;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code resp-text = ["[" resp-text-code "]" SP] [text]}: the optional response code and the
 * human-readable text (empty when the server sent none).
 */
public record ResponseText(Optional<ResponseCode> code, String text) {
    public ResponseText {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }

    public static ResponseText of(String text) {
        return new ResponseText(Optional.empty(), text);
    }

    /** The code if it is of type {@code type}. */
    public <T extends ResponseCode> Optional<T> code(Class<T> type) {
        return code.filter(type::isInstance).map(type::cast);
    }

    /** True if the code's atom is {@code atom} (any case), e.g. {@code hasCode("READ-WRITE")}. */
    public boolean hasCode(String atom) {
        return code.map(c -> c.is(atom)).orElse(false);
    }

    @Override
    public String toString() {
        return code.map(c -> "[" + c.atom() + "] ").orElse("") + text;
    }
}
