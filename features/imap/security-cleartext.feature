@imap @security
Feature: IMAP security audit: cleartext credentials (RFC 9051 section 6.2.3, RFC 2595 section 2.3)

  A password sent before TLS can be read by anyone on the path. The audit connects from an
  address the server does not trust (127.0.0.2 for a server on loopback, or client.bind):
  servers such as Dovecot count a client on their own address as secured and allow plaintext
  login there, which is no finding; when no other address is available the scenarios skip and
  say so.

  @should @rfc9051-6.2.3
  Scenario: LOGINDISABLED is advertised before TLS
    RFC 9051 6.2.3: "Unless the client is accessing IMAP service on an Implicit TLS port
    [RFC8314], the STARTTLS command has been negotiated, or some other mechanism that protects
    the session from password snooping has been provided, a server implementation MUST implement
    a configuration in which it advertises the LOGINDISABLED capability and does NOT permit the
    LOGIN command. Server sites SHOULD NOT use any configuration that permits the LOGIN command
    without such a protection mechanism against password snooping."
    Level: SHOULD, because the audit judges the running configuration: the MUST binds the implementation to offer one that refuses, the SHOULD binds the site that runs it.
    Cause: plaintext authentication allowed without TLS (Dovecot: disable_plaintext_auth = no)
    Fix: refuse plaintext authentication before TLS (Dovecot: disable_plaintext_auth = yes, the default; 2.4: auth_allow_cleartext = no)
    Given the auditor connects to IMAP without TLS from an untrusted address
    Then the audit finds LOGINDISABLED advertised

  @should @rfc9051-6.2.3
  Scenario: LOGIN with a password is refused before TLS
    RFC 9051 6.2.3: "Unless the client is accessing IMAP service on an Implicit TLS port
    [RFC8314], the STARTTLS command has been negotiated, or some other mechanism that protects
    the session from password snooping has been provided, a server implementation MUST implement
    a configuration in which it advertises the LOGINDISABLED capability and does NOT permit the
    LOGIN command. Server sites SHOULD NOT use any configuration that permits the LOGIN command
    without such a protection mechanism against password snooping."
    Level: SHOULD, because the audit judges the running configuration: the MUST binds the implementation to offer one that refuses, the SHOULD binds the site that runs it.
    Cause: plaintext authentication allowed without TLS (Dovecot: disable_plaintext_auth = no)
    Fix: refuse plaintext authentication before TLS (Dovecot: disable_plaintext_auth = yes); offer port 993 and STARTTLS
    Given the auditor connects to IMAP without TLS from an untrusted address
    When the auditor sends LOGIN with the test account's password in cleartext
    Then the audit finds the cleartext credentials refused

  @should @rfc2595-2.3 @rfc9051-6.2.2
  Scenario: AUTHENTICATE PLAIN is refused before TLS
    RFC 9051 6.2.2: "Note: a server implementation MUST implement a configuration in which it
    does NOT permit any plaintext password mechanisms, unless the STARTTLS command has been
    negotiated, TLS has been negotiated on an Implicit TLS port, or some other mechanism that
    protects the session from password snooping has been provided. Server sites SHOULD NOT use
    any configuration that permits a plaintext password mechanism without such a protection
    mechanism against password snooping." RFC 2595 2.3: "Clients and servers which implement
    STARTTLS MUST be configurable to refuse all clear-text login commands or mechanisms
    (including both standards-track and nonstandard mechanisms) unless an encryption layer of
    adequate strength is active."
    Level: SHOULD, because the audit judges the running configuration: the MUST binds the implementation to offer one that refuses, the SHOULD binds the site that runs it.
    Cause: plaintext SASL mechanisms allowed without TLS (Dovecot: disable_plaintext_auth = no)
    Fix: refuse plaintext mechanisms before TLS (Dovecot: disable_plaintext_auth = yes)
    Given the auditor connects to IMAP without TLS from an untrusted address
    When the auditor sends AUTHENTICATE PLAIN with the test account's password in cleartext
    Then the audit finds the cleartext credentials refused

  @should @rfc2595-2.3 @rfc9051-11.7 @rfc9051-6.2.2
  Scenario: no cleartext mechanism is advertised before TLS
    RFC 9051 11.7: "A server implementation MUST implement a configuration that, at the time of
    authentication, requires:" one of three things, the third: "The LOGINDISABLED capability is
    advertised, and [SASL] mechanisms (such as PLAIN) using plaintext passwords are NOT
    advertised in the CAPABILITY list." RFC 9051 6.2.2: "Note: a server implementation MUST
    implement a configuration in which it does NOT permit any plaintext password mechanisms,
    unless the STARTTLS command has been negotiated, TLS has been negotiated on an Implicit TLS
    port, or some other mechanism that protects the session from password snooping has been
    provided. Server sites SHOULD NOT use any configuration that permits a plaintext password
    mechanism without such a protection mechanism against password snooping."
    Level: SHOULD, because the audit judges the running configuration: the MUST binds the implementation to offer one that refuses, the SHOULD binds the site that runs it.
    Cause: AUTH=PLAIN / AUTH=LOGIN offered without TLS (Dovecot: disable_plaintext_auth = no)
    Fix: Dovecot: disable_plaintext_auth = yes (the mechanisms then appear only after STARTTLS)
    Given the auditor connects to IMAP without TLS from an untrusted address
    Then the audit finds no cleartext mechanism advertised
