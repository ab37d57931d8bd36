@imap
Feature: STATUS (RFC 9051 section 6.3.11)

  @must @rfc9051-6.3.11
  Scenario: status reports messages, unseen and deleted counts
    RFC 9051 6.3.11: "REQUIRED untagged responses: STATUS" and "MESSAGES - The number of
    messages in the mailbox." and "UNSEEN - The number of messages that do not have the \Seen
    flag set."
    Given the mailbox $Work holds the messages:
      | fixture | flags |
      | plain   | \Seen |
      | plain   |       |
      | plain   |       |
    And the client is logged in
    When the client sends "STATUS $Work (MESSAGES UNSEEN)"
    Then the server answers OK
    And the server sends the untagged response "* STATUS $Work (MESSAGES 3 UNSEEN 2)"

  @must @cap-IMAP4rev2 @rfc9051-6.3.11
  Scenario: status reports the number of messages flagged deleted
    Checks IMAP4rev2: the DELETED status item is RFC 9051's. RFC 9051 6.3.11: "DELETED - The
    number of messages that have the \Deleted flag set."
    Level: MUST, because the sentence defines the result of STATUS.
    Given the mailbox $Work holds the messages:
      | fixture | flags    |
      | plain   | \Deleted |
      | plain   |          |
    And the client is logged in
    When the client sends "STATUS $Work (DELETED)"
    Then the server answers OK
    And the server sends the untagged response "* STATUS $Work (DELETED 1)"

  @must @rfc9051-6.3.11
  Scenario: status reports UIDNEXT and UIDVALIDITY as SELECT does
    RFC 9051 6.3.11: "UIDNEXT - The next unique identifier value of the mailbox."
    "UIDVALIDITY - The unique identifier validity value of the mailbox."
    Level: MUST, because the sentences define the STATUS data items as the mailbox's own values.
    Given the mailbox $Work holds 2 plain messages
    And the client is logged in
    When the client sends "STATUS $Work (UIDNEXT UIDVALIDITY)"
    And the client sends "EXAMINE $Work"
    Then the server answers OK
    And the UIDVALIDITY of $Work is unchanged

  @must @rfc9051-6.3.11
  Scenario: status of the selected mailbox is answered
    RFC 9051 6.3.11: "the STATUS command SHOULD NOT be used on the currently selected
    mailbox. However, servers MUST be able to execute the STATUS command on the selected
    mailbox."
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "STATUS $Work (MESSAGES)"
    Then the server answers OK
    And the server sends the untagged response "* STATUS $Work (MESSAGES 1)"

  @must @rfc9051-6.3.11
  Scenario: status does not change the flags of the queried mailbox
    RFC 9051 6.3.11: "It does not change the currently selected mailbox, nor does it affect
    the state of any messages in the queried mailbox."
    Level: MUST, because the sentence defines the result of STATUS.
    Given the mailbox $Work holds 1 plain message
    And the client is logged in
    When the client sends "STATUS $Work (MESSAGES UNSEEN)"
    Then the server answers OK
    And message 1 in $Work does not have the flag \Seen

  @must @rfc9051-6.3.11
  Scenario: status of a mailbox that does not exist fails with NO
    RFC 9051 6.3.11 result: "NO - status failure: no status for that name".
    Level: MUST, because the Result list defines NO as STATUS's answer for a name without status.
    Given the mailbox $Missing does not exist
    And the client is logged in
    When the client sends "STATUS $Missing (MESSAGES)"
    Then the server answers NO

  @should @rfc9051-6.3.11 @rfc9051-9 @rfc9051-2.2.2
  Scenario: status with an unknown data item is a syntax error
    RFC 9051 9: 'status-att = "MESSAGES" / "UIDNEXT" / "UIDVALIDITY" / "UNSEEN" / "DELETED" /
    "SIZE"'; RFC 9051 6.3.11: "BAD - command unknown or arguments invalid". RFC 9051 2.2.2:
    "Servers SHOULD strictly enforce the syntax outlined in this specification. Any client
    command with a protocol syntax error, including (but not limited to) missing or extraneous
    spaces or arguments, SHOULD be rejected and the client given a BAD server completion
    response."
    Given the mailbox $Work exists
    And the client is logged in
    When the client sends "STATUS $Work (MESSAGES BOGUS)"
    Then the server answers BAD

  @must @rfc9051-3 @rfc9051-6.3.11
  Scenario: status before login is rejected
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is connected
    When the client sends "STATUS INBOX (MESSAGES)"
    Then the server answers NO or BAD
