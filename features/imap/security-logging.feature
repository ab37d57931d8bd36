@imap @security
Feature: IMAP security audit: passwords in the server log (the seed's dangerous settings)

  The seed names Dovecot's settings auth_debug, auth_debug_passwords, auth_verbose and
  auth_verbose_passwords: they write authentication details, and passwords, to the log. The
  audit logs in with the test account's password, fails once with a marker password, and
  searches what the server logged meanwhile. It needs the log file: the managed Dovecot's, or
  any server's given with server.log.

  @should @rfc9051-6.2.3
  Scenario: the server log holds no password and no password hash
    RFC 9051 6.2.3: "The LOGIN command identifies the client to the server and carries the
    plaintext password authenticating this user." The server must keep it to itself.
    Level: SHOULD, because no RFC sentence speaks of logs; the audit grades a password found there as a WARN.
    Cause: password logging (Dovecot: auth_debug_passwords = yes, auth_verbose_passwords = plain or sha1)
    Fix: Dovecot: auth_debug_passwords = no and auth_verbose_passwords = no (the defaults); rotate the log and change the exposed passwords
    Given the auditor can read the server log
    When the auditor logs in with the test account's password and fails once with a marker password
    Then the audit finds no password or password hash in the server log

  @should @rfc9051-6.2.3
  Scenario: Dovecot's password logging settings are off
    The effective values of auth_debug_passwords and auth_verbose_passwords (doveconf -n) are
    listed in the transcript with what each exposes.
    Level: SHOULD, because no RFC sentence speaks of logs; the audit grades a password found there as a WARN.
    Cause: Dovecot: auth_debug_passwords = yes or auth_verbose_passwords not no
    Fix: Dovecot: auth_debug_passwords = no, auth_verbose_passwords = no
    Given the auditor reads the target's effective Dovecot configuration
    Then the audit finds Dovecot's password logging off

  @may @rfc9051-6.2.3
  Scenario: Dovecot's authentication debug logging is off
    The effective values of auth_debug and auth_verbose (doveconf -n) are listed in the
    transcript with what each exposes: user names that exist, failure reasons, each SASL step.
    Level: MAY, because no RFC sentence speaks of logs; debug logging exposes no password, so the audit reports it as a hardening WARN.
    Cause: Dovecot: auth_debug = yes or auth_verbose = yes
    Fix: Dovecot: auth_debug = no and auth_verbose = no outside a debugging session
    Given the auditor reads the target's effective Dovecot configuration
    Then the audit finds Dovecot's authentication debug logging off
