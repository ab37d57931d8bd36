/**
 * Fixture delivery by SMTP (RFC 5321) or LMTP (RFC 2033): a small client that hands a message to
 * the server's mail transfer side, so that a scenario can judge mail that arrived as real mail
 * arrives, with the trace headers the server adds. Only what seeding needs: no AUTH, no TLS.
 */
package org.mailspec.delivery;
