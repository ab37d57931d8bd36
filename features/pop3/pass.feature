@pop3 @seed @cap-USER
Feature: PASS (RFC 1939 section 7)

  PASS completes a USER/PASS login. On +OK the server has locked and opened the maildrop and the
  session is in the TRANSACTION state; on -ERR it stays in the AUTHORIZATION state.

  @rfc1939-7 @must
  Scenario: PASS with the right password enters the TRANSACTION state
    RFC 1939 section 4: "If the lock is successfully acquired, the POP3 server responds with a
    positive status indicator. The POP3 session now enters the TRANSACTION state, with no
    messages marked as deleted."
    Level: MUST, because the sentence defines the result of a successful PASS.

    Given client A is connected
    When client A sends "USER $user"
    And client A sends "PASS $password"
    Then client A receives +OK
    When client A sends "STAT"
    Then client A receives a drop listing

  @rfc1939-4 @must
  Scenario: PASS with a wrong password is answered -ERR and the session stays in AUTHORIZATION
    RFC 1939 section 4: "If the maildrop cannot be opened for some reason (for example, a lock
    can not be acquired, the client is denied access to the appropriate maildrop, or the maildrop
    cannot be parsed), the POP3 server responds with a negative status indicator." RFC 1939
    section 3: "A server MUST respond to a command issued when the session is in an incorrect
    state by responding with a negative status indicator."

    Given client A is connected
    When client A sends "USER $user"
    And client A sends "PASS $wrong-password"
    Then client A receives -ERR
    When the server keeps the connection of client A open
    And client A sends "STAT"
    Then client A receives -ERR

  @rfc1939-3 @must
  Scenario: PASS without a USER before it is answered -ERR
    RFC 1939 section 7 (PASS): "Restrictions: may only be given in the AUTHORIZATION state
    immediately after a successful USER command". RFC 1939 section 3: "A server MUST respond to a
    command issued when the session is in an incorrect state by responding with a negative
    status indicator."

    Given client A is connected
    When client A sends "PASS $password"
    Then client A receives -ERR

  @rfc1939-3 @must
  Scenario: PASS is refused in the TRANSACTION state
    RFC 1939 section 7 (PASS): "Restrictions: may only be given in the AUTHORIZATION state
    immediately after a successful USER command". RFC 1939 section 3: "A server MUST respond to a
    command issued when the session is in an incorrect state by responding with a negative
    status indicator."

    Given client A is in the TRANSACTION state
    When client A sends "PASS $password"
    Then client A receives -ERR
