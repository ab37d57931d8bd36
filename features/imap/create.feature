@imap
Feature: CREATE (RFC 9051 section 6.3.4)

  The seed's "1 CREATE "INBOX"" creates a mailbox with the given name; the seed's own
  example (INBOX) is the one name CREATE must refuse.

  @must @seed @rfc9051-6.3.4
  Scenario: create makes a new mailbox that LIST returns
    RFC 9051 6.3.4: "The CREATE command creates a mailbox with the given name. An OK
    response is returned only if a new mailbox with that name has been created."
    Level: MUST, because the sentence defines the result of CREATE.
    Given the mailbox $New does not exist but may be created
    And the client is logged in
    When the client sends "CREATE $New"
    Then the server answers OK
    And the mailbox $New is listed

  @must @seed @rfc9051-6.3.4
  Scenario: create of INBOX fails with NO
    RFC 9051 6.3.4: "It is an error to attempt to create INBOX or a mailbox with a name that
    refers to an extant mailbox. Any error in creation will return a tagged NO response."
    Level: MUST, because the sentences make it an error and define its answer, a tagged NO.
    The client selects INBOX first, so that INBOX exists on any account the run lends (a server
    may create a never-used account's INBOX on first access).
    Given the client has selected INBOX
    When the client sends "CREATE "INBOX""
    Then the server answers NO

  @must @seed @rfc9051-6.3.4
  Scenario: create of an existing mailbox fails with NO
    RFC 9051 6.3.4: "It is an error to attempt to create INBOX or a mailbox with a name that
    refers to an extant mailbox. Any error in creation will return a tagged NO response."
    Level: MUST, because the sentences make it an error and define its answer, a tagged NO.
    Given the mailbox $Work exists
    And the client is logged in
    When the client sends "CREATE $Work"
    Then the server answers NO

  @should @seed @rfc9051-6.3.4
  Scenario: create of a child creates the missing parents
    RFC 9051 6.3.4: "If the server's hierarchy separator character appears elsewhere in
    the name, the server SHOULD create any superior hierarchical names that are needed for
    the CREATE command to be successfully completed."
    Given the mailbox $Parent does not exist but may be created
    And the client is logged in
    When the client sends "CREATE "$Parent<delim>leaf""
    Then the server answers OK
    And the mailbox $Parent is listed

  @must @seed @rfc9051-6.3.4
  Scenario: create with a trailing delimiter creates the name without it
    RFC 9051 6.3.4: "If the mailbox name is suffixed with the server's hierarchy separator
    character (as returned from the server by a LIST command), this is a declaration that
    the client intends to create mailbox names under this name in the hierarchy. Server
    implementations that do not require this declaration MUST ignore the declaration. In
    any case, the name created is without the trailing hierarchy delimiter."
    Given the mailbox $Folder does not exist but may be created
    And the client is logged in
    When the client sends "CREATE "$Folder<delim>""
    Then the server answers OK
    And the mailbox $Folder is listed

  @must @seed @rfc9051-6.3.4
  Scenario: create of the case-variant inbox fails with NO
    RFC 9051 5.1: "The case-insensitive mailbox name INBOX is a special name". RFC 9051 6.3.4:
    "It is an error to attempt to create INBOX or a mailbox with a name that refers to an extant
    mailbox. Any error in creation will return a tagged NO response."
    Level: MUST, because the sentences make it an error and define its answer, a tagged NO.
    The client selects INBOX first, so that INBOX exists on any account the run lends (a server
    may create a never-used account's INBOX on first access).
    Given the client has selected INBOX
    When the client sends "CREATE inbox"
    Then the server answers NO

  @must @seed @rfc9051-3 @rfc9051-6.3.4
  Scenario: create before login is rejected
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the mailbox $New does not exist
    And the client is connected
    When the client sends "CREATE $New"
    Then the server answers NO or BAD
    And the mailbox $New does not exist

  @should @seed @rfc9051-6.3.4 @rfc9051-9 @rfc9051-2.2.2
  Scenario: create without a name is a syntax error
    RFC 9051 9: 'create = "CREATE" SP mailbox'. RFC 9051 6.3.4: "BAD - command unknown or
    arguments invalid". RFC 9051 2.2.2: "Servers SHOULD strictly enforce the syntax outlined in
    this specification. Any client command with a protocol syntax error, including (but not
    limited to) missing or extraneous spaces or arguments, SHOULD be rejected and the client
    given a BAD server completion response."
    Given the client is logged in
    When the client sends "CREATE"
    Then the server answers BAD
