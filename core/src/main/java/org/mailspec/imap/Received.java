package org.mailspec.imap;

import java.time.Instant;
import java.util.Optional;
import org.mailspec.imap.response.Response;
import org.mailspec.wire.Transcript;

/**
 * A response as it arrived.
 *
 * @param sequence its place in the arrival order shared by every client on the transcript
 *                 (commands sent take numbers from the same sequence), for ordering checks
 * @param entry the transcript entry holding its bytes, for {@link Transcript#mark}
 */
public record Received(long sequence, Instant at, String connection, Response response,
                       Optional<Transcript.Data> entry) {

    public byte[] raw() {
        return response.raw();
    }
}
