@imap
Feature: LOGIN (RFC 9051 section 6.2.3)

  The seed's first command: "1 LOGIN username password". LOGIN identifies the client to
  the server and carries the password in clear, so it is tried on a connection in the
  target's configured TLS mode.

  @must @seed @rfc9051-6.2.3
  Scenario: login with valid credentials succeeds
    RFC 9051 6.2.3: "The LOGIN command identifies the client to the server and carries the
    plaintext password authenticating this user." Result: "OK - login completed, now in
    authenticated state".
    Level: MUST, because the sentence defines the result of LOGIN.
    Given the client is connected
    When the client sends "LOGIN <user> <password>"
    Then the server answers OK

  @must @seed @rfc9051-6.2.3
  Scenario: login enters the authenticated state
    RFC 9051 6.2.3: "OK - login completed, now in authenticated state". SELECT is valid
    only in the authenticated or selected state.
    Level: MUST, because the Result list defines the state a successful LOGIN enters.
    Given the client is connected
    And the mailbox $Work exists
    When the client sends "LOGIN <user> <password>"
    And the client sends "SELECT $Work"
    Then the server answers OK

  @must @seed @rfc9051-6.2.3
  Scenario: login with a wrong password fails with NO
    RFC 9051 6.2.3: "NO - login failure: user name or password rejected".
    Level: MUST, because the Result list defines NO as the answer to rejected credentials.
    Given the client is connected
    When the client sends "LOGIN <user> <wrong-password>"
    Then the server answers NO

  @must @seed @rfc9051-6.2.3
  Scenario: login with an unknown user fails with NO
    RFC 9051 6.2.3: "NO - login failure: user name or password rejected".
    Level: MUST, because the Result list defines NO as the answer to rejected credentials.
    Given the client is connected
    When the client sends "LOGIN mailspec-nobody-3f9c <password>"
    Then the server answers NO

  @must @seed @rfc9051-6.2.3 @rfc9051-3
  Scenario: a failed login leaves the client not authenticated
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is connected
    When the client sends "LOGIN <user> <wrong-password>"
    And the client sends "SELECT INBOX"
    Then the server answers NO or BAD

  @must @seed @rfc9051-3 @rfc9051-6.2.3
  Scenario: login in the authenticated state is rejected
    RFC 9051 6.2.3 lists LOGIN as valid only in the not authenticated state; RFC 9051 3: "It is
    a protocol error for the client to attempt a command while the connection is in an
    inappropriate state, and the server will respond with a BAD or NO (depending upon server
    implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is logged in
    When the client sends "LOGIN <user> <password>"
    Then the server answers NO or BAD

  @should @seed @rfc9051-6.2.3 @rfc9051-9 @rfc9051-2.2.2
  Scenario: login without a password is a syntax error
    RFC 9051 9: 'login = "LOGIN" SP userid SP password'. RFC 9051 6.2.3: "BAD - command unknown
    or arguments invalid". RFC 9051 2.2.2: "Servers SHOULD strictly enforce the syntax outlined
    in this specification. Any client command with a protocol syntax error, including (but not
    limited to) missing or extraneous spaces or arguments, SHOULD be rejected and the client
    given a BAD server completion response."
    Given the client is connected
    When the client sends "LOGIN <user>"
    Then the server answers BAD

  @must @seed @rfc9051-6.2.3 @rfc9051-4.3
  Scenario: login accepts user name and password as literals
    RFC 9051 9: "userid = astring", "password = astring"; RFC 9051 4.3: "A string is in
    one of three forms: synchronizing literal, non-synchronizing literal, or quoted
    string."
    Level: MUST, because the grammar makes both arguments strings, and a literal is a string.
    Given the client is connected
    When the client sends "LOGIN <literal:<user>> <literal:<password>>"
    Then the server answers OK

  @may @seed @rfc9051-6.2.3 @rfc9051-7.1
  Scenario: login may report the new capabilities in its completion
    RFC 9051 6.2.3: "A server MAY include a CAPABILITY response code in the tagged OK response
    to a successful LOGIN command in order to send capabilities automatically."
    Given the client is connected
    When the client sends "LOGIN <user> <password>"
    Then the server answers OK with response code CAPABILITY
