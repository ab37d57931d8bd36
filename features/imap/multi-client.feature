@imap @multi-client
Feature: Several clients on one mailbox (RFC 9051 sections 5.2 and 7.4)

  The seed: "the result is a unified database even when several clients are used"; mail
  sent by SMTP is copied to an IMAP folder so that every client sees every sent message.

  @must @seed @rfc9051-5.2
  Scenario: noop reports a message appended by another client
    RFC 9051 5.2: "A server MUST send mailbox size updates automatically if a mailbox size
    change is observed during the processing of a command." RFC 9051 6.1.2: "Since any
    command can return a status update as untagged data, the NOOP command can be used as a
    periodic poll for new messages or message status updates during a period of
    inactivity".
    Given the mailbox $Work holds 2 plain messages
    And client A has selected $Work
    And client B is logged in
    When client B sends "APPEND $Work <message:plain>"
    And client A sends "NOOP"
    Then the server answers OK
    And the server reports that the mailbox holds 3 messages

  @should @seed @rfc9051-5.2
  Scenario: noop reports a flag changed by another client
    RFC 9051 5.2: "A server SHOULD send message flag updates automatically, without
    requiring the client to request such updates explicitly." A NOOP is the client's poll
    for "message status updates" (RFC 9051 6.1.2).
    Given the mailbox $Work holds 1 plain message
    And client A has selected $Work
    And client B has selected $Work
    When client B sends "STORE 1 +FLAGS (\Flagged)"
    And client A sends "NOOP"
    Then the server answers OK
    And message 1 has the flag \Flagged

  @must @seed @rfc9051-5.2 @rfc9051-7.5.1
  Scenario: noop reports a message expunged by another client
    RFC 9051 5.2: "A server MUST send mailbox size updates automatically if a mailbox size
    change is observed during the processing of a command." RFC 9051 7.5.1: "The EXPUNGE
    response reports that the specified message sequence number has been permanently
    removed from the mailbox."
    Given the mailbox $Work holds the messages:
      | fixture | flags    |
      | plain   |          |
      | plain   | \Deleted |
      | plain   |          |
    And client A has selected $Work
    And client B has selected $Work
    When client B sends "EXPUNGE"
    And client A sends "NOOP"
    Then the server answers OK
    And the server reports the expunge of messages 2

  @must @seed @rfc9051-7.5.1
  Scenario: an expunge is not reported to another client during FETCH
    RFC 9051 7.5.1: "An EXPUNGE response MUST NOT be sent when no command is in progress,
    nor while responding to a FETCH, STORE, or SEARCH command. This rule is necessary to
    prevent a loss of synchronization of message sequence numbers between client and
    server."
    Given the mailbox $Work holds the messages:
      | fixture | flags    |
      | plain   |          |
      | plain   | \Deleted |
    And client A has selected $Work
    And client B has selected $Work
    When client B sends "EXPUNGE"
    And client A sends "FETCH 1:2 FLAGS"
    Then the server sends no untagged EXPUNGE response

  @must @seed @rfc9051-6.4.7
  Scenario: a message copied to a Sent folder by one client is seen by another
    The seed: copying sent mail to an IMAP folder gives every client access to all sent
    mail. RFC 9051 6.4.7: "The COPY command copies the specified message(s) to the end of
    the specified destination mailbox."
    Level: MUST, because the sentence defines the result of COPY.
    Given the mailbox $Outbox holds 1 plain message
    And the mailbox $Sent holds 1 plain message
    And client A has selected $Outbox
    And client B is logged in
    When client A sends "COPY 1 $Sent"
    And client B sends "STATUS $Sent (MESSAGES)"
    Then the server answers OK
    And the server sends the untagged response "* STATUS $Sent (MESSAGES 2)"

  @must @seed @rfc9051-5.2
  Scenario: a client that selected the Sent folder sees the copied message on NOOP
    RFC 9051 5.2: "A server MUST send mailbox size updates automatically if a mailbox size
    change is observed during the processing of a command."
    Given the mailbox $Outbox holds 1 plain message
    And the mailbox $Sent holds 1 plain message
    And client A has selected $Outbox
    And client B has selected $Sent
    When client A sends "COPY 1 $Sent"
    And client B sends "NOOP"
    Then the server answers OK
    And the server reports that the mailbox holds 2 messages

  @must @seed @rfc9051-2.3.1.1
  Scenario: two clients see the same UIDs for the same messages
    RFC 9051 2.3.1.1: "A UID is an unsigned non-zero 32-bit value assigned to each message,
    which when used with the unique identifier validity value (see below) forms a 64-bit value
    that MUST NOT refer to any other message in the mailbox or any subsequent mailbox with the
    same name forever." and "Any change of unique identifiers between sessions MUST be
    detectable using the UIDVALIDITY mechanism discussed below." With UIDVALIDITY unchanged, the
    UID is the one assigned.
    Given the mailbox $Work holds 3 plain messages
    And client A has selected $Work
    And client B has examined $Work
    When client B sends "FETCH 1:* UID"
    Then the server answers OK
    And the UID of message 3 is the one recorded when it was appended
    And the UIDVALIDITY of $Work is unchanged
