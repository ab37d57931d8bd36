@pop3
Feature: NOOP (RFC 1939 section 5)

  @rfc1939-5 @must
  Scenario: NOOP in the TRANSACTION state is answered +OK
    RFC 1939 section 5 (NOOP): "The POP3 server does nothing, it merely replies with a positive
    response."
    Level: MUST, because the sentence defines the result of NOOP.

    Given client A is in the TRANSACTION state
    When client A sends "NOOP"
    Then client A receives +OK

  @rfc1939-3 @must
  Scenario: NOOP is refused in the AUTHORIZATION state
    RFC 1939 section 5 (NOOP): "Restrictions: may only be given in the TRANSACTION state".
    RFC 1939 section 3: "A server MUST respond to a command issued when the session is in an
    incorrect state by responding with a negative status indicator."

    Given client A is connected
    When client A sends "NOOP"
    Then client A receives -ERR
