package org.mailspec.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.mailspec.run.VerdictPlugin;
import org.mailspec.wire.Transcript;

/** What an audit scenario attaches for the report: its transcript and, when it has any, the marked lines. */
public final class AuditTranscript {
    private AuditTranscript() {
    }

    /** One attachment, in the shape of Cucumber's {@code Scenario.attach(data, mediaType, name)}. */
    public record Attachment(byte[] data, String mediaType, String name) {
    }

    public static List<Attachment> attachments(Transcript transcript) {
        Transcript.Rendered r = transcript.render();
        List<Attachment> out = new ArrayList<>();
        out.add(new Attachment(r.text().getBytes(StandardCharsets.UTF_8), VerdictPlugin.TRANSCRIPT_MEDIA_TYPE, "transcript"));
        if (!r.markedLines().isEmpty()) {
            out.add(new Attachment(r.markedLines().stream().map(String::valueOf).collect(Collectors.joining(","))
                    .getBytes(StandardCharsets.UTF_8), VerdictPlugin.MARKS_MEDIA_TYPE, "marks"));
        }
        return out;
    }
}
