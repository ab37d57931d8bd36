@imap @security
Feature: IMAP security audit: anonymous access (RFC 4505)

  The seed: "auth_anonymous_username: the user name used when logging in with the ANONYMOUS
  SASL mechanism". Anyone who can reach the server logs in, like anonymous FTP.

  @should @rfc4505-5
  Scenario: the ANONYMOUS mechanism is not offered
    RFC 4505 5: "The ANONYMOUS mechanism grants access to services and/or resources by anyone.
    For this reason, it should be disabled by default so that the administrator can make an
    explicit decision to enable it."
    Level: SHOULD, because RFC 4505 writes this "should" in lower case, a recommendation to the administrator, not a definition.
    Cause: ANONYMOUS in the server's mechanisms (Dovecot: auth_mechanisms includes anonymous, with auth_anonymous_username)
    Fix: remove anonymous from auth_mechanisms (Dovecot default: auth_mechanisms = plain)
    Given the auditor connects to IMAP with TLS from an untrusted address
    Then the audit finds the ANONYMOUS mechanism not advertised

  @should @rfc4505-5
  Scenario: an anonymous login is refused
    RFC 4505 5: "The ANONYMOUS mechanism grants access to services and/or resources by anyone.
    For this reason, it should be disabled by default so that the administrator can make an
    explicit decision to enable it." The audit tries it over TLS, whether advertised or not.
    Level: SHOULD, because RFC 4505 writes this "should" in lower case, a recommendation to the administrator, not a definition.
    Cause: the ANONYMOUS mechanism is enabled (Dovecot: auth_mechanisms = ... anonymous, auth_anonymous_username = guest)
    Fix: remove anonymous from auth_mechanisms
    Given the auditor connects to IMAP with TLS from an untrusted address
    When the auditor sends AUTHENTICATE ANONYMOUS
    Then the audit finds the anonymous login refused
