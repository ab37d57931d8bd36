@imap @tls
Feature: STARTTLS and implicit TLS (RFC 9051 section 6.2.1, RFC 8314)

  The seed: without further measures IMAP runs unencrypted; servers use SSL/TLS on the
  standard port 143 (STARTTLS) or on an alternative port such as 993 (implicit TLS).

  @must @cap-STARTTLS @rfc9051-6.2.1
  Scenario: starttls on the plain port is answered OK and TLS negotiation follows
    RFC 9051 6.2.1: "OK - starttls completed, begin TLS negotiation" and "A TLS [TLS-1.3]
    negotiation begins immediately after the CRLF at the end of the tagged OK response from the
    server."
    Level: MUST, because the sentences define the result of STARTTLS.
    Given the client is connected to the plain port
    When the client sends "STARTTLS"
    Then the server answers OK
    When the client negotiates TLS
    Then the TLS negotiation succeeds

  @should @cap-STARTTLS @rfc9051-6.2.1
  Scenario: capabilities re-read after starttls no longer list STARTTLS
    RFC 9051 6.2.1: "The server MAY advertise different capabilities and, in particular, SHOULD
    NOT advertise the STARTTLS capability, after a successful STARTTLS command." The client,
    which must discard what it learnt before TLS, asks again.
    Given the client is connected to the plain port
    When the client sends "STARTTLS"
    And the client negotiates TLS
    And the client sends "CAPABILITY"
    Then the server answers OK
    And the capabilities include IMAP4rev1 or IMAP4rev2
    And the capabilities do not include STARTTLS

  @must @cap-STARTTLS @rfc9051-6.2.1
  Scenario: a second starttls after TLS is rejected
    RFC 9051 6.2.1 result: "BAD - STARTTLS received after a successful TLS negotiation or
    arguments invalid".
    Level: MUST, because the Result list defines BAD as the answer to STARTTLS after a successful TLS negotiation.
    Given the client is connected to the plain port
    When the client sends "STARTTLS"
    And the client negotiates TLS
    And the client sends "STARTTLS"
    Then the server answers BAD

  @must @cap-STARTTLS @rfc9051-3 @rfc9051-6.2.1
  Scenario: starttls in the authenticated state is rejected
    RFC 9051 6.2.1 lists STARTTLS among the commands valid in the not authenticated state;
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is logged in
    When the client sends "STARTTLS"
    Then the server answers NO or BAD

  @should @cap-STARTTLS @rfc9051-6.2.1 @rfc9051-9 @rfc9051-2.2.2
  Scenario: starttls with an argument is a syntax error
    RFC 9051 9: 'command-nonauth = login / authenticate / "STARTTLS"' (STARTTLS takes no
    arguments). RFC 9051 6.2.1: "BAD - STARTTLS received after a successful TLS negotiation or
    arguments invalid". RFC 9051 2.2.2: "Servers SHOULD strictly enforce the syntax outlined in
    this specification. Any client command with a protocol syntax error, including (but not
    limited to) missing or extraneous spaces or arguments, SHOULD be rejected and the client
    given a BAD server completion response."
    Given the client is connected to the plain port
    When the client sends "STARTTLS now"
    Then the server answers BAD

  @must @cap-LOGINDISABLED @rfc9051-6.2.3
  Scenario: login is refused while LOGINDISABLED is advertised
    RFC 9051 6.2.3: "Unless the client is accessing IMAP service on an Implicit TLS port
    [RFC8314], the STARTTLS command has been negotiated, or some other mechanism that
    protects the session from password snooping has been provided, a server implementation
    MUST implement a configuration in which it advertises the LOGINDISABLED capability and
    does NOT permit the LOGIN command." Where LOGINDISABLED is advertised, LOGIN fails.
    Given the client is connected to the plain port
    When the client sends "LOGIN <user> <password>"
    Then the server answers NO or BAD

  @must @cap-STARTTLS @rfc9051-6.2.1 @rfc9051-6.2.3
  Scenario: login succeeds after starttls
    RFC 9051 6.2.1: "After successful TLS negotiation, the server remains in the
    non-authenticated state, even if client credentials are supplied during the TLS
    negotiation." RFC 9051 6.2.3: "OK - login completed, now in authenticated state". Plaintext
    LOGIN is permitted once TLS is up.
    Level: MUST, because the Result list defines OK for valid credentials, and TLS lifts the one condition (LOGINDISABLED) for refusing LOGIN.
    Given the client is connected to the plain port
    When the client sends "STARTTLS"
    And the client negotiates TLS
    And the client sends "LOGIN <user> <password>"
    Then the server answers OK

  @must @rfc9051-2.1 @rfc8314-3.2
  Scenario: the implicit TLS port sends the greeting over TLS
    RFC 8314 3.2: "When a TCP connection is established for the "imaps" service (default port
    993), a TLS handshake begins immediately." and "Once the TLS session is established, IMAP
    [RFC3501] protocol messages are exchanged as TLS application data for the remainder of the
    TCP connection."
    Level: MUST, because the sentences define the imaps service.
    Given the client is connected to the implicit TLS port
    Then the connection is encrypted
    And the greeting is OK or PREAUTH

  @must @rfc9051-6.2.3 @rfc8314-3.2
  Scenario: login succeeds on the implicit TLS port
    RFC 8314 3.2: "Once the TLS session is established, IMAP [RFC3501] protocol messages are
    exchanged as TLS application data". RFC 9051 6.2.3: "OK - login completed, now in
    authenticated state". On TLS, plaintext LOGIN is allowed.
    Level: MUST, because the Result list defines OK for valid credentials, and TLS lifts the one condition (LOGINDISABLED) for refusing LOGIN.
    Given the client is connected to the implicit TLS port
    When the client sends "LOGIN <user> <password>"
    Then the server answers OK

  @must @rfc9051-6.2.1 @rfc8314-3.2
  Scenario: the implicit TLS port does not offer STARTTLS
    RFC 9051 6.2.1: "Note that the STARTTLS command is available only on cleartext ports. The
    server MUST always respond with a tagged BAD response when the STARTTLS command is received
    on an Implicit TLS port." RFC 8314 3.2: on the imaps port "a TLS handshake begins
    immediately". A capability list that offers STARTTLS there offers a command the server must
    refuse.
    Given the client is connected to the implicit TLS port
    When the client sends "CAPABILITY"
    Then the server answers OK
    And the capabilities do not include STARTTLS
