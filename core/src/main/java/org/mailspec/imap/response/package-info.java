/**
 * Immutable, typed IMAP server responses (RFC 9051, RFC 3501 and common extensions), as produced by
 * {@link org.mailspec.imap.parse.ImapResponseParser}.
 *
 * <p>{@link org.mailspec.imap.response.Response} is sealed: {@link org.mailspec.imap.response.Greeting},
 * {@link org.mailspec.imap.response.ContinuationRequest}, {@link org.mailspec.imap.response.TaggedResponse}
 * and the sealed {@link org.mailspec.imap.response.UntaggedResponse} family (status responses, CAPABILITY,
 * ENABLED, LIST/LSUB, NAMESPACE, STATUS, SEARCH, ESEARCH, FLAGS, EXISTS, RECENT, EXPUNGE, VANISHED,
 * FETCH, and {@link org.mailspec.imap.response.Unknown}). Every response keeps its exact bytes in
 * {@code raw()}; literals keep their octets in {@link org.mailspec.imap.response.ImapString}.
 */
package org.mailspec.imap.response;
