@imap
Feature: COPY (RFC 9051 section 6.4.7)

  @must @rfc9051-6.4.7
  Scenario: copy adds the messages to the end of the destination
    RFC 9051 6.4.7: "The COPY command copies the specified message(s) to the end of the
    specified destination mailbox."
    Level: MUST, because the sentence defines the result of COPY.
    Given the mailbox $Work holds 3 plain messages
    And the mailbox $Dest holds 1 plain message
    And the client has selected $Work
    When the client sends "COPY 2:3 $Dest"
    Then the server answers OK
    And the mailbox $Dest holds 3 messages
    And the mailbox $Work holds 3 messages

  @should @rfc9051-6.4.7
  Scenario: copy preserves the flags of the message
    RFC 9051 6.4.7: "The flags and internal date of the message(s) SHOULD be preserved in
    the copy."
    Given the mailbox $Work holds the messages:
      | fixture | flags             |
      | plain   | \Flagged \Answered |
    And the mailbox $Dest exists
    And the client has selected $Work
    When the client sends "COPY 1 $Dest"
    Then the server answers OK
    And message 1 in $Dest has the flag \Flagged
    And message 1 in $Dest has the flag \Answered

  @must @rfc9051-6.4.7
  Scenario: copy to a mailbox that does not exist fails with TRYCREATE
    RFC 9051 6.4.7: "If the destination mailbox does not exist, a server MUST return an
    error. It MUST NOT automatically create the mailbox. Unless it is certain that the
    destination mailbox can not be created, the server MUST send the response code
    "[TRYCREATE]" as the prefix of the text of the tagged NO response." (RFC 3501 6.4.7 had
    SHOULD for the error; its TRYCREATE on the NO was a MUST too.)
    Given the mailbox $Work holds 1 plain message
    And the mailbox $Missing does not exist but may be created
    And the client has selected $Work
    When the client sends "COPY 1 $Missing"
    Then the server answers NO with response code TRYCREATE

  @must @rfc9051-6.4.7
  Scenario: a failed copy leaves the destination unchanged
    RFC 9051 6.4.7: "If the COPY command is unsuccessful for any reason, server
    implementations MUST restore the destination mailbox to its state before the COPY
    attempt (other than possibly incrementing UIDNEXT), i.e., partial copy MUST NOT be done."
    Given the mailbox $Work holds 2 plain messages
    And the mailbox $Dest holds 1 plain message
    And the client has selected $Work
    When the client sends "COPY 1:5 $Dest"
    Then the server answers NO or BAD
    And the mailbox $Dest holds 1 message

  @must @rfc9051-3 @rfc9051-6.4.7
  Scenario: copy without a selected mailbox is rejected
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the
    connection is in an inappropriate state, and the server will respond with a BAD or NO
    (depending upon server implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the mailbox $Dest exists
    And the client is logged in
    When the client sends "COPY 1 $Dest"
    Then the server answers NO or BAD

  @should @cap-UIDPLUS @rfc9051-6.4.7 @rfc4315-3
  Scenario: copy returns COPYUID
    RFC 4315 3: "With limited exceptions, discussed below, server implementations that
    advertise the UIDPLUS extension SHOULD return these response codes." and "COPYUID -
    Followed by the UIDVALIDITY of the destination mailbox, a UID set containing the UIDs of
    the message(s) in the source mailbox that were copied to the destination mailbox and
    containing the UIDs assigned to the copied message(s) in the destination mailbox". The
    scenario runs on the UIDPLUS capability, so RFC 4315's SHOULD grades it; RFC 9051 6.4.7
    says of IMAP4rev2: "On successful completion of a COPY, the server returns a COPYUID
    response code".
    Given the mailbox $Work holds 2 plain messages
    And the mailbox $Dest holds 1 plain message
    And the client has selected $Work
    When the client sends "COPY 1:2 $Dest"
    Then the server answers OK with response code COPYUID
    And the COPYUID names messages 1 2 and their copies in $Dest
