package org.mailspec.imap;

import java.util.List;
import org.mailspec.imap.response.Response;
import org.mailspec.imap.response.Status;
import org.mailspec.imap.response.TaggedResponse;
import org.mailspec.imap.response.UntaggedResponse;

/**
 * A completed command: the untagged responses that arrived while it was in flight (between its
 * sending and its completion; with pipelining, several commands share them) and its completion.
 */
public record CommandResult(Tag tag, Command command, long sentSequence, List<Received> untagged,
                            Received completion) {

    public CommandResult {
        untagged = List.copyOf(untagged);
        if (!(completion.response() instanceof TaggedResponse)) {
            throw new IllegalArgumentException("completion is not a tagged response");
        }
    }

    public TaggedResponse tagged() {
        return (TaggedResponse) completion.response();
    }

    public Status status() {
        return tagged().status();
    }

    public boolean ok() {
        return status() == Status.OK;
    }

    /** The human-readable text of the completion. */
    public String text() {
        return tagged().text().text();
    }

    public List<UntaggedResponse> untaggedResponses() {
        return untagged.stream().map(Received::response)
                .filter(UntaggedResponse.class::isInstance).map(UntaggedResponse.class::cast).toList();
    }

    /** The untagged responses of one kind, e.g. {@code ofType(FetchResponse.class)}. */
    public <T extends Response> List<T> ofType(Class<T> type) {
        return untagged.stream().map(Received::response).filter(type::isInstance).map(type::cast).toList();
    }
}
