@pop3 @seed
Feature: RSET (RFC 1939 section 5)

  RSET unmarks every message the session marked as deleted.

  @rfc1939-5 @must
  Scenario: RSET unmarks messages marked as deleted
    RFC 1939 section 5 (RSET): "If any messages have been marked as deleted by the POP3 server,
    they are unmarked. The POP3 server then replies with a positive response."
    Level: MUST, because the sentence defines the result of RSET.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "DELE $m1"
    And client A sends "RSET"
    Then client A receives +OK
    When client A sends "LIST"
    Then the scan listing of client A lists message m1
    When client A sends "RETR $m1"
    Then client A receives message m1 byte for byte

  @rfc1939-5 @must
  Scenario: after RSET the drop listing counts the unmarked messages again
    RFC 1939 section 5 (RSET): "If any messages have been marked as deleted by the POP3 server,
    they are unmarked." (STAT): "Note that messages marked as deleted are not counted in either
    total."
    Level: MUST, because the sentences define the result of RSET and what STAT counts.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "DELE $m1"
    And client A sends "RSET"
    And client A sends "STAT"
    And client A sends "LIST"
    Then the drop listing of client A agrees with its scan listing
    And the scan listing of client A lists message m1

  @rfc1939-6 @must @destructive
  Scenario: after RSET the QUIT removes nothing
    RFC 1939 section 6 (QUIT): "The POP3 server removes all messages marked as deleted from the
    maildrop". "In no case may the server remove any messages not marked as deleted."
    Level: MUST, because the sentences define what QUIT removes, and never a message not marked as deleted.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "DELE $m1"
    And client A sends "RSET"
    And client A sends "QUIT"
    And client B is in the TRANSACTION state
    Then message m1 is in the maildrop of client B

  @rfc1939-3 @must
  Scenario: RSET is refused in the AUTHORIZATION state
    RFC 1939 section 5 (RSET): "Restrictions: may only be given in the TRANSACTION state".
    RFC 1939 section 3: "A server MUST respond to a command issued when the session is in an
    incorrect state by responding with a negative status indicator."

    Given client A is connected
    When client A sends "RSET"
    Then client A receives -ERR
