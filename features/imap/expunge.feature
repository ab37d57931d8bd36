@imap
Feature: EXPUNGE (RFC 9051 section 6.4.3, EXPUNGE response 7.5.1)

  @must @rfc9051-6.4.3 @rfc9051-7.5.1
  Scenario: expunge reports each removed message with renumbering
    RFC 9051 6.4.3: "The EXPUNGE command permanently removes all messages that have the
    \Deleted flag set from the currently selected mailbox. Before returning an OK to the
    client, an untagged EXPUNGE response is sent for each message that is removed." RFC
    9051 7.5.1: "The EXPUNGE response reports that the specified message sequence number
    has been permanently removed from the mailbox. The message sequence number for each
    successive message in the mailbox is immediately decremented by 1".
    Level: MUST, because the sentences define the result of EXPUNGE and of its response.
    Given the mailbox $Work holds the messages:
      | fixture | flags    |
      | plain   |          |
      | plain   | \Deleted |
      | plain   | \Deleted |
      | plain   |          |
    And the client has selected $Work
    When the client sends "EXPUNGE"
    Then the server answers OK
    And the server reports the expunge of messages 2 3
    And the mailbox $Work holds 2 messages

  @must @rfc9051-6.4.3
  Scenario: expunge without deleted messages removes nothing
    RFC 9051 6.4.3: "The EXPUNGE command permanently removes all messages that have the
    \Deleted flag set". None has it.
    Level: MUST, because the sentence defines the result of EXPUNGE.
    Given the mailbox $Work holds 2 plain messages
    And the client has selected $Work
    When the client sends "EXPUNGE"
    Then the server answers OK
    And the server sends no untagged EXPUNGE response
    And the mailbox $Work holds 2 messages

  @must @rfc9051-6.3.3 @rfc9051-6.4.3
  Scenario: expunge in an examined mailbox removes nothing
    RFC 9051 6.3.3: "No changes to the permanent state of the mailbox, including per-user
    state, are permitted." (EXPUNGE may fail with NO; it must not remove the message.)
    Level: MUST, because the sentence forbids, without a key word, every change to an examined mailbox.
    Given the mailbox $Work holds the messages:
      | fixture | flags    |
      | plain   | \Deleted |
    And the client has examined $Work
    When the client sends "EXPUNGE"
    Then the server sends no untagged EXPUNGE response
    And the mailbox $Work holds 1 message

  @must @rfc9051-3 @rfc9051-6.4.3
  Scenario: expunge without a selected mailbox is rejected
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is logged in
    When the client sends "EXPUNGE"
    Then the server answers NO or BAD
