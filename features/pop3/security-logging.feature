@pop3 @security
Feature: POP3 security audit: passwords in the server log (the seed's dangerous settings)

  The seed names Dovecot's auth_debug, auth_debug_passwords, auth_verbose and
  auth_verbose_passwords: they write authentication details, and passwords, to the log. The
  audit logs in over POP3 with the test account's password, fails once with a marker
  password, and searches what the server logged meanwhile (the managed Dovecot's log, or any
  server's given with server.log).

  @should @rfc1939-7
  Scenario: the server log holds no password and no password hash
    RFC 1939 7 (PASS): "Arguments: a server/mailbox-specific password (required)". The server
    must keep it to itself.
    Level: SHOULD, because no RFC sentence speaks of logs; the audit grades a password found there as a WARN.
    Cause: password logging (Dovecot: auth_debug_passwords = yes, auth_verbose_passwords = plain or sha1)
    Fix: Dovecot: auth_debug_passwords = no and auth_verbose_passwords = no (the defaults); rotate the log and change the exposed passwords
    Given the auditor can read the server log
    When the auditor logs in with the test account's password and fails once with a marker password
    Then the audit finds no password or password hash in the server log
