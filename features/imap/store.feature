@imap
Feature: STORE (RFC 9051 section 6.4.6)

  @must @rfc9051-6.4.6
  Scenario: store +FLAGS adds the flag and returns the new flags
    RFC 9051 6.4.6: "+FLAGS <flag list> - Add the argument to the flags for the message. The
    new value of the flags is returned as if a FETCH of those flags was done."
    Level: MUST, because the sentence defines the result of this STORE data item.
    The message already has \Seen, so that adding is told apart from replacing.
    Given the mailbox $Work holds the messages:
      | fixture | flags |
      | plain   | \Seen |
    And the client has selected $Work
    When the client sends "STORE 1 +FLAGS (\Flagged)"
    Then the server answers OK
    And message 1 has the flag \Flagged
    And message 1 has the flag \Seen
    And message 1 in $Work has the flag \Flagged
    And message 1 in $Work has the flag \Seen

  @must @rfc9051-6.4.6
  Scenario: store -FLAGS removes only the named flag
    RFC 9051 6.4.6: "-FLAGS <flag list> - Remove the argument from the flags for the
    message. The new value of the flags is returned as if a FETCH of those flags was done."
    Level: MUST, because the sentence defines the result of this STORE data item.
    Given the mailbox $Work holds the messages:
      | fixture | flags          |
      | plain   | \Seen \Flagged |
    And the client has selected $Work
    When the client sends "STORE 1 -FLAGS (\Flagged)"
    Then the server answers OK
    And message 1 does not have the flag \Flagged
    And message 1 has the flag \Seen

  @must @rfc9051-6.4.6
  Scenario: store FLAGS replaces the flags
    RFC 9051 6.4.6: "FLAGS <flag list> - Replace the flags for the message with the
    argument. The new value of the flags is returned as if a FETCH of those flags was
    done."
    Level: MUST, because the sentence defines the result of this STORE data item.
    Given the mailbox $Work holds the messages:
      | fixture | flags          |
      | plain   | \Seen \Flagged |
    And the client has selected $Work
    When the client sends "STORE 1 FLAGS (\Answered)"
    Then the server answers OK
    And message 1 has the flag \Answered
    And message 1 does not have the flag \Seen
    And message 1 does not have the flag \Flagged

  @must @rfc9051-6.4.6
  Scenario: store .SILENT changes the flag without a FETCH response
    RFC 9051 6.4.6: "+FLAGS.SILENT <flag list> - Equivalent to +FLAGS, but without returning
    a new value." (Section 5.2 lets another session's change still be reported; this
    session is the only one.)
    Level: MUST, because the sentence defines the result of this STORE data item.
    The message already has \Seen, so that adding is told apart from replacing.
    Given the mailbox $Work holds the messages:
      | fixture | flags |
      | plain   | \Seen |
    And the client has selected $Work
    When the client sends "STORE 1 +FLAGS.SILENT (\Deleted)"
    Then the server answers OK
    And the server sends no untagged FETCH response
    And message 1 in $Work has the flag \Deleted
    And message 1 in $Work has the flag \Seen

  @must @rfc9051-6.4.6
  Scenario: store -FLAGS.SILENT removes the flag without a FETCH response
    RFC 9051 6.4.6: "-FLAGS.SILENT <flag list> - Equivalent to -FLAGS, but without returning
    a new value." "-FLAGS <flag list> - Remove the argument from the flags for the message."
    Level: MUST, because the sentence defines the result of STORE.
    Given the mailbox $Work holds the messages:
      | fixture | flags              |
      | plain   | \Flagged \Answered |
    And the client has selected $Work
    When the client sends "STORE 1 -FLAGS.SILENT (\Flagged)"
    Then the server answers OK
    And the server sends no untagged FETCH response
    And message 1 in $Work does not have the flag \Flagged
    And message 1 in $Work has the flag \Answered

  @must @rfc9051-6.4.6
  Scenario: store FLAGS.SILENT replaces the flags without a FETCH response
    RFC 9051 6.4.6: "FLAGS.SILENT <flag list> - Equivalent to FLAGS, but without returning a
    new value." "FLAGS <flag list> - Replace the flags for the message with the argument."
    Level: MUST, because the sentence defines the result of STORE.
    Given the mailbox $Work holds the messages:
      | fixture | flags              |
      | plain   | \Flagged \Answered |
    And the client has selected $Work
    When the client sends "STORE 1 FLAGS.SILENT (\Seen)"
    Then the server answers OK
    And the server sends no untagged FETCH response
    And message 1 in $Work has the flag \Seen
    And message 1 in $Work does not have the flag \Flagged
    And message 1 in $Work does not have the flag \Answered

  @must @rfc9051-6.4.6 @rfc9051-2.3.2 @rfc9051-7.1
  Scenario: store of a keyword sets it when PERMANENTFLAGS allows new keywords
    RFC 9051 2.3.2: "A keyword is defined by the server implementation. Keywords do not begin
    with "\". Servers MAY permit the client to define new keywords in the mailbox (see the
    description of the PERMANENTFLAGS response code for more information)." RFC 9051 7.1: "The
    PERMANENTFLAGS list can also include the special flag \*, which indicates that it is
    possible to create new keywords by attempting to store those keywords in the mailbox."
    Level: MUST, because once PERMANENTFLAGS holds \* the sentence states that new keywords can be stored; the MAY is whether to offer \*.
    Given the mailbox $Work holds 1 plain message
    And the mailbox $Work accepts new keywords
    And the client has selected $Work
    When the client sends "STORE 1 +FLAGS ($Forwarded Mailspec-Keyword)"
    Then the server answers OK
    And message 1 has the flag $Forwarded
    And message 1 has the flag Mailspec-Keyword

  @must @rfc9051-3 @rfc9051-6.4.6
  Scenario: store without a selected mailbox is rejected
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is logged in
    When the client sends "STORE 1 +FLAGS (\Seen)"
    Then the server answers NO or BAD

  @should @rfc9051-6.4.6 @rfc9051-9 @rfc9051-2.2.2
  Scenario: store with an unknown data item is a syntax error
    RFC 9051 9: 'store-att-flags = (["+" / "-"] "FLAGS" [".SILENT"]) SP (flag-list / (flag *(SP
    flag)))'; RFC 9051 6.4.6: "BAD - command unknown or arguments invalid". RFC 9051 2.2.2:
    "Servers SHOULD strictly enforce the syntax outlined in this specification. Any client
    command with a protocol syntax error, including (but not limited to) missing or extraneous
    spaces or arguments, SHOULD be rejected and the client given a BAD server completion
    response."
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "STORE 1 +LABELS (\Seen)"
    Then the server answers BAD

  @must @rfc9051-6.4.6 @rfc9051-9
  Scenario: store of a flag list without parentheses is accepted
    RFC 9051 9: store-att-flags takes "(flag-list / (flag *(SP flag)))": the list may be
    written without parentheses.
    Level: MUST, because the grammar defines both forms of the flag list.
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "STORE 1 +FLAGS \Flagged \Answered"
    Then the server answers OK
    And message 1 has the flag \Flagged
    And message 1 has the flag \Answered

  @must @rfc9051-6.4.6 @rfc9051-2.3.2
  Scenario: store of the seen flag is read back by the same session
    RFC 9051 6.4.6: "+FLAGS.SILENT <flag list> - Equivalent to +FLAGS, but without returning a
    new value." "+FLAGS <flag list> - Add the argument to the flags for the message." A FETCH
    of FLAGS afterwards returns the flag on that message and on no other.
    Level: MUST, because the sentence defines the result of STORE.
    Given the mailbox $Work holds 2 plain messages
    And the client has selected $Work
    When the client sends "STORE 2 +FLAGS.SILENT (\Seen)"
    And the client sends "FETCH 1:2 FLAGS"
    Then the server answers OK
    And message 2 has the flag \Seen
    And message 1 does not have the flag \Seen

  @must @multi-client @rfc9051-2.3.2 @rfc9051-6.4.6
  Scenario: store of the seen flag is seen by another session
    RFC 9051 2.3.2: "Permanent flags are those that the client can add or remove from the
    message flags permanently; that is, concurrent and subsequent sessions will see any change
    in permanent flags." Client B, selected at the same time, and a session opened afterwards
    both read the flag.
    Level: MUST, because the sentence defines the result of STORE.
    Given the mailbox $Work holds 2 plain messages
    And the mailbox $Work keeps the flag \Seen permanently
    And client A has selected $Work
    And client B has selected $Work
    When client A sends "STORE 2 +FLAGS (\Seen)"
    And client B sends "FETCH 1:2 FLAGS"
    Then the server answers OK
    And message 2 has the flag \Seen
    And message 1 does not have the flag \Seen
    And message 2 in $Work has the flag \Seen
