@pop3 @seed
Feature: RETR (RFC 1939 section 5)

  RETR is given in the TRANSACTION state with the message-number of a message not marked as
  deleted. The positive response is multi-line: the whole message, byte-stuffed, then ".CRLF".

  @rfc1939-5 @must
  Scenario: RETR sends the whole message
    RFC 1939 section 5 (RETR): "After the initial +OK, the POP3 server sends the message
    corresponding to the given message-number, being careful to byte-stuff the termination
    character (as with all multi-line responses)."
    Level: MUST, because the sentence defines the result of RETR.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "RETR $m1"
    Then client A receives message m1 byte for byte

  @rfc1939-5 @must
  Scenario: RETR with a message-number beyond the maildrop is answered -ERR
    RFC 1939 section 5 (RETR): "Possible Responses: +OK message follows, -ERR no such message".
    Level: MUST, because the Possible Responses define -ERR for no such message.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "RETR $beyond-last"
    Then client A receives -ERR

  @rfc1939-5 @must
  Scenario: RETR of a message marked as deleted is answered -ERR
    RFC 1939 section 5 (RETR): "a message-number (required) which may NOT refer to a message
    marked as deleted". RFC 1939 section 5 (DELE): "Any future reference to the message-number
    associated with the message in a POP3 command generates an error."
    Level: MUST, because the sentences define any reference to a deleted message as an error.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "DELE $m1"
    And client A sends "RETR $m1"
    Then client A receives -ERR

  @rfc1939-3 @must
  Scenario: RETR without a message-number is answered -ERR
    RFC 1939 section 5 (RETR): "Arguments: a message-number (required)". RFC 1939 section 3:
    "A server MUST respond to an unrecognized, unimplemented, or syntactically invalid command
    by responding with a negative status indicator."

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "RETR"
    Then client A receives -ERR

  @rfc1939-3 @must
  Scenario: RETR is refused in the AUTHORIZATION state
    RFC 1939 section 5 (RETR): "Restrictions: may only be given in the TRANSACTION state".
    RFC 1939 section 3: "A server MUST respond to a command issued when the session is in an
    incorrect state by responding with a negative status indicator."

    Given client A is connected
    When client A sends "RETR 1"
    Then client A receives -ERR
