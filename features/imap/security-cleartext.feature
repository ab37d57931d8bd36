@imap @security
Feature: IMAP security audit: cleartext credentials (RFC 9051 section 6.2.3, RFC 2595 section 2.3)

  A password sent before TLS can be read by anyone on the path. The audit connects from an
  address the server does not trust (127.0.0.2 for a server on loopback, or client.bind):
  servers such as Dovecot count a client on their own address as secured and allow plaintext
  login there, which is no finding; when no other address is available the scenarios skip and
  say so.

  @must @rfc9051-6.2.3
  Scenario: LOGINDISABLED is advertised before TLS
    RFC 9051 6.2.3: "Unless the client is accessing IMAP service on an Implicit TLS port
    [RFC8314], the STARTTLS command has been negotiated, or some other mechanism that protects
    the session from password snooping has been provided, a server implementation MUST
    implement a configuration in which it advertises the LOGINDISABLED capability and does NOT
    permit the LOGIN command."
    Cause: plaintext authentication allowed without TLS (Dovecot: disable_plaintext_auth = no)
    Fix: refuse plaintext authentication before TLS (Dovecot: disable_plaintext_auth = yes, the default; 2.4: auth_allow_cleartext = no)
    Given the auditor connects to IMAP without TLS from an untrusted address
    Then the audit finds LOGINDISABLED advertised

  @must @rfc9051-6.2.3
  Scenario: LOGIN with a password is refused before TLS
    RFC 9051 6.2.3: "... a server implementation MUST implement a configuration in which it
    advertises the LOGINDISABLED capability and does NOT permit the LOGIN command."
    Cause: plaintext authentication allowed without TLS (Dovecot: disable_plaintext_auth = no)
    Fix: refuse plaintext authentication before TLS (Dovecot: disable_plaintext_auth = yes); offer port 993 and STARTTLS
    Given the auditor connects to IMAP without TLS from an untrusted address
    When the auditor sends LOGIN with the test account's password in cleartext
    Then the audit finds the cleartext credentials refused

  @must @rfc2595-2.3
  Scenario: AUTHENTICATE PLAIN is refused before TLS
    RFC 2595 2.3: "Clients and servers which implement STARTTLS MUST be configurable to refuse
    all clear-text login commands or mechanisms (including both standards-track and nonstandard
    mechanisms) unless an encryption layer of adequate strength is active."
    Cause: plaintext SASL mechanisms allowed without TLS (Dovecot: disable_plaintext_auth = no)
    Fix: refuse plaintext mechanisms before TLS (Dovecot: disable_plaintext_auth = yes)
    Given the auditor connects to IMAP without TLS from an untrusted address
    When the auditor sends AUTHENTICATE PLAIN with the test account's password in cleartext
    Then the audit finds the cleartext credentials refused

  @should @rfc2595-2.3
  Scenario: no cleartext mechanism is advertised before TLS
    RFC 2595 2.3: servers "MUST be configurable to refuse all clear-text login commands or
    mechanisms ... unless an encryption layer of adequate strength is active"; a server that
    refuses them does not advertise AUTH=PLAIN or AUTH=LOGIN before TLS, so that clients do not
    send a password in clear.
    Cause: AUTH=PLAIN / AUTH=LOGIN offered without TLS (Dovecot: disable_plaintext_auth = no)
    Fix: Dovecot: disable_plaintext_auth = yes (the mechanisms then appear only after STARTTLS)
    Given the auditor connects to IMAP without TLS from an untrusted address
    Then the audit finds no cleartext mechanism advertised
