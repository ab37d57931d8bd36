@imap
Feature: RENAME (RFC 9051 section 6.3.6)

  The seed's "1 RENAME "ToRead" "Important"" changes the name of a mailbox.

  @must @seed @rfc9051-6.3.6
  Scenario: rename moves the mailbox to the new name
    RFC 9051 6.3.6: "The RENAME command changes the name of a mailbox. A tagged OK response
    is returned only if the mailbox has been renamed."
    Level: MUST, because the sentence defines the result of RENAME.
    Given the mailbox $ToRead exists
    And the mailbox $Important does not exist
    And the client is logged in
    When the client sends "RENAME $ToRead $Important"
    Then the server answers OK
    And the mailbox $Important is listed
    And the mailbox $ToRead does not exist

  @must @seed @rfc9051-6.3.6
  Scenario: rename keeps the messages of the mailbox
    RFC 9051 6.3.6: "The RENAME command changes the name of a mailbox." The messages go
    with the mailbox.
    Level: MUST, because the sentence defines the result of RENAME.
    Given the mailbox $ToRead holds 3 plain messages
    And the mailbox $Important does not exist
    And the client is logged in
    When the client sends "RENAME $ToRead $Important"
    Then the server answers OK
    And the mailbox $Important holds 3 messages

  @must @seed @rfc9051-6.3.6
  Scenario: rename to an existing name fails with NO
    RFC 9051 6.3.6: "It is an error to attempt to rename from a mailbox name that does not
    exist or to a mailbox name that already exists. Any error in renaming will return a
    tagged NO response."
    Level: MUST, because the sentences make it an error and define its answer, a tagged NO.
    Given the mailbox $ToRead holds 1 plain message
    And the mailbox $Important holds 2 plain messages
    And the client is logged in
    When the client sends "RENAME $ToRead $Important"
    Then the server answers NO
    And the mailbox $Important holds 2 messages
    And the mailbox $ToRead holds 1 message

  @must @seed @rfc9051-6.3.6
  Scenario: rename of a mailbox that does not exist fails with NO
    RFC 9051 6.3.6: "It is an error to attempt to rename from a mailbox name that does not
    exist or to a mailbox name that already exists. Any error in renaming will return a
    tagged NO response."
    Level: MUST, because the sentences make it an error and define its answer, a tagged NO.
    Given the mailbox $Missing does not exist
    And the mailbox $Important does not exist
    And the client is logged in
    When the client sends "RENAME $Missing $Important"
    Then the server answers NO
    And the mailbox $Important does not exist

  @must @seed @rfc9051-6.3.6
  Scenario: rename renames the inferior names too
    RFC 9051 6.3.6: "If the name has inferior hierarchical names, then the inferior
    hierarchical names MUST also be renamed. For example, a rename of "foo" to "zap" will
    rename "foo/bar" (assuming "/" is the hierarchy delimiter character) to "zap/bar"."
    Given the mailbox $Child exists under $ToRead
    And the mailbox $Important does not exist
    And the client is logged in
    When the client sends "RENAME $ToRead $Important"
    And the client sends "LIST "" "$Important<delim>*""
    Then the server answers OK
    And the server sends an untagged LIST response
    And the mailbox $Child does not exist

  @should @seed @rfc9051-6.3.6
  Scenario: rename into a new hierarchy creates the superior names
    RFC 9051 6.3.6: "If the server's hierarchy separator character appears in the new mailbox
    name, the server SHOULD create any superior hierarchical names that are needed for the
    RENAME command to complete successfully."
    Given the mailbox $ToRead exists
    And the mailbox $Archive does not exist
    And the client is logged in
    When the client sends "RENAME $ToRead "$Archive<delim>2024""
    Then the server answers OK
    And the mailbox $Archive is listed

  @must @seed @destructive @rfc9051-6.3.6
  Scenario: rename of INBOX is not answered BAD
    RFC 9051 6.3.6: "Renaming INBOX is permitted and does not result in a tagged BAD
    response" ... "(Note that some servers disallow renaming INBOX by returning a tagged NO
    response, so clients need to be able to handle the failure of such RENAME commands.)"
    Tagged destructive: a server that renames INBOX moves the test account's mail.
    Level: MUST, because the sentence defines the answer: renaming INBOX "does not result in a tagged BAD response".
    Given the mailbox $Saved does not exist
    And the mailbox INBOX holds 1 plain message
    And the client is logged in
    When the client sends "RENAME INBOX $Saved"
    Then the server answers OK or NO

  @must @seed @destructive @rfc9051-6.3.6
  Scenario: rename of INBOX leaves an INBOX in place
    RFC 9051 6.3.6: it "moves all messages in INBOX to a new mailbox with the given name,
    leaving INBOX empty" and "When INBOX is successfully renamed, it is assumed that a new
    INBOX is created." Whether the server renames or refuses, INBOX is still there.
    Level: MUST, because the sentences define what renaming INBOX leaves behind.
    Given the mailbox $Saved does not exist
    And the mailbox INBOX holds 1 plain message
    And the client is logged in
    When the client sends "RENAME INBOX $Saved"
    Then the mailbox INBOX is listed

  @must @seed @rfc9051-3 @rfc9051-6.3.6
  Scenario: rename before login is rejected
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the mailbox $ToRead exists
    And the mailbox $Important does not exist
    And the client is connected
    When the client sends "RENAME $ToRead $Important"
    Then the server answers NO or BAD
    And the mailbox $ToRead is listed

  @should @seed @rfc9051-6.3.6 @rfc9051-9 @rfc9051-2.2.2
  Scenario: rename with one name is a syntax error
    RFC 9051 9: 'rename = "RENAME" SP mailbox SP mailbox'. RFC 9051 6.3.6: "BAD - command
    unknown or arguments invalid". RFC 9051 2.2.2: "Servers SHOULD strictly enforce the syntax
    outlined in this specification. Any client command with a protocol syntax error, including
    (but not limited to) missing or extraneous spaces or arguments, SHOULD be rejected and the
    client given a BAD server completion response."
    Given the mailbox $ToRead exists
    And the client is logged in
    When the client sends "RENAME $ToRead"
    Then the server answers BAD
