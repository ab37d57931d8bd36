/**
 * The security audit's steps, written once for every protocol. The steps here judge what does not
 * depend on the protocol (the server log, Dovecot's settings, the TLS ports and certificate,
 * cleartext and anonymous logins refused, failed logins, the greeting); they reach the server
 * through an {@link org.mailspec.audit.steps.AuditProtocol}, which each suite implements once for
 * its protocol (how to connect, start TLS, log in, what it advertises, how its RFCs word the
 * rules) and registers as a part of its run. What only one protocol has (LOGINDISABLED, USER and
 * CAPA, the STARTTLS injection probe, the malformed-input probes) stays in that suite, in step
 * classes that share this package's {@link org.mailspec.audit.steps.AuditWorld}.
 *
 * <p>A suite adds this package to its glue: {@code SuiteSpec.withGlue(AuditWorld.class.getPackageName())
 * .withPart(MyAudit.class)}.
 */
package org.mailspec.audit.steps;
