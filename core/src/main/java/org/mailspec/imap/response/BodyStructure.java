package org.mailspec.imap.response;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code body}: the MIME structure of a message as BODY or BODYSTRUCTURE returns it. A single part is
 * {@link Basic}, {@link Text} or {@link Message} (message/rfc822 and message/global, with the
 * encapsulated envelope and body); {@link Multipart} nests to any depth. Extension data is present
 * only for BODYSTRUCTURE, and only as far as the server sent it.
 */
public sealed interface BodyStructure {

    /** The media type as sent, e.g. {@code TEXT}; {@code MULTIPART} for a multipart. */
    String type();

    /** The media subtype as sent, e.g. {@code PLAIN}. */
    String subtype();

    /** {@code type/subtype} in lower case, e.g. {@code text/plain}. */
    default String mimeType() {
        return (type() + "/" + subtype()).toLowerCase(Locale.ROOT);
    }

    /**
     * The part named by an IMAP part number such as {@code "1.2"} (RFC 9051 section 6.4.5): parts of a
     * multipart count from 1, the parts of an encapsulated message/rfc822 are those of its body, and a
     * non-multipart message has only part 1. The empty string names this structure.
     */
    default Optional<BodyStructure> part(String partNumber) {
        if (partNumber.isEmpty()) {
            return Optional.of(this);
        }
        BodyStructure node = this;
        boolean top = true;
        for (String step : partNumber.split("\\.", -1)) {
            int n;
            try {
                n = Integer.parseInt(step);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (n < 1) {
                return Optional.empty();
            }
            boolean viaMessage = false;
            if (!top && node instanceof Message m) {
                node = m.body();
                viaMessage = true;
            }
            if (node instanceof Multipart mp) {
                if (n > mp.parts().size()) {
                    return Optional.empty();
                }
                node = mp.parts().get(n - 1);
            } else if (n != 1 || !(top || viaMessage)) {
                return Optional.empty();
            }
            top = false;
        }
        return Optional.of(node);
    }

    /** {@code body-fields}: parameters (in order, names as sent), id, description, encoding, size in octets. */
    record Fields(Map<String, String> params, Optional<String> id, Optional<String> description,
                  String encoding, long octets) {
        public Fields {
            params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(encoding, "encoding");
        }

        /** A body parameter by name, ignoring case (e.g. {@code param("charset")}). */
        public Optional<String> param(String name) {
            return lookup(params, name);
        }
    }

    /** {@code body-fld-dsp}: the disposition type (e.g. {@code attachment}) and its parameters. */
    record Disposition(String type, Map<String, String> params) {
        public Disposition {
            Objects.requireNonNull(type, "type");
            params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        }

        public Optional<String> param(String name) {
            return lookup(params, name);
        }
    }

    /**
     * {@code body-ext-1part}: MD5, disposition, language (NIL is empty), location, and any further
     * {@code body-extension} data. Fields the server did not send are empty.
     */
    record SinglePartExtension(Optional<String> md5, Optional<Disposition> disposition, List<String> language,
                               Optional<String> location, List<ExtensionValue> further) {
        public SinglePartExtension {
            Objects.requireNonNull(md5, "md5");
            Objects.requireNonNull(disposition, "disposition");
            language = List.copyOf(language);
            Objects.requireNonNull(location, "location");
            further = List.copyOf(further);
        }
    }

    /** {@code body-ext-mpart}: parameters (e.g. boundary), disposition, language, location, further data. */
    record MultipartExtension(Map<String, String> params, Optional<Disposition> disposition, List<String> language,
                              Optional<String> location, List<ExtensionValue> further) {
        public MultipartExtension {
            params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
            Objects.requireNonNull(disposition, "disposition");
            language = List.copyOf(language);
            Objects.requireNonNull(location, "location");
            further = List.copyOf(further);
        }

        public Optional<String> param(String name) {
            return lookup(params, name);
        }
    }

    /** {@code body-type-basic}: any single part that is neither text nor an encapsulated message. */
    record Basic(String type, String subtype, Fields fields, Optional<SinglePartExtension> extension)
            implements BodyStructure {
    }

    /** {@code body-type-text}: a TEXT part and its size in lines. */
    record Text(String type, String subtype, Fields fields, long lines, Optional<SinglePartExtension> extension)
            implements BodyStructure {
    }

    /** {@code body-type-msg}: MESSAGE/RFC822 (or GLOBAL) with the encapsulated envelope, body and size in lines. */
    record Message(String type, String subtype, Fields fields, Envelope envelope, BodyStructure body, long lines,
                   Optional<SinglePartExtension> extension) implements BodyStructure {
    }

    /** {@code body-type-mpart}: one or more nested parts and the multipart subtype. */
    record Multipart(List<BodyStructure> parts, String subtype, Optional<MultipartExtension> extension)
            implements BodyStructure {
        public Multipart {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a multipart has at least one part");
            }
        }

        @Override
        public String type() {
            return "MULTIPART";
        }
    }

    private static Optional<String> lookup(Map<String, String> params, String name) {
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
