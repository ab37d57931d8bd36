@pop3 @security
Feature: POP3 security audit: what the server gives away (RFC 1939)

  Before anyone logs in, a server should tell an attacker as little as it can: not its exact
  software version, not which user names exist, and not at full speed how to guess passwords.
  Wrong-password probes are few, each over TLS from its own loopback address.

  @may @rfc1939-4
  Scenario: the greeting names no software version
    RFC 1939 4: "Once the TCP connection has been opened by a POP3 client, the POP3 server
    issues a one line greeting." Its text is the server's choice; an exact version tells an
    attacker which published flaws to try.
    Level: MAY, because no RFC forbids a version in the greeting; the audit reports one as a WARN.
    Cause: a greeting that names the version (Dovecot: login_greeting set to one)
    Fix: a greeting without a version (Dovecot default: login_greeting = Dovecot ready.)
    Given the auditor connects to POP3 from an untrusted address
    Then the audit finds no software version in the greeting

  @should @rfc1939-13
  Scenario: USER answers an unknown user like a real one
    RFC 1939 13: "Servers that answer -ERR to the USER command are giving potential attackers
    clues about which names are valid."
    Level: SHOULD, because the RFC warns of the clue in its security considerations without a key word.
    Cause: USER checks the user name at once (a server option such as an early user lookup)
    Fix: answer +OK to every USER and fail at PASS (Dovecot does so in every configuration)
    When the auditor sends USER with an unknown user and with the test account's user
    Then the audit finds both answered alike

  @should @rfc1939-13
  Scenario: a failed login does not tell an unknown user from a wrong password
    RFC 1939 13: "Servers that answer -ERR to the USER command are giving potential attackers
    clues about which names are valid." The same holds for the answer to PASS.
    Level: SHOULD, because the RFC warns of the clue in its security considerations without a key word.
    Cause: a different failure reply for a user that does not exist (Dovecot: a passdb with nologin and reason= for unknown users)
    Fix: answer every failed login alike (Dovecot: the default "Authentication failed.")
    When the auditor fails to log in as an unknown user and as the test account with a wrong password
    Then the audit finds both answered alike

  @should @rfc1939-7 @rfc9051-11.7
  Scenario: repeated failed logins are slowed down
    RFC 1939 7 (PASS): "-ERR invalid password". RFC 9051 11.7 asks of IMAP servers what the
    audit asks here: "A server SHOULD have mechanisms in place to limit or delay failed
    AUTHENTICATE/LOGIN attempts." The audit tries 3 wrong passwords at most and stops at the
    first delayed answer.
    Level: SHOULD, because RFC 1939 does not grade it and RFC 9051 11.7 asks it of IMAP servers for the same attack.
    Cause: no delay after failed logins (Dovecot: auth_failure_delay = 0 and the anvil auth-penalty listener disabled)
    Fix: keep a failure delay (Dovecot: auth_failure_delay = 2 secs, the default, and the per-address penalty of anvil)
    When the auditor fails to log in 3 times in a row
    Then the audit finds the failures delayed or refused
