@pop3
Feature: The UPDATE state (RFC 1939 section 6)

  Deletions take effect only when the client ends a TRANSACTION-state session with QUIT. A second
  session, opened after the first has ended, looks for the seeded messages.

  @rfc1939-6 @must @destructive
  Scenario: DELE then QUIT removes the message from the maildrop
    RFC 1939 section 6: "When the client issues the QUIT command from the TRANSACTION state, the
    POP3 session enters the UPDATE state." (QUIT): "The POP3 server removes all messages marked
    as deleted from the maildrop and replies as to the status of this operation."
    Level: MUST, because the sentence defines the result of QUIT in the TRANSACTION state.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "DELE $m1"
    And client A sends "QUIT"
    Then client A receives +OK
    When client B is in the TRANSACTION state
    Then message m1 is not in the maildrop of client B

  @rfc1939-6 @must @destructive
  Scenario: QUIT removes only the messages marked as deleted
    RFC 1939 section 6 (QUIT): "In no case may the server remove any messages not marked as
    deleted."
    Level: MUST, because the sentence forbids, without a key word, removing any message not marked as deleted.

    Given the maildrop holds message m1 from fixture "plain"
    And the maildrop holds message m2 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "DELE $m1"
    And client A sends "QUIT"
    And client B is in the TRANSACTION state
    Then message m1 is not in the maildrop of client B
    And message m2 is in the maildrop of client B

  @rfc1939-6 @must
  Scenario: a session that ends without QUIT removes nothing
    RFC 1939 section 6: "If a session terminates for some reason other than a client-issued QUIT
    command, the POP3 session does NOT enter the UPDATE state and MUST not remove any messages
    from the maildrop."

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "DELE $m1"
    And client A drops the connection
    And client B is in the TRANSACTION state
    Then message m1 is in the maildrop of client B
