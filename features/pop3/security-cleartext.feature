@pop3 @security
Feature: POP3 security audit: cleartext credentials (RFC 2595 section 2.3, RFC 1939 section 7)

  The seed's POP3 login is "USER username" then "PASS password": the password in clear unless
  TLS is up. The audit connects from an address the server does not trust (127.0.0.2 for a
  server on loopback, or client.bind); servers such as Dovecot allow plaintext login from
  their own address, which is no finding, and when no other address is available the
  scenarios skip and say so.

  @should @rfc2595-2.3 @rfc8314-4
  Scenario: USER and PASS are refused before TLS
    RFC 2595 2.3: "Clients and servers which implement STARTTLS MUST be configurable to refuse
    all clear-text login commands or mechanisms (including both standards-track and nonstandard
    mechanisms) unless an encryption layer of adequate strength is active." RFC 8314 4: "MSPs
    SHOULD deprecate the use of cleartext Mail Access Servers and Mail Submission Servers as
    soon as practicable."
    Level: SHOULD, because the audit judges the running configuration: the MUST binds the implementation to offer one that refuses, the SHOULD binds the site that runs it.
    Cause: plaintext authentication allowed without TLS (Dovecot: disable_plaintext_auth = no)
    Fix: refuse plaintext authentication before STLS (Dovecot: disable_plaintext_auth = yes, the default); offer port 995
    Given the auditor connects to POP3 without TLS from an untrusted address
    When the auditor sends USER and PASS with the test account's password in cleartext
    Then the audit finds the cleartext credentials refused

  @should @rfc2595-2.3 @rfc8314-4
  Scenario: AUTH PLAIN is refused before TLS
    RFC 2595 2.3: "Clients and servers which implement STARTTLS MUST be configurable to refuse
    all clear-text login commands or mechanisms (including both standards-track and nonstandard
    mechanisms) unless an encryption layer of adequate strength is active." RFC 8314 4: "MSPs
    SHOULD deprecate the use of cleartext Mail Access Servers and Mail Submission Servers as
    soon as practicable."
    Level: SHOULD, because the audit judges the running configuration: the MUST binds the implementation to offer one that refuses, the SHOULD binds the site that runs it.
    Cause: plaintext SASL mechanisms allowed without TLS (Dovecot: disable_plaintext_auth = no)
    Fix: Dovecot: disable_plaintext_auth = yes
    Given the auditor connects to POP3 without TLS from an untrusted address
    When the auditor sends AUTH PLAIN with the test account's password in cleartext
    Then the audit finds the cleartext credentials refused

  @should @rfc2595-2.3 @rfc8314-4
  Scenario: no cleartext login is advertised before TLS
    RFC 2595 2.3: "Clients and servers which implement STARTTLS MUST be configurable to refuse
    all clear-text login commands or mechanisms (including both standards-track and nonstandard
    mechanisms) unless an encryption layer of adequate strength is active." RFC 2449 lists USER
    and SASL in CAPA: a server that refuses cleartext logins before TLS does not advertise USER
    or SASL PLAIN there. RFC 8314 4: "MSPs SHOULD deprecate the use of cleartext Mail Access
    Servers and Mail Submission Servers as soon as practicable."
    Level: SHOULD, because the audit judges the running configuration: the MUST binds the implementation to offer one that refuses, the SHOULD binds the site that runs it.
    Cause: USER / SASL PLAIN offered without TLS (Dovecot: disable_plaintext_auth = no)
    Fix: Dovecot: disable_plaintext_auth = yes (USER and SASL PLAIN then appear after STLS)
    Given the auditor connects to POP3 without TLS from an untrusted address
    Then the audit finds no cleartext login advertised
