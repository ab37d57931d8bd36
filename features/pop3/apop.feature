@pop3
Feature: APOP (RFC 1939 section 7)

  A server that offers APOP puts a timestamp in its greeting; there is no capability for it
  (RFC 2449 section 6). The scenarios skip when the greeting carries no timestamp.

  @rfc1939-7 @must
  Scenario: the greeting timestamp has the syntax of a msg-id
    RFC 1939 section 7 (APOP): "A POP3 server which implements the APOP command will include a
    timestamp in its banner greeting. The syntax of the timestamp corresponds to the `msg-id' in
    [RFC822]".
    Level: MUST, because the sentence defines the timestamp the APOP greeting carries.

    Given client A is connected
    And the greeting of client A carries a timestamp
    Then the greeting of client A carries a timestamp in msg-id syntax

  @rfc1939-7 @must
  Scenario: each greeting carries a different timestamp
    RFC 1939 section 7 (APOP): the timestamp "MUST be different each time the POP3 server issues
    a banner greeting."

    Given client A is connected
    And the greeting of client A carries a timestamp
    And client B is connected
    Then the greetings of clients A and B carry different timestamps

  @rfc1939-7 @must
  Scenario: APOP with the right digest enters the TRANSACTION state
    RFC 1939 section 7 (APOP): "When the POP3 server receives the APOP command, it verifies the
    digest provided. If the digest is correct, the POP3 server issues a positive response, and
    the POP3 session enters the TRANSACTION state."
    Level: MUST, because the sentence defines the result of APOP with a correct digest.

    Given client A is connected
    And the greeting of client A carries a timestamp
    When client A sends "APOP $user $apop-digest"
    Then client A receives +OK
    When client A sends "STAT"
    Then client A receives a drop listing

  @rfc1939-7 @must
  Scenario: APOP with a wrong digest is answered -ERR and the session stays in AUTHORIZATION
    RFC 1939 section 7 (APOP): "Otherwise, a negative response is issued and the POP3 session
    remains in the AUTHORIZATION state."
    Level: MUST, because the sentence defines the result of APOP with a wrong digest.

    Given client A is connected
    And the greeting of client A carries a timestamp
    When client A sends "APOP $user $apop-wrong-digest"
    Then client A receives -ERR
    When the server keeps the connection of client A open
    And client A sends "STAT"
    Then client A receives -ERR

  @rfc1939-3 @must
  Scenario: APOP is refused in the TRANSACTION state
    RFC 1939 section 7 (APOP): "Restrictions: may only be given in the AUTHORIZATION state after
    the POP3 greeting or after an unsuccessful USER or PASS command". RFC 1939 section 3: "A
    server MUST respond to a command issued when the session is in an incorrect state by
    responding with a negative status indicator."

    Given client A is in the TRANSACTION state
    And the greeting of client A carries a timestamp
    When client A sends "APOP $user $apop-digest"
    Then client A receives -ERR
