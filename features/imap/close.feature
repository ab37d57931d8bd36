@imap
Feature: CLOSE (RFC 9051 section 6.4.1)

  The seed's "1 CLOSE" removes every message flagged \Deleted and leaves the mailbox;
  unlike EXPUNGE it does so silently.

  @must @seed @rfc9051-6.4.1
  Scenario: close expunges deleted messages silently
    RFC 9051 6.4.1: "The CLOSE command permanently removes all messages that have the
    \Deleted flag set from the currently selected mailbox, and it returns to the
    authenticated state from the selected state. No untagged EXPUNGE responses are sent."
    Level: MUST, because the sentence defines the result of CLOSE.
    Given the mailbox $Work holds the messages:
      | fixture | flags    |
      | plain   |          |
      | plain   | \Deleted |
      | plain   | \Deleted |
    And the client has selected $Work
    When the client sends "CLOSE"
    Then the server answers OK
    And the server sends no untagged EXPUNGE response
    And the mailbox $Work holds 1 message

  @must @seed @rfc9051-6.4.1 @rfc9051-3
  Scenario: close returns to the authenticated state
    RFC 9051 6.4.1: "...and it returns to the authenticated state from the selected state."
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result" to FETCH in the authenticated state.
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "CLOSE"
    And the client sends "FETCH 1 FLAGS"
    Then the server answers NO or BAD

  @must @seed @rfc9051-6.4.1
  Scenario: close on an examined mailbox removes nothing
    RFC 9051 6.4.1: "No messages are removed, and no error is given, if the mailbox is
    selected by an EXAMINE command or is otherwise selected as read-only."
    Level: MUST, because the sentence defines the result of CLOSE on a read-only mailbox.
    Given the mailbox $Work holds the messages:
      | fixture | flags    |
      | plain   | \Deleted |
    And the client has examined $Work
    When the client sends "CLOSE"
    Then the server answers OK
    And the mailbox $Work holds 1 message

  @must @seed @rfc9051-6.4.1
  Scenario: close keeps messages without the Deleted flag
    RFC 9051 6.4.1: "The CLOSE command permanently removes all messages that have the
    \Deleted flag set". Only those.
    Level: MUST, because the sentence defines the result of CLOSE.
    Given the mailbox $Work holds the messages:
      | fixture | flags            |
      | plain   | \Seen \Flagged   |
      | plain   | \Answered        |
    And the client has selected $Work
    When the client sends "CLOSE"
    Then the server answers OK
    And the mailbox $Work holds 2 messages

  @must @seed @rfc9051-3 @rfc9051-6.4.1
  Scenario: close without a selected mailbox is rejected
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result." CLOSE is valid only in the selected
    state.
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is logged in
    When the client sends "CLOSE"
    Then the server answers NO or BAD

  @should @seed @rfc9051-6.4.1 @rfc9051-9 @rfc9051-2.2.2
  Scenario: close with an argument is a syntax error
    RFC 9051 9: 'command-select = "CLOSE" / ...' (no arguments). RFC 9051 6.4.1: "BAD - command
    unknown or arguments invalid". RFC 9051 2.2.2: "Servers SHOULD strictly enforce the syntax
    outlined in this specification. Any client command with a protocol syntax error, including
    (but not limited to) missing or extraneous spaces or arguments, SHOULD be rejected and the
    client given a BAD server completion response."
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "CLOSE $Work"
    Then the server answers BAD
