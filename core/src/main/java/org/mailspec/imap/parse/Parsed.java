package org.mailspec.imap.parse;

import java.util.List;
import java.util.Objects;
import org.mailspec.imap.response.Response;

/** A response parsed leniently, with every deviation from the grammar that was tolerated (empty: strictly valid). */
public record Parsed(Response response, List<Deviation> deviations) {
    public Parsed {
        Objects.requireNonNull(response, "response");
        deviations = List.copyOf(deviations);
    }

    /** True if a strict parse would have accepted the frame. */
    public boolean isStrictlyValid() {
        return deviations.isEmpty();
    }
}
