package org.mailspec.imap.response;

/**
 * Any {@code "*" SP ...} response other than the greeting: status responses, server and mailbox
 * data, message data, and (lenient mode, or experimental and registered extension responses) {@link
 * Unknown}.
 */
public sealed interface UntaggedResponse extends Response
        permits UntaggedStatus, CapabilityData, EnabledData, MailboxList, NamespaceData, StatusData, SearchData,
        ESearchData, FlagsData, Exists, Recent, Expunge, Vanished, FetchData, Unknown {

    /**
     * The word that names the response in the grammar, upper-cased: the status ({@code OK},
     * {@code BYE}...), the data's keyword ({@code CAPABILITY}, {@code LIST}, {@code LSUB},
     * {@code STATUS}...), the word after the number ({@code EXISTS}, {@code FETCH}...), or an
     * {@link Unknown} response's own name ({@code ID}).
     */
    default String responseName() {
        if (this instanceof UntaggedStatus s) {
            return s.status().name();
        }
        if (this instanceof MailboxList l) {
            return l.kind().name();
        }
        if (this instanceof Unknown u) {
            return u.name();
        }
        if (this instanceof CapabilityData) {
            return "CAPABILITY";
        }
        if (this instanceof EnabledData) {
            return "ENABLED";
        }
        if (this instanceof NamespaceData) {
            return "NAMESPACE";
        }
        if (this instanceof StatusData) {
            return "STATUS";
        }
        if (this instanceof SearchData) {
            return "SEARCH";
        }
        if (this instanceof ESearchData) {
            return "ESEARCH";
        }
        if (this instanceof FlagsData) {
            return "FLAGS";
        }
        if (this instanceof Exists) {
            return "EXISTS";
        }
        if (this instanceof Recent) {
            return "RECENT";
        }
        if (this instanceof Expunge) {
            return "EXPUNGE";
        }
        if (this instanceof Vanished) {
            return "VANISHED";
        }
        return "FETCH";
    }
}
