/**
 * What the security audit needs from the wire and the target, apart from any protocol: the source
 * address a connection is judged from, the certificate a server presents, a raw probe of legacy
 * TLS versions, secrets in a server log, version numbers in banners, and Dovecot's logging
 * settings. The audit's steps ({@link org.mailspec.audit.steps}) use these; nothing here knows about Gherkin.
 */
package org.mailspec.audit;
