@imap
Feature: DELETE (RFC 9051 section 6.3.5)

  The seed's "1 DELETE "INBOX"" deletes a mailbox; like CREATE, the seed's own example is
  the name the server must refuse.

  @must @seed @rfc9051-6.3.5
  Scenario: delete removes the mailbox
    RFC 9051 6.3.5: "The DELETE command permanently removes the mailbox with the given
    name. A tagged OK response is returned only if the mailbox has been deleted."
    Level: MUST, because the sentence defines the result of DELETE.
    Given the mailbox $Work holds 2 plain messages
    And the client is logged in
    When the client sends "DELETE $Work"
    Then the server answers OK
    And the mailbox $Work does not exist

  @must @seed @destructive @rfc9051-6.3.5
  Scenario: delete of INBOX fails with NO
    RFC 9051 6.3.5: "It is an error to attempt to delete INBOX or a mailbox name that does
    not exist." "NO - delete failure: can't delete mailbox with that name". Tagged
    destructive: a server that breaks this rule deletes the test account's INBOX.
    Level: MUST, because the sentence makes it an error and the Result list defines its answer, NO.
    Given the client is logged in
    When the client sends "DELETE "INBOX""
    Then the server answers NO

  @must @seed @rfc9051-6.3.5
  Scenario: delete of a mailbox that does not exist fails with NO
    RFC 9051 6.3.5: "It is an error to attempt to delete INBOX or a mailbox name that does not
    exist." and "NO - delete failure: can't delete mailbox with that name".
    Level: MUST, because the sentence makes it an error and the Result list defines its answer, NO.
    Given the mailbox $Missing does not exist
    And the client is logged in
    When the client sends "DELETE $Missing"
    Then the server answers NO

  @must @seed @rfc9051-6.3.5
  Scenario: delete of a parent keeps its children
    RFC 9051 6.3.5: "The DELETE command MUST NOT remove inferior hierarchical names. For
    example, if a mailbox "foo" has an inferior "foo.bar" (assuming "." is the hierarchy
    delimiter character), removing "foo" MUST NOT remove "foo.bar"." (The server may
    refuse the DELETE or turn the parent into \Noselect; either way the child stays.)
    Given the mailbox $Child exists under $Parent
    And the client is logged in
    When the client sends "DELETE $Parent"
    Then the mailbox $Child is listed

  @must @seed @rfc9051-6.3.5
  Scenario: delete of a child keeps its parent
    RFC 9051 6.3.5: "The DELETE command permanently removes the mailbox with the given
    name." Only that name.
    Level: MUST, because the sentence defines the result of DELETE.
    Given the mailbox $Child exists under $Parent
    And the client is logged in
    When the client sends "DELETE $Child"
    Then the server answers OK
    And the mailbox $Child does not exist
    And the mailbox $Parent is listed

  @must @seed @rfc9051-3 @rfc9051-6.3.5
  Scenario: delete before login is rejected
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the mailbox $Work exists
    And the client is connected
    When the client sends "DELETE $Work"
    Then the server answers NO or BAD
    And the mailbox $Work is listed

  @should @seed @rfc9051-6.3.5 @rfc9051-9 @rfc9051-2.2.2
  Scenario: delete without a name is a syntax error
    RFC 9051 9: 'delete = "DELETE" SP mailbox'. RFC 9051 6.3.5: "BAD - command unknown or
    arguments invalid". RFC 9051 2.2.2: "Servers SHOULD strictly enforce the syntax outlined in
    this specification. Any client command with a protocol syntax error, including (but not
    limited to) missing or extraneous spaces or arguments, SHOULD be rejected and the client
    given a BAD server completion response."
    Given the client is logged in
    When the client sends "DELETE"
    Then the server answers BAD
