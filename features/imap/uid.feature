@imap
Feature: UID commands (RFC 9051 section 6.4.9, unique identifiers 2.3.1.1)

  @must @rfc9051-6.4.9
  Scenario: uid fetch addresses messages by UID and returns the UID
    RFC 9051 6.4.9: "In the first form, it takes as its arguments a COPY, MOVE, FETCH, or STORE
    command with arguments appropriate for the associated command. However, the numbers in the
    sequence-set argument are unique identifiers instead of message sequence numbers." and "The
    number after the "*" in an untagged FETCH or EXPUNGE response is always a message sequence
    number, not a unique identifier, even for a UID command response. However, server
    implementations MUST implicitly include the UID message data item as part of any FETCH
    response caused by a UID command, regardless of whether a UID was specified as a message
    data item to the FETCH."
    Given the mailbox $Work holds 3 plain messages
    And the client has selected $Work
    When the client sends "UID FETCH <uid:2> FLAGS"
    Then the server answers OK
    And the server returns FETCH data for messages 2
    And the UID of message 2 is the one recorded when it was appended

  @must @rfc9051-6.4.9
  Scenario: uid fetch of a range includes every message in it
    RFC 9051 6.4.9: "In the first form, it takes as its arguments a COPY, MOVE, FETCH, or STORE
    command with arguments appropriate for the associated command. However, the numbers in the
    sequence-set argument are unique identifiers instead of message sequence numbers." and
    "Sequence-set ranges are permitted, but there is no guarantee that unique identifiers will
    be contiguous." Its note: "even if neither UID 443 or 557 exist, this range is valid and
    would include an existing UID 495."
    Level: MUST, because the sentences define which messages a UID range addresses.
    Given the mailbox $Work holds 3 plain messages
    And the client has selected $Work
    When the client sends "UID FETCH 1:* UID"
    Then the server answers OK
    And the server returns FETCH data for messages 1 2 3
    And the UIDs are strictly ascending in sequence order

  @must @rfc9051-6.4.9
  Scenario: uid fetch of a UID that does not exist returns OK without data
    RFC 9051 6.4.9: "A non-existent unique identifier is ignored without any error message
    generated. Thus, it is possible for a UID FETCH command to return an OK without any data or
    a UID COPY, UID MOVE, or UID STORE to return an OK without performing any operations."
    Level: MUST, because the sentence defines the answer to a UID that does not exist.
    Given the mailbox $Work holds 2 plain messages
    And the client has selected $Work
    When the client sends "UID FETCH 4000000000 FLAGS"
    Then the server answers OK
    And the server sends no untagged FETCH response

  @must @rfc9051-6.4.9
  Scenario: uid store changes the flags of the message with that UID
    RFC 9051 6.4.9: "In the first form, it takes as its arguments a COPY, MOVE, FETCH, or STORE
    command with arguments appropriate for the associated command. However, the numbers in the
    sequence-set argument are unique identifiers instead of message sequence numbers."
    Level: MUST, because the sentence defines what UID STORE addresses.
    Given the mailbox $Work holds 3 plain messages
    And the client has selected $Work
    When the client sends "UID STORE <uid:3> +FLAGS (\Flagged)"
    Then the server answers OK
    And message 3 has the flag \Flagged
    And message 3 in $Work has the flag \Flagged
    And message 1 in $Work does not have the flag \Flagged

  @must @rfc9051-6.4.9
  Scenario: uid copy copies the message with that UID
    RFC 9051 6.4.9: "In the first form, it takes as its arguments a COPY, MOVE, FETCH, or STORE
    command with arguments appropriate for the associated command. However, the numbers in the
    sequence-set argument are unique identifiers instead of message sequence numbers."
    Level: MUST, because the sentence defines what UID COPY addresses.
    Given the mailbox $Work holds 3 plain messages
    And the mailbox $Dest exists
    And the client has selected $Work
    When the client sends "UID COPY <uid:1>,<uid:3> $Dest"
    Then the server answers OK
    And the mailbox $Dest holds 2 messages

  @must @rfc9051-6.4.9
  Scenario: uid search returns UIDs
    RFC 9051 6.4.9: "In the third form, the UID command takes a SEARCH command with SEARCH
    command arguments. The interpretation of the arguments is the same as with SEARCH; however,
    the numbers returned in an ESEARCH response for a UID SEARCH command are unique identifiers
    instead of message sequence numbers." (IMAP4rev1 answers with a SEARCH response; its numbers
    are UIDs the same way, RFC 3501 6.4.8.)
    Level: MUST, because the sentence defines what UID SEARCH returns.
    Given the mailbox $Work holds the messages:
      | fixture | flags    |
      | plain   |          |
      | plain   | \Flagged |
      | plain   | \Flagged |
    And the client has selected $Work
    When the client sends "UID SEARCH FLAGGED"
    Then the server answers OK
    And the search finds the UIDs of messages 2 3

  @must @rfc9051-2.3.1.1
  Scenario: UIDs are assigned in strictly ascending order
    RFC 9051 2.3.1.1: "Unique identifiers are assigned in a strictly ascending fashion in the
    mailbox; as each message is added to the mailbox, it is assigned a higher UID than those
    of all message(s) that are already in the mailbox."
    Level: MUST, because the sentence defines how UIDs are assigned.
    Given the mailbox $Work holds 4 plain messages
    And the client has selected $Work
    When the client sends "FETCH 1:* UID"
    Then the server answers OK
    And the UIDs are strictly ascending in sequence order

  @must @cap-UIDPLUS @rfc9051-6.4.9 @rfc4315-2.1
  Scenario: uid expunge removes only the listed deleted messages
    RFC 9051 6.4.9: "In the second form, the UID command takes an EXPUNGE command with an extra
    parameter that specifies a sequence set of UIDs to operate on. The UID EXPUNGE command
    permanently removes all messages that have both the \Deleted flag set and a UID that is
    included in the specified sequence set from the currently selected mailbox. If a message
    either does not have the \Deleted flag set or has a UID that is not included in the
    specified sequence set, it is not affected."
    Level: MUST, because the sentences define the result of UID EXPUNGE.
    Given the mailbox $Work holds the messages:
      | fixture | flags    |
      | plain   | \Deleted |
      | plain   | \Deleted |
      | plain   |          |
    And the client has selected $Work
    When the client sends "UID EXPUNGE <uid:2>:<uid:3>"
    Then the server answers OK
    And the server reports the expunge of messages 2
    And the mailbox $Work holds 2 messages

  @must @rfc9051-3 @rfc9051-6.4.9
  Scenario: uid fetch without a selected mailbox is rejected
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is logged in
    When the client sends "UID FETCH 1:* FLAGS"
    Then the server answers NO or BAD

  @should @rfc9051-6.4.9 @rfc9051-9 @rfc9051-2.2.2
  Scenario: uid with a command it does not take is a syntax error
    RFC 9051 9: 'uid = "UID" SP (copy / move / fetch / search / store / uid-expunge)';
    RFC 9051 6.4.9: "BAD - command unknown or arguments invalid". RFC 9051 2.2.2: "Servers
    SHOULD strictly enforce the syntax outlined in this specification. Any client command with a
    protocol syntax error, including (but not limited to) missing or extraneous spaces or
    arguments, SHOULD be rejected and the client given a BAD server completion response."
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "UID NOOP"
    Then the server answers BAD
