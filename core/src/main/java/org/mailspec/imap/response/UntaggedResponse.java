package org.mailspec.imap.response;

/**
 * Any {@code "*" SP ...} response other than the greeting: status responses, server and mailbox
 * data, message data, and (lenient mode, or experimental and registered extension responses) {@link
 * Unknown}.
 */
public sealed interface UntaggedResponse extends Response
        permits UntaggedStatus, CapabilityData, EnabledData, MailboxList, NamespaceData, StatusData, SearchData,
        ESearchData, FlagsData, Exists, Recent, Expunge, Vanished, FetchData, Unknown {
}
