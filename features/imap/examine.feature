@imap
Feature: EXAMINE (RFC 9051 section 6.3.3)

  @must @rfc9051-6.3.3
  Scenario: examine reports read-only
    RFC 9051 6.3.3: "The text of the tagged OK response to the EXAMINE command MUST begin with
    the "[READ-ONLY]" response code."
    Given the mailbox $Work holds 1 plain message
    And the client is logged in
    When the client sends "EXAMINE $Work"
    Then the server answers OK with response code READ-ONLY

  @must @rfc9051-6.3.3
  Scenario: examine sends the same untagged data as select
    RFC 9051 6.3.3: "The EXAMINE command is identical to SELECT and returns the same output;
    however, the selected mailbox is identified as read-only." Responses: "REQUIRED untagged
    responses: FLAGS, EXISTS, LIST" and "REQUIRED OK untagged responses: PERMANENTFLAGS,
    UIDNEXT, UIDVALIDITY".
    Given the mailbox $Work holds 2 plain messages
    And the client is logged in
    When the client sends "EXAMINE $Work"
    Then the server answers OK
    And the server sends an untagged FLAGS response
    And the server reports that the mailbox holds 2 messages
    And the server sends these untagged responses:
      | * OK [UIDVALIDITY <any>] |
      | * OK [UIDNEXT <any>]     |

  @must @rfc9051-6.3.3
  Scenario: fetching a body in an examined mailbox does not set Seen
    RFC 9051 6.3.3: "No changes to the permanent state of the mailbox, including per-user state,
    are permitted."
    Level: MUST, because the sentence forbids, without a key word, every change to an examined mailbox.
    Given the mailbox $Work holds 1 plain message
    And the client has examined $Work
    When the client sends "FETCH 1 BODY[]"
    Then the server answers OK
    And message 1 in $Work does not have the flag \Seen

  @must @rfc9051-6.3.3 @rfc9051-6.4.6
  Scenario: store in an examined mailbox changes no flag
    RFC 9051 6.3.3: "No changes to the permanent state of the mailbox, including per-user state,
    are permitted." (The STORE may fail with NO or be refused; the flag stays off.)
    Level: MUST, because the sentence forbids, without a key word, every change to an examined mailbox.
    Given the mailbox $Work holds 1 plain message
    And the client has examined $Work
    When the client sends "STORE 1 +FLAGS (\Flagged)"
    Then message 1 in $Work does not have the flag \Flagged

  @must @rfc9051-6.3.3
  Scenario: examine of a mailbox that does not exist fails with NO
    RFC 9051 6.3.3: "NO - examine failure, now in authenticated state: no such mailbox, can't
    access mailbox".
    Level: MUST, because the Result list defines NO as EXAMINE's answer for a mailbox that does not exist.
    Given the mailbox $Missing does not exist
    And the client is logged in
    When the client sends "EXAMINE $Missing"
    Then the server answers NO

  @must @rfc9051-3 @rfc9051-6.3.3
  Scenario: examine before login is rejected
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is connected
    When the client sends "EXAMINE INBOX"
    Then the server answers NO or BAD
