@pop3 @seed
Feature: DELE (RFC 1939 section 5)

  DELE marks a message as deleted. Nothing is removed until the session enters the UPDATE state
  (update-state.feature); until then the mark hides the message from every command of the
  session.

  @rfc1939-5 @must
  Scenario: DELE marks the message as deleted
    RFC 1939 section 5 (DELE): "The POP3 server marks the message as deleted." (LIST): "Note that
    messages marked as deleted are not listed."
    Level: MUST, because the sentence defines the result of DELE.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "DELE $m1"
    Then client A receives +OK
    When client A sends "LIST"
    Then the scan listing of client A does not list message m1

  @rfc1939-5 @must
  Scenario: DELE of a message already marked as deleted is answered -ERR
    RFC 1939 section 5 (DELE): "a message-number (required) which may NOT refer to a message
    marked as deleted"; the example: "C: DELE 2 S: -ERR message 2 already deleted".
    Level: MUST, because the argument's definition excludes a deleted message, and RFC 1939 3 makes the server answer an invalid command with -ERR.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "DELE $m1"
    And client A sends "DELE $m1"
    Then client A receives -ERR

  @rfc1939-5 @must
  Scenario: DELE with a message-number beyond the maildrop is answered -ERR
    RFC 1939 section 5 (DELE): "Possible Responses: +OK message deleted, -ERR no such message".
    Level: MUST, because the Possible Responses define -ERR for no such message.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "DELE $beyond-last"
    Then client A receives -ERR

  @rfc1939-4 @must
  Scenario: message-numbers stay the same after DELE
    RFC 1939 section 4: "The first message in the maildrop is assigned a message-number of "1",
    the second is assigned "2", and so on". RFC 1939 section 5 (DELE): "Any future reference to
    the message-number associated with the message in a POP3 command generates an error." A
    deleted message keeps its number, so the others keep theirs.
    Level: MUST, because the sentences define message-numbers and what a reference to a deleted one yields.

    Given the maildrop holds message m1 from fixture "plain"
    And the maildrop holds message m2 from fixture "multipart"
    And client A is in the TRANSACTION state
    When client A sends "DELE $m1"
    And client A sends "RETR $m2"
    Then client A receives message m2 byte for byte

  @rfc1939-3 @must
  Scenario: DELE is refused in the AUTHORIZATION state
    RFC 1939 section 5 (DELE): "Restrictions: may only be given in the TRANSACTION state".
    RFC 1939 section 3: "A server MUST respond to a command issued when the session is in an
    incorrect state by responding with a negative status indicator."

    Given client A is connected
    When client A sends "DELE 1"
    Then client A receives -ERR
