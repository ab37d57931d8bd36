package org.mailspec.imap.response;

/**
 * One complete server response: a line plus any literals it carries (RFC 9051 section 7,
 * {@code response}). Every response keeps the exact bytes it was parsed from.
 */
public sealed interface Response permits Greeting, ContinuationRequest, TaggedResponse, UntaggedResponse {

    /** The exact bytes of this response as received, CRLF and literals included. Do not modify. */
    byte[] raw();
}
