@pop3 @seed
Feature: QUIT (RFC 1939 sections 4 and 6)

  QUIT has no restrictions: it is valid in every state. From the AUTHORIZATION state it ends the
  session without entering the UPDATE state; from the TRANSACTION state it enters the UPDATE
  state (update-state.feature). Either way the server then closes the connection. The only -ERR
  the RFC names ("some deleted messages not removed") needs a server failure to provoke, which a
  conformance run cannot cause.

  @rfc1939-4 @must
  Scenario: QUIT in the AUTHORIZATION state is answered +OK and ends the session
    RFC 1939 section 4 (QUIT): "Restrictions: none"; "Possible Responses: +OK". RFC 1939
    section 6: "if the client issues the QUIT command from the AUTHORIZATION state, the POP3
    session terminates but does NOT enter the UPDATE state".
    Level: MUST, because the sentence defines the result of QUIT in the AUTHORIZATION state.

    Given client A is connected
    When client A sends "QUIT"
    Then client A receives +OK
    And the server closes the connection of client A

  @rfc1939-6 @must
  Scenario: QUIT in the TRANSACTION state is answered +OK and the server closes the connection
    RFC 1939 section 6 (QUIT): "Whether the removal was successful or not, the server then
    releases any exclusive-access lock on the maildrop and closes the TCP connection."
    Level: MUST, because the sentence defines the result of QUIT.

    Given client A is in the TRANSACTION state
    When client A sends "QUIT"
    Then client A receives +OK
    And the server closes the connection of client A

  @rfc1939-6 @must
  Scenario: QUIT without deletions leaves every message in the maildrop
    RFC 1939 section 6 (QUIT): "In no case may the server remove any messages not marked as
    deleted."
    Level: MUST, because the sentence forbids, without a key word, removing any message not marked as deleted.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "RETR $m1"
    And client A sends "QUIT"
    And client B is in the TRANSACTION state
    Then message m1 is in the maildrop of client B
