@pop3
Feature: Commands and responses (RFC 1939 section 3)

  @rfc1939-3 @must
  Scenario: command keywords are case-insensitive
    RFC 1939 section 3: "Commands in the POP3 consist of a case-insensitive keyword, possibly
    followed by one or more arguments."
    Level: MUST, because the sentence defines the command keyword as case-insensitive.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "stat"
    Then client A receives a drop listing
    When client A sends "Retr $m1"
    Then client A receives message m1 byte for byte

  @rfc1939-3 @must
  Scenario: an unknown command is answered -ERR in the AUTHORIZATION state
    RFC 1939 section 3: "A server MUST respond to an unrecognized, unimplemented, or
    syntactically invalid command by responding with a negative status indicator."

    Given client A is connected
    When client A sends "XMSP"
    Then client A receives -ERR

  @rfc1939-3 @must
  Scenario: an unknown command is answered -ERR in the TRANSACTION state
    RFC 1939 section 3: "A server MUST respond to an unrecognized, unimplemented, or
    syntactically invalid command by responding with a negative status indicator."

    Given client A is in the TRANSACTION state
    When client A sends "XMSP"
    Then client A receives -ERR
