@imap
Feature: UIDVALIDITY and the life of UIDs (RFC 9051 section 2.3.1.1)

  @should @rfc9051-2.3.1.1
  Scenario: uidvalidity is stable across reconnects
    RFC 9051 2.3.1.1: "The unique identifier of a message MUST NOT change during the session and
    SHOULD NOT change between sessions. Any change of unique identifiers between sessions MUST
    be detectable using the UIDVALIDITY mechanism discussed below." and "Note: Ideally, unique
    identifiers SHOULD persist at all times." A UID unchanged between sessions has an unchanged
    UIDVALIDITY.
    Level: SHOULD, because this scenario compares two sessions: UIDs SHOULD NOT change between them; the MUSTs bind one session and the detection of a change.
    Given the mailbox $Work holds 2 plain messages
    And the client has selected $Work
    When the client reconnects
    And the client sends "SELECT $Work"
    And the client sends "FETCH 1:* UID"
    Then the server answers OK
    And the UIDVALIDITY of $Work is unchanged
    And the UID of message 2 is the one recorded when it was appended

  @must @rfc9051-2.3.1.1 @rfc9051-6.3.5
  Scenario: a mailbox deleted and re-created does not reuse UIDs
    RFC 9051 6.3.5: "The value of the highest-used unique identifier of the deleted mailbox
    MUST be preserved so that a new mailbox created with the same name will not reuse the
    identifiers of the former incarnation, unless the new incarnation has a different
    unique identifier validity value."
    Given the mailbox $Work holds 3 plain messages
    And the client has selected $Work
    When the client sends "CLOSE"
    And the client sends "DELETE $Work"
    And the client sends "CREATE $Work"
    And the client sends "APPEND $Work <message:plain>"
    And the client sends "SELECT $Work"
    And the client sends "FETCH 1 UID"
    Then the server answers OK
    And the UIDs of $Work are not reused from its previous instance

  @must @rfc9051-2.3.1.1 @rfc9051-6.3.6
  Scenario: a mailbox renamed away and re-created does not reuse UIDs
    RFC 9051 6.3.6: "The value of the highest-used unique identifier of the old mailbox name
    MUST be preserved so that a new mailbox created with the same name will not reuse the
    identifiers of the former incarnation, unless the new incarnation has a different
    unique identifier validity value."
    Given the mailbox $Work holds 2 plain messages
    And the mailbox $Moved does not exist
    And the client has selected $Work
    When the client sends "CLOSE"
    And the client sends "RENAME $Work $Moved"
    And the client sends "CREATE $Work"
    And the client sends "APPEND $Work <message:plain>"
    And the client sends "SELECT $Work"
    And the client sends "FETCH 1 UID"
    Then the server answers OK
    And the UIDs of $Work are not reused from its previous instance

  @must @rfc9051-2.3.1.1 @rfc9051-6.3.11
  Scenario: STATUS and SELECT report the same UIDNEXT, above every UID in the mailbox
    RFC 9051 2.3.1.1: "The next unique identifier value is the predicted value that will be
    assigned to a new message in the mailbox." "First, the next unique identifier value MUST
    NOT change unless new messages are added to the mailbox". No message is added between the
    STATUS and the SELECT, so both report one value, and it is above the UID of every message
    there: "as each message is added to the mailbox, it is assigned a higher UID than those of
    all message(s) that are already in the mailbox."
    Given the mailbox $Work holds 3 plain messages
    And the client is logged in
    When the client sends "STATUS $Work (UIDNEXT)"
    And the client sends "SELECT $Work"
    Then the server answers OK
    And STATUS and SELECT report the same UIDNEXT for $Work
    And every UIDNEXT reported for $Work is greater than the UID of every message in it

  @must @rfc9051-2.3.1.1
  Scenario: UIDNEXT grows past every assigned UID
    RFC 9051 2.3.1.1: "The next unique identifier value is the predicted value that will be
    assigned to a new message in the mailbox. Unless the unique identifier validity also
    changes (see below), the next unique identifier value MUST have the following two
    characteristics. First, the next unique identifier value MUST NOT change unless new
    messages are added to the mailbox; and second, the next unique identifier value MUST
    change whenever new messages are added to the mailbox, even if those new messages are
    subsequently expunged."
    Given the mailbox $Work holds 2 plain messages
    And the client has selected $Work
    When the client sends "FETCH 1:* UID"
    Then the server answers OK
    And the UIDNEXT of $Work is greater than every UID fetched
