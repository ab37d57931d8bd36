@pop3 @seed
Feature: LIST, scan listings (RFC 1939 section 5)

  LIST is given in the TRANSACTION state, with or without a message-number. Each scan listing is
  the message-number, a single space and the exact size of the message in octets: the octets it
  has as it travels, CRLF line ends, lines beginning with "." counted once.

  @rfc1939-5 @must
  Scenario: LIST without an argument gives a scan listing for every message
    RFC 1939 section 5 (LIST): "After the initial +OK, for each message in the maildrop, the
    POP3 server responds with a line containing information for that message."
    "A scan listing consists of the message-number of the message, followed by a single space
    and the exact size of the message in octets."
    Level: MUST, because the sentence defines the result of LIST.

    Given the maildrop holds message m1 from fixture "plain"
    And the maildrop holds message m2 from fixture "multipart"
    And client A is in the TRANSACTION state
    When client A sends "LIST"
    Then client A receives +OK
    And the scan listing of client A lists message m1
    And the scan listing of client A lists message m2

  @rfc1939-5 @must
  Scenario: LIST with a message-number gives the scan listing of that message
    RFC 1939 section 5 (LIST): "If an argument was given and the POP3 server issues a positive
    response with a line containing information for that message."
    Level: MUST, because the sentence defines the result of LIST with an argument.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "LIST $m1"
    Then client A receives a scan listing for message m1

  @rfc1939-11 @must
  Scenario: LIST gives sizes in octets as they travel with stuffed dots counted once
    RFC 1939 section 11: "if the POP3 server host internally represents end-of-line as a single
    character, then the POP3 server simply counts each occurrence of this character in a message
    as two octets. Note that lines in the message which start with the termination octet need
    not (and must not) be counted twice".
    Level: MUST, because the sentence defines how the size is counted; its "must not" is lower case but states the same rule.

    Given the maildrop holds message dotted from fixture "dot-lines"
    And the maildrop holds message wide from fixture "eight-bit-long-lines"
    And client A is in the TRANSACTION state
    When client A sends "LIST"
    Then the scan listing of client A lists message dotted
    And the scan listing of client A lists message wide

  @rfc1939-5 @must
  Scenario: LIST with a message-number beyond the maildrop is answered -ERR
    RFC 1939 section 5 (LIST): "Possible Responses: +OK scan listing follows, -ERR no such
    message"; the example: "C: LIST 3 S: -ERR no such message, only 2 messages in maildrop".
    Level: MUST, because the Possible Responses define -ERR for no such message.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "LIST $beyond-last"
    Then client A receives -ERR

  @rfc1939-5 @must
  Scenario: LIST of a message marked as deleted is answered -ERR
    RFC 1939 section 5 (LIST): "a message-number (optional), which, if present, may NOT refer
    to a message marked as deleted".
    Level: MUST, because the argument's definition excludes a deleted message, and RFC 1939 3 makes the server answer an invalid command with -ERR.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "DELE $m1"
    And client A sends "LIST $m1"
    Then client A receives -ERR

  @rfc1939-5 @must
  Scenario: LIST without an argument leaves out messages marked as deleted
    RFC 1939 section 5 (LIST): "Note that messages marked as deleted are not listed."
    Level: MUST, because the sentence defines the result of LIST.

    Given the maildrop holds message m1 from fixture "plain"
    And the maildrop holds message m2 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "DELE $m1"
    And client A sends "LIST"
    Then the scan listing of client A does not list message m1
    And the scan listing of client A lists message m2

  @rfc1939-5 @must
  Scenario: LIST on an empty maildrop ends right after the positive response
    RFC 1939 section 5 (LIST): "If there are no messages in the maildrop, then the POP3 server
    responds with no scan listings--it issues a positive response followed by a line containing
    a termination octet and a CRLF pair."
    Level: MUST, because the sentence defines the result of LIST on an empty maildrop.

    Given the maildrop holds no messages
    And client A is in the TRANSACTION state
    When client A sends "LIST"
    Then the scan listing of client A lists no messages

  @rfc1939-3 @must
  Scenario: LIST is refused in the AUTHORIZATION state
    RFC 1939 section 5 (LIST): "Restrictions: may only be given in the TRANSACTION state".
    RFC 1939 section 3: "A server MUST respond to a command issued when the session is in an
    incorrect state by responding with a negative status indicator."

    Given client A is connected
    When client A sends "LIST"
    Then client A receives -ERR
