/**
 * The strict IMAP response parser: {@link org.mailspec.imap.parse.ImapResponseParser} reads one framed
 * response (line, CRLF, literals) against the RFC 9051 / RFC 3501 grammar. Strict parsing throws
 * {@link org.mailspec.imap.parse.ImapSyntaxException} naming the ABNF production path, the byte offset
 * and the offending bytes; lenient parsing returns {@link org.mailspec.imap.parse.Parsed} with every
 * {@link org.mailspec.imap.parse.Deviation} it tolerated.
 */
package org.mailspec.imap.parse;
