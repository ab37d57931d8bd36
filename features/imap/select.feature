@imap
Feature: SELECT (RFC 9051 section 6.3.2)

  The seed's "1 SELECT INBOX" selects a mailbox so that its messages can be accessed.

  @should @seed @rfc9051-6.3.2
  Scenario: select inbox reports read-write
    RFC 9051 6.3.2: "If the client is permitted to modify the mailbox, the server SHOULD
    prefix the text of the tagged OK response with the "[READ-WRITE]" response code."
    Given the client is logged in
    When the client sends "SELECT INBOX"
    Then the server answers OK with response code READ-WRITE

  @must @seed @rfc9051-6.3.2
  Scenario: select sends FLAGS and EXISTS before the tagged OK
    RFC 9051 6.3.2: "Before returning an OK to the client, the server MUST send the
    following untagged data to the client. (The order of individual responses is not
    important.)" FLAGS: "Defined flags in the mailbox." <n> EXISTS: "The number of messages
    in the mailbox."
    Given the client is logged in
    When the client sends "SELECT INBOX"
    Then the server answers OK
    And the server sends an untagged FLAGS response
    And the server sends an untagged EXISTS response

  @must @seed @rfc9051-6.3.2
  Scenario: select reports the number of messages in EXISTS
    RFC 9051 6.3.2: "Before returning an OK to the client, the server MUST send the following
    untagged data to the client." and "<n> EXISTS - The number of messages in the mailbox."
    Given the mailbox $Work holds 3 plain messages
    And the client is logged in
    When the client sends "SELECT $Work"
    Then the server answers OK
    And the server reports that the mailbox holds 3 messages

  @must @seed @rfc9051-6.3.2
  Scenario: select sends UIDVALIDITY and UIDNEXT
    RFC 9051 6.3.2: "Before returning an OK to the client, the server MUST send the following
    untagged data to the client." Among that data: "OK [UIDNEXT <n>] - The next unique
    identifier value." and "OK [UIDVALIDITY <n>] - The unique identifier validity value."
    Given the mailbox $Work holds 2 plain messages
    And the client is logged in
    When the client sends "SELECT $Work"
    Then the server answers OK
    And the server sends these untagged responses:
      | * OK [UIDVALIDITY <any>] |
      | * OK [UIDNEXT <any>]     |

  @must @seed @cap-IMAP4rev2 @rfc9051-6.3.2
  Scenario: select in IMAP4rev2 sends a LIST response with the mailbox name
    RFC 9051 6.3.2: "LIST - The server MUST return a LIST response with the mailbox name.
    The list of mailbox attributes MUST be accurate."
    Given the client has enabled IMAP4rev2
    And the mailbox $Work exists
    When the client sends "SELECT $Work"
    Then the server answers OK
    And the server lists $Work

  @must @seed @cap-IMAP4rev1 @rfc3501-6.3.1
  Scenario: select in IMAP4rev1 sends RECENT
    RFC 3501 6.3.1: "Before returning an OK to the client, the server MUST send the
    following untagged data to the client." ... "<n> RECENT The number of messages with
    the \Recent flag set." (RFC 9051 removed RECENT; this checks IMAP4rev1.)
    Given the mailbox $Work holds 1 plain message
    And the client is logged in
    When the client sends "SELECT $Work"
    Then the server answers OK
    And the server sends an untagged RECENT response

  @must @seed @rfc9051-6.3.2
  Scenario: select of a mailbox that does not exist fails with NO
    RFC 9051 6.3.2: "NO - select failure, now in authenticated state: no such mailbox,
    can't access mailbox".
    Level: MUST, because the Result list defines NO as SELECT's answer for a mailbox that does not exist.
    Given the mailbox $Missing does not exist
    And the client is logged in
    When the client sends "SELECT $Missing"
    Then the server answers NO

  @must @seed @rfc9051-6.3.2
  Scenario: a failed select leaves no mailbox selected
    RFC 9051 6.3.2: "The SELECT command automatically deselects any currently selected
    mailbox before attempting the new selection. Consequently, if a mailbox is selected
    and a SELECT command that fails is attempted, no mailbox is selected."
    Level: MUST, because the sentence defines the result of a failed SELECT.
    Given the mailbox $Work holds 1 plain message
    And the mailbox $Missing does not exist
    And the client has selected $Work
    When the client sends "SELECT $Missing"
    And the client sends "FETCH 1 FLAGS"
    Then the server answers NO or BAD

  @must @seed @rfc9051-5.1 @rfc9051-6.3.2
  Scenario: select accepts inbox in any case
    RFC 9051 5.1: "The case-insensitive mailbox name INBOX is a special name reserved to mean
    "the primary mailbox for this user on this server"."
    Level: MUST, because the sentence defines INBOX as a case-insensitive name.
    Given the client is logged in
    When the client sends "SELECT iNbOx"
    Then the server answers OK

  @must @seed @rfc9051-3 @rfc9051-6.3.2
  Scenario: select before login is rejected
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is connected
    When the client sends "SELECT INBOX"
    Then the server answers NO or BAD

  @should @seed @rfc9051-6.3.2 @rfc9051-9 @rfc9051-2.2.2
  Scenario: select without a name is a syntax error
    RFC 9051 9: 'select = "SELECT" SP mailbox'. RFC 9051 6.3.2: "BAD - command unknown or
    arguments invalid". RFC 9051 2.2.2: "Servers SHOULD strictly enforce the syntax outlined in
    this specification. Any client command with a protocol syntax error, including (but not
    limited to) missing or extraneous spaces or arguments, SHOULD be rejected and the client
    given a BAD server completion response."
    Given the client is logged in
    When the client sends "SELECT"
    Then the server answers BAD

  @must @seed @cap-IMAP4rev2 @rfc9051-7.1
  Scenario: select of another mailbox reports CLOSED for the previous one
    RFC 9051 7.1: "CLOSED - The CLOSED response code has no parameters. A server returns the
    CLOSED response code when the currently selected mailbox is closed implicitly using the
    SELECT or EXAMINE command on another mailbox. The CLOSED response code serves as a boundary
    between responses for the previously opened mailbox (which was closed) and the newly
    selected mailbox"
    Level: MUST, because the sentence defines when the server returns CLOSED.
    Given the client has enabled IMAP4rev2
    And the mailbox $First exists
    And the mailbox $Second exists
    And the client has selected $First
    When the client sends "SELECT $Second"
    Then the server answers OK
    And the server sends an untagged OK with response code CLOSED

  @must @seed @rfc9051-6.3.2 @rfc9051-6.4.1
  Scenario: selecting another mailbox does not expunge the previous one
    RFC 9051 6.4.1: "The SELECT, EXAMINE, and LOGOUT commands implicitly close the
    currently selected mailbox without doing an expunge."
    Level: MUST, because the sentence defines the implicit close as one without an expunge.
    Given the mailbox $First holds the messages:
      | fixture | flags    |
      | plain   | \Deleted |
      | plain   |          |
    And the mailbox $Second exists
    And the client has selected $First
    When the client sends "SELECT $Second"
    Then the server answers OK
    And the server sends no untagged EXPUNGE response
    And the mailbox $First holds 2 messages
