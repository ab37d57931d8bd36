@imap
Feature: UNSELECT (RFC 9051 section 6.4.2, RFC 3691)

  The seed's "1 UNSELECT INBOX" leaves the selected mailbox. UNSELECT is part of IMAP4rev2
  and the UNSELECT extension (RFC 3691) of IMAP4rev1; it takes no argument, so the seed's
  own form is a syntax error.

  @must @seed @cap-UNSELECT @rfc9051-6.4.2
  Scenario: unselect returns to the authenticated state
    RFC 9051 6.4.2: "The UNSELECT command frees a session's resources associated with the
    selected mailbox and returns the server to the authenticated state."
    Level: MUST, because the sentence defines the result of UNSELECT.
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "UNSELECT"
    Then the server answers OK

  @must @seed @cap-UNSELECT @rfc9051-6.4.2 @rfc9051-3
  Scenario: after unselect message commands are rejected
    RFC 9051 6.4.2: "...returns the server to the authenticated state." RFC 9051 3: "It is a
    protocol error for the client to attempt a command while the connection is in an
    inappropriate state, and the server will respond with a BAD or NO (depending upon server
    implementation) command completion result" to a command not valid in the current state.
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "UNSELECT"
    And the client sends "FETCH 1 FLAGS"
    Then the server answers NO or BAD

  @must @seed @cap-UNSELECT @rfc9051-6.4.2
  Scenario: unselect does not expunge deleted messages
    RFC 9051 6.4.2: "This command performs the same actions as CLOSE, except that no
    messages are permanently removed from the currently selected mailbox."
    Level: MUST, because the sentence defines the result of UNSELECT.
    Given the mailbox $Work holds the messages:
      | fixture | flags    |
      | plain   | \Deleted |
      | plain   |          |
    And the client has selected $Work
    When the client sends "UNSELECT"
    Then the server answers OK
    And the server sends no untagged EXPUNGE response
    And the mailbox $Work holds 2 messages

  @must @seed @cap-UNSELECT @rfc9051-3 @rfc9051-6.4.2
  Scenario: unselect without a selected mailbox is rejected
    RFC 9051 6.4.2: "BAD - no mailbox selected, or argument supplied but none permitted".
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is logged in
    When the client sends "UNSELECT"
    Then the server answers NO or BAD

  @should @seed @cap-UNSELECT @rfc9051-6.4.2 @rfc9051-9 @rfc9051-2.2.2
  Scenario: unselect with a mailbox argument as the seed writes it is a syntax error
    RFC 9051 9: 'command-select = ... / "UNSELECT" / ...' (no arguments). RFC 9051 6.4.2: "BAD -
    no mailbox selected, or argument supplied but none permitted". The seed's table writes "1
    UNSELECT INBOX". RFC 9051 2.2.2: "Servers SHOULD strictly enforce the syntax outlined in
    this specification. Any client command with a protocol syntax error, including (but not
    limited to) missing or extraneous spaces or arguments, SHOULD be rejected and the client
    given a BAD server completion response."
    Given the client has selected INBOX
    When the client sends "UNSELECT INBOX"
    Then the server answers BAD

  @must @seed @cap-UNSELECT @rfc9051-3 @rfc9051-6.4.2
  Scenario: unselect before login is rejected
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is connected
    When the client sends "UNSELECT"
    Then the server answers NO or BAD
