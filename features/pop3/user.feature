@pop3 @seed @cap-USER
Feature: USER (RFC 1939 section 7)

  USER names the mailbox for a USER/PASS login. It is optional: the scenarios run when CAPA
  announces the USER capability (RFC 2449 section 6.2).

  @rfc1939-7 @must
  Scenario: USER with the name of the account lets PASS complete the login
    RFC 1939 section 7 (USER): "If the POP3 server responds with a positive status indicator
    ("+OK"), then the client may issue either the PASS command to complete the authentication,
    or the QUIT command to terminate the POP3 session."
    Level: MUST, because the sentence defines the result of USER.

    Given client A is connected
    When client A sends "USER $user"
    Then client A receives +OK
    When client A sends "PASS $password"
    Then client A receives +OK

  @rfc1939-7 @must
  Scenario: PASS after USER with an unknown name is answered -ERR
    RFC 1939 section 7 (USER): "The server may return a positive response even though no such
    mailbox exists." (PASS): "the POP3 server uses the argument pair from the USER and PASS
    commands to determine if the client should be given access to the appropriate maildrop."
    Either answer to USER is allowed; the login must fail.
    Level: MUST, because the sentences define how PASS decides access; an unknown name has none.

    Given client A is connected
    When client A sends "USER $unknown-user"
    And client A sends "PASS $password"
    Then client A receives -ERR

  @rfc1939-7 @must
  Scenario: USER starts a new login after an unsuccessful PASS
    RFC 1939 section 7 (USER): "Restrictions: may only be given in the AUTHORIZATION state after
    the POP3 greeting or after an unsuccessful USER or PASS command". RFC 1939 section 4: "If the
    server does not close the connection, the client may either issue a new authentication
    command and start again, or the client may issue the QUIT command."
    Level: MUST, because the Restrictions define USER as valid after an unsuccessful PASS.

    Given client A is connected
    When client A sends "USER $user"
    And client A sends "PASS $wrong-password"
    And the server keeps the connection of client A open
    And client A sends "USER $user"
    And client A sends "PASS $password"
    Then client A receives +OK

  @rfc1939-3 @must
  Scenario: USER is refused in the TRANSACTION state
    RFC 1939 section 7 (USER): "Restrictions: may only be given in the AUTHORIZATION state".
    RFC 1939 section 3: "A server MUST respond to a command issued when the session is in an
    incorrect state by responding with a negative status indicator."

    Given client A is in the TRANSACTION state
    When client A sends "USER $user"
    Then client A receives -ERR
