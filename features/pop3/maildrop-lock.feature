@pop3 @multi-client
Feature: The maildrop lock (RFC 1939 section 4)

  While one session is in the TRANSACTION state, a second session on the same maildrop is either
  refused (an exclusive-access lock) or admitted with a view that stays consistent. The RFC allows
  both; the run reports which the server does.

  @rfc1939-4 @must
  Scenario: a second session is refused the locked maildrop or shares the view of the first
    RFC 1939 section 4: "the POP3 server then acquires an exclusive-access lock on the maildrop,
    as necessary to prevent messages from being modified or removed before the session enters
    the UPDATE state." "If the maildrop cannot be opened for some reason (for example, a lock can
    not be acquired ...), the POP3 server responds with a negative status indicator."
    Level: MUST, because the sentences define the lock and the answer when it cannot be acquired.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    And client B is connected
    When client A sends "STAT"
    And client B authenticates
    And client B sends "STAT"
    Then client B is refused the locked maildrop or given the view of client A

  @rfc2449-8.1.2 @should @cap-RESP-CODES
  Scenario: a refusal because of the lock carries response code IN-USE
    RFC 2449 section 8.1.2 (IN-USE): "This occurs on an -ERR response to an AUTH, APOP, or PASS
    command. It indicates the authentication was successful, but the user's maildrop is currently
    in use (probably by another POP3 client)."
    Level: SHOULD, because the code is defined for this refusal but no sentence obliges a server that advertises RESP-CODES to send it.

    Given client A is in the TRANSACTION state
    And client B is connected
    When client B authenticates
    And the server refused client B the locked maildrop
    Then client B receives -ERR with response code "IN-USE"

  @rfc1939-6 @must
  Scenario: QUIT releases the lock
    RFC 1939 section 6 (QUIT): "Whether the removal was successful or not, the server then
    releases any exclusive-access lock on the maildrop and closes the TCP connection."
    Level: MUST, because the sentence defines the result of QUIT.

    Given client A is in the TRANSACTION state
    And client B is connected
    When client A sends "QUIT"
    And the server closes the connection of client A
    And client B authenticates
    Then client B receives +OK

  @rfc1939-5 @must
  Scenario: messages one session marks as deleted stay in the view of another session
    RFC 1939 section 5 (DELE): "The POP3 server does not actually delete the message until the
    POP3 session enters the UPDATE state." Applies when the server admits a second session.
    Level: MUST, because the sentence defines the result of DELE.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    And client B is connected
    When client A sends "DELE $m1"
    And client B authenticates
    And the server admitted client B to the locked maildrop
    And client B sends "LIST"
    Then the scan listing of client B lists message m1

  @rfc1939-4 @should @destructive
  Scenario: a message another session removes can still be retrieved
    RFC 1939 section 4: the lock is acquired "as necessary to prevent messages from being
    modified or removed before the session enters the UPDATE state." A server that admits a
    second session keeps each session's messages retrievable until that session ends.
    Level: SHOULD, because RFC 1939 locks the maildrop exclusively and says nothing of a server that admits a second session; keeping each session's view is the lock's purpose, not a stated rule.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    And client B is connected
    When client B authenticates
    And the server admitted client B to the locked maildrop
    And client A sends "DELE $m1"
    And client A sends "QUIT"
    And client B sends "RETR $m1"
    Then client B receives message m1 byte for byte
