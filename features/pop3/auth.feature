@pop3 @cap-SASL=PLAIN
Feature: AUTH PLAIN (RFC 5034 section 4, RFC 4616)

  SASL authentication with the PLAIN mechanism. The scenarios run when CAPA announces SASL with
  PLAIN among its mechanisms.

  @rfc5034-4 @must
  Scenario: AUTH PLAIN with an initial response enters the TRANSACTION state
    RFC 5034 section 4 (AUTH): "Should the client successfully complete the exchange, the server
    issues a +OK reply. Additionally, upon success, the POP3 session enters the TRANSACTION
    state."
    Level: MUST, because the sentences define the result of a successful AUTH.

    Given client A is connected
    When client A sends "AUTH PLAIN $sasl-plain"
    Then client A receives +OK
    When client A sends "STAT"
    Then client A receives a drop listing

  @rfc5034-4 @must
  Scenario: AUTH PLAIN without an initial response is answered with an empty challenge
    RFC 5034 section 4 (AUTH): "If the initial response argument is omitted and the chosen
    mechanism requires an initial client response, the server MUST proceed by issuing an empty
    challenge, as defined in Section 3 of [RFC4422]. In POP3, an empty server challenge is
    defined as a line with only a "+", followed by a single space. It MUST NOT contain any other
    data."

    Given client A is connected
    When client A sends "AUTH PLAIN"
    Then client A receives a server challenge
    When client A sends "$sasl-plain"
    Then client A receives +OK

  @rfc5034-4 @must
  Scenario: AUTH PLAIN with a wrong password is answered -ERR and the session stays in AUTHORIZATION
    RFC 5034 section 4 (AUTH): "If the server is unable to authenticate the client, it MUST
    reject the AUTH command with an -ERR reply." and "The AUTH command may only be given during
    the AUTHORIZATION state." A rejected AUTH leaves the session there.

    Given client A is connected
    When client A sends "AUTH PLAIN $sasl-plain-wrong"
    Then client A receives -ERR
    When the server keeps the connection of client A open
    And client A sends "STAT"
    Then client A receives -ERR

  @rfc5034-4 @must
  Scenario: an exchange the client cancels is answered -ERR
    RFC 5034 section 4 (AUTH): "If the client wishes to cancel the authentication exchange, it
    issues a line with a single "*". If the server receives such a response, it MUST reject the
    AUTH command by sending an -ERR reply."

    Given client A is connected
    When client A sends "AUTH PLAIN"
    And client A sends "*"
    Then client A receives -ERR

  @rfc5034-4 @must
  Scenario: a response that is not base64 is answered -ERR
    RFC 5034 section 4 (AUTH): "If the server cannot Base64 decode a client response, it MUST
    reject the AUTH command with an -ERR reply."

    Given client A is connected
    When client A sends "AUTH PLAIN"
    And client A sends "!not-base64!"
    Then client A receives -ERR

  @rfc5034-4 @must
  Scenario: AUTH with an unsupported mechanism is answered -ERR
    RFC 5034 section 4 (AUTH): "If the requested authentication mechanism is not supported, the
    server rejects the AUTH command with an -ERR reply."
    Level: MUST, because the sentence defines the answer to a mechanism the server does not support.

    Given client A is connected
    When client A sends "AUTH X-MAILSPEC-NONE"
    Then client A receives -ERR

  @rfc5034-4 @must
  Scenario: AUTH after a successful AUTH is answered -ERR
    RFC 5034 section 4 (AUTH): "After a successful AUTH command completes, a server MUST reject
    any further AUTH commands with an -ERR reply." "The AUTH command may only be given during the
    AUTHORIZATION state."

    Given client A is connected
    When client A sends "AUTH PLAIN $sasl-plain"
    Then client A receives +OK
    When client A sends "AUTH PLAIN $sasl-plain"
    Then client A receives -ERR
