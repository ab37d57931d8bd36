@pop3 @cap-TOP
Feature: TOP (RFC 1939 section 7)

  TOP sends the header section, the blank line and the first n lines of the body. The scenarios
  run when CAPA announces TOP (RFC 2449 section 6.1). The byte-stuffing of TOP is judged in
  message-transfer.feature.

  @rfc1939-7 @must
  Scenario: TOP sends the headers and the blank line and exactly n lines of the body
    RFC 1939 section 7 (TOP): "After the initial +OK, the POP3 server sends the headers of the
    message, the blank line separating the headers from the body, and then the number of lines
    of the indicated message's body".
    Level: MUST, because the sentence defines the result of TOP.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "TOP $m1 2"
    Then client A receives the headers of message m1 and 2 lines of its body

  @rfc1939-7 @must
  Scenario: TOP with 0 lines sends the headers and the blank line
    RFC 1939 section 7 (TOP): "a non-negative number of lines (required)"; the server "sends the
    headers of the message, the blank line separating the headers from the body, and then the
    number of lines of the indicated message's body".
    Level: MUST, because the sentence defines the result of TOP.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "TOP $m1 0"
    Then client A receives the headers of message m1 and 0 lines of its body

  @rfc1939-7 @must
  Scenario: TOP with more lines than the body sends the entire message
    RFC 1939 section 7 (TOP): "Note that if the number of lines requested by the POP3 client is
    greater than than the number of lines in the body, then the POP3 server sends the entire
    message."
    Level: MUST, because the sentence defines the result of TOP.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "TOP $m1 1000"
    Then client A receives message m1 byte for byte

  @rfc1939-7 @must
  Scenario: TOP of a message marked as deleted is answered -ERR
    RFC 1939 section 7 (TOP): "a message-number (required) which may NOT refer to to a message
    marked as deleted".
    Level: MUST, because the argument's definition excludes a deleted message, and RFC 1939 3 makes the server answer an invalid command with -ERR.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "DELE $m1"
    And client A sends "TOP $m1 1"
    Then client A receives -ERR

  @rfc1939-3 @must
  Scenario: TOP is refused in the AUTHORIZATION state
    RFC 1939 section 7 (TOP): "Restrictions: may only be given in the TRANSACTION state".
    RFC 1939 section 3: "A server MUST respond to a command issued when the session is in an
    incorrect state by responding with a negative status indicator."

    Given client A is connected
    When client A sends "TOP 1 1"
    Then client A receives -ERR
