@pop3 @seed
Feature: CAPA (RFC 2449 section 5)

  CAPA lists the server's capabilities, one per line, in both the AUTHORIZATION and the
  TRANSACTION state; there is no state in which it is refused. A server without the extension
  mechanism answers -ERR, which RFC 2449 allows: the scenarios that need the list skip then.

  @rfc2449-5 @must
  Scenario: CAPA in the AUTHORIZATION state lists the capabilities
    RFC 2449 section 5 (CAPA): "An +OK response is followed by a list of capabilities, one per
    line. Each capability name MAY be followed by a single space and a space-separated list of
    parameters. Each capability line is limited to 512 octets (including the CRLF). The
    capability list is terminated by a line containing a termination octet (".") and a CRLF
    pair."
    Level: MUST, because the sentences define the +OK answer to CAPA; the MAY is about the parameters of a capability.

    Given the server implements CAPA
    And client A is connected
    When client A sends "CAPA"
    Then client A receives a capability list

  @rfc2449-5 @must
  Scenario: CAPA in the TRANSACTION state announces every capability of the AUTHORIZATION state
    RFC 2449 section 5: "The POP3 CAPA command returns a list of capabilities supported by the
    POP3 server. It is available in both the AUTHORIZATION and TRANSACTION states."
    "Capabilities available in the AUTHORIZATION state MUST be announced in both states."
    STLS is left out of the comparison: RFC 2595 section 4 defines it as "present and permitted
    in the current state", and it is permitted only in the AUTHORIZATION state.

    Given the server implements CAPA
    And client A is connected
    When client A sends "CAPA"
    And client A authenticates
    And client A sends "CAPA"
    Then client A receives a capability list
    And the capabilities client A received in the TRANSACTION state include those it received in the AUTHORIZATION state

  @rfc1939-3 @must
  Scenario: CAPA with an argument is answered -ERR
    RFC 2449 section 5 (CAPA): "Arguments: none". RFC 1939 section 3: "A server MUST respond to
    an unrecognized, unimplemented, or syntactically invalid command by responding with a
    negative status indicator."

    Given client A is connected
    When client A sends "CAPA MAILSPEC"
    Then client A receives -ERR
