@pop3 @tls @cap-STLS
Feature: STLS (RFC 2595 section 4)

  STLS turns a plain POP3 connection into a TLS one in the AUTHORIZATION state. The scenarios run
  when CAPA on a plain connection announces STLS. Plaintext the server sends after its +OK and
  before the handshake fails the first scenario by its step, and every other scenario whose
  sessions negotiate STLS (the configured connection of a target with pop3.tls=starttls too) as a
  finding after the scenario.

  Whether the TRANSACTION state's CAPA announces STLS is not judged, either way: RFC 2449
  section 5 says "Capabilities available in the AUTHORIZATION state MUST be announced in both
  states.", and RFC 2595 section 4 says "The capability name "STLS" indicates this command is
  present and permitted in the current state." A server that keeps STLS in the list follows the
  first, one that drops it the second, and no sentence of either RFC makes the other wrong. What
  both require is that STLS be refused there (the last scenario); capa.feature leaves STLS out
  when it compares the two states' lists.

  @rfc2595-4 @must
  Scenario: STLS is answered +OK and TLS is negotiated right after it
    RFC 2595 section 4 (STLS): "A TLS negotiation begins immediately after the CRLF at the end of
    the +OK response from the server." "Once TLS has been started, the client MUST discard
    cached information about server capabilities and SHOULD re-issue the CAPA command."
    Level: MUST, because the first sentence defines the result of STLS; the MUST quoted after it binds the client.

    Given client A is connected without TLS
    When client A sends "STLS"
    Then client A receives +OK
    When client A negotiates TLS
    Then the TLS negotiation of client A begins immediately after the +OK
    When client A sends "CAPA"
    Then client A receives a capability list

  @rfc2595-4 @must
  Scenario: after STLS the session is still in the AUTHORIZATION state
    RFC 2595 section 4 (STLS): "The STLS command is only permitted in AUTHORIZATION state and the
    server remains in AUTHORIZATION state, even if client credentials are supplied during the TLS
    negotiation."
    Level: MUST, because the sentence defines the result of STLS.

    Given client A is connected without TLS
    When client A sends "STLS"
    And client A negotiates TLS
    And client A sends "STAT"
    Then client A receives -ERR
    When client A authenticates
    Then client A receives +OK

  @rfc2595-4 @should
  Scenario: the capabilities after STLS do not announce STLS
    RFC 2595 section 4: "The capability name "STLS" indicates this command is present and
    permitted in the current state." "A -ERR response MAY result if a security layer is already
    active." "The server MAY advertise different capabilities after STLS."
    Level: SHOULD, because STLS in the list says it is permitted, yet a -ERR MAY answer it under TLS: the list contradicts the server only when it refuses, which the scenario does not try.

    Given client A is connected without TLS
    When client A sends "STLS"
    And client A negotiates TLS
    And client A sends "CAPA"
    Then client A receives a capability list
    And the capability list of client A does not announce "STLS"

  @rfc2595-4 @must
  Scenario: STLS is refused in the TRANSACTION state
    RFC 2595 section 4 (STLS): "Restrictions: Only permitted in AUTHORIZATION state." RFC 1939
    section 3: "A server MUST respond to a command issued when the session is in an incorrect
    state by responding with a negative status indicator."

    Given client A is in the TRANSACTION state
    When client A sends "STLS"
    Then client A receives -ERR
