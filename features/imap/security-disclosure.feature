@imap @security
Feature: IMAP security audit: what the server gives away (RFC 3501 section 11.2, RFC 2971)

  Before anyone logs in, a server should tell an attacker as little as it can: not its exact
  software version, not which user names exist, and not at full speed how to guess passwords.
  Wrong-password probes are few, each over TLS from its own loopback address (the server's
  growing delay after failures counts per address and must not slow the other scenarios).

  @may @rfc9051-7.1.1 @rfc2971-7
  Scenario: the greeting names no software version
    RFC 9051 7.1.1 leaves the greeting's text to the server ("human-readable text"); an exact
    version in it tells an attacker which published flaws to try. RFC 2971 7: "Having
    implementation information of a given client or server may make it easier for an attacker to
    gain unauthorized access due to security holes."
    Level: MAY, because no RFC forbids a version in the greeting; the audit reports one as a WARN.
    Cause: a greeting that names the version (Dovecot: login_greeting set to one)
    Fix: a greeting without a version (Dovecot default: login_greeting = Dovecot ready.)
    Given the auditor connects to IMAP from an untrusted address
    Then the audit finds no software version in the greeting

  @may @rfc2971-7
  Scenario: the ID response names no software version
    RFC 2971 7: "This extension has the danger of violating the privacy of users if misused."
    and "Having implementation information of a given client or server may make it easier for an
    attacker to gain unauthorized access due to security holes." RFC 2971 3.3: "Implementations
    are free to send none, any, or all of these." The server's own ID fields ("version",
    "os-version") tell an attacker what to try.
    Level: MAY, because RFC 2971 leaves the fields to the implementation; the audit reports versions as a WARN.
    Cause: ID fields with versions (Dovecot: imap_id_send = name * version * os * os-version *)
    Fix: send the name only, or nothing (Dovecot default: imap_id_send = name *)
    Given the auditor connects to IMAP from an untrusted address
    When the auditor sends ID with the audit's client name
    Then the audit finds no software version in the ID response

  @should @rfc3501-11.2 @rfc9051-11.7
  Scenario: a failed login does not tell an unknown user from a wrong password
    RFC 3501 11.2: "A server error message for an AUTHENTICATE command which fails due to
    invalid credentials SHOULD NOT detail why the credentials are invalid." RFC 9051 11.7: "A
    server error message for a failing LOGIN command SHOULD NOT specify that the user name, as
    opposed to the password, is invalid."
    Cause: a different failure reply for a user that does not exist (Dovecot: a passdb with nologin and reason= for unknown users)
    Fix: answer every failed login alike (Dovecot: no catch-all passdb with a reason; the default "Authentication failed.")
    When the auditor fails to log in as an unknown user and as the test account with a wrong password
    Then the audit finds both failures answered alike

  @should @rfc9051-11.7
  Scenario: repeated failed logins are slowed down
    RFC 9051 11.7: "A server SHOULD have mechanisms in place to limit or delay failed
    AUTHENTICATE/LOGIN attempts." A server that answers every failure at once lets an attacker
    try passwords at full speed. The audit tries 3 wrong passwords at most and stops at the
    first delayed answer.
    Cause: no delay after failed logins (Dovecot: auth_failure_delay = 0 and the anvil auth-penalty listener disabled)
    Fix: keep a failure delay (Dovecot: auth_failure_delay = 2 secs, the default, and the per-address penalty of anvil)
    When the auditor fails to log in 3 times in a row
    Then the audit finds the failures delayed or refused
