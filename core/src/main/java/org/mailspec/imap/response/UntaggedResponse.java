package org.mailspec.imap.response;

/** Any {@code "*" SP ...} response other than the greeting. CONTRACT STUB: to become sealed. */
public non-sealed interface UntaggedResponse extends Response {
}
