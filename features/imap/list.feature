@imap
Feature: LIST (RFC 9051 section 6.3.9)

  The seed's "1 LIST "" *" lists every mailbox name. LIST takes a reference name and a
  mailbox name with wildcards: "*" matches zero or more characters at this position, "%"
  is the same but does not match a hierarchy delimiter.

  @must @seed @rfc9051-6.3.9
  Scenario: list all includes INBOX
    RFC 9051 6.3.9: "The special name INBOX is included in the output from LIST, if INBOX
    is supported by this server for this user and if the uppercase string "INBOX" matches
    the interpreted reference and mailbox name arguments with wildcards as described
    above."
    Level: MUST, because the sentence defines when LIST returns INBOX.
    Given the client is logged in
    When the client sends "LIST "" *"
    Then the server answers OK
    And the server lists INBOX

  @must @seed @rfc9051-6.3.9
  Scenario: list all includes a mailbox the user created
    RFC 9051 6.3.9: "The LIST command returns a subset of mailbox names from the complete set of
    all mailbox names available to the client. Zero or more untagged LIST responses are
    returned, containing the name attributes, hierarchy delimiter, name, and possible extension
    information; see the description of the LIST response (Section 7.3.1) for more detail." and
    "The character "*" is a wildcard and matches zero or more characters at this position."
    Level: MUST, because the sentences define what LIST returns for the pattern "*".
    Given the mailbox $Work exists
    And the client is logged in
    When the client sends "LIST "" *"
    Then the server answers OK
    And the server lists $Work

  @must @seed @rfc9051-6.3.9
  Scenario: list all includes children at every level
    RFC 9051 6.3.9: "The character "*" is a wildcard and matches zero or more characters at
    this position."
    Level: MUST, because the sentence defines what the pattern "*" matches.
    Given the mailbox $Child exists under $Parent
    And the mailbox $Grandchild exists under $Child
    And the client is logged in
    When the client sends "LIST "" *"
    Then the server answers OK
    And the server lists $Parent
    And the server lists $Child
    And the server lists $Grandchild

  @must @seed @rfc9051-6.3.9
  Scenario: list percent does not match the hierarchy delimiter
    RFC 9051 6.3.9: "The character "%" is similar to "*", but it does not match a hierarchy
    delimiter." and "The returned mailbox names MUST match the supplied mailbox name
    pattern(s)."
    Given the mailbox $Child exists under $Parent
    And the mailbox $Grandchild exists under $Child
    And the client is logged in
    When the client sends "LIST "" "$Parent<delim>%""
    Then the server answers OK
    And the server lists $Child
    And the server does not list $Grandchild
    And the server does not list $Parent

  @must @seed @rfc9051-6.3.9
  Scenario: list with an empty mailbox name returns the hierarchy delimiter
    RFC 9051 6.3.9: "In the basic syntax only, an empty ("" string) mailbox name argument is a
    special request to return the hierarchy delimiter and the root name of the name given in the
    reference. The value returned as the root MAY be the empty string if the reference is
    non-rooted or is an empty string. In all cases, a hierarchy delimiter (or NIL if there is no
    hierarchy) is returned."
    Level: MUST, because "In all cases, a hierarchy delimiter ... is returned" defines the result; the MAY is about the root name.
    Given the client is logged in
    When the client sends "LIST "" """
    Then the server answers OK
    And the server lists the hierarchy delimiter

  @must @seed @rfc9051-6.3.9
  Scenario: list of a name that does not exist returns no LIST response
    RFC 9051 6.3.9: "Zero or more untagged LIST responses are returned" and "The returned
    mailbox names MUST match the supplied mailbox name pattern(s)." A name that matches nothing
    is not an error.
    Given the mailbox $Missing does not exist
    And the client is logged in
    When the client sends "LIST "" $Missing"
    Then the server answers OK
    And the server sends no untagged LIST response

  @should @seed @rfc9051-6.3.9
  Scenario: list with a reference name interprets the pattern under it
    RFC 9051 6.3.9: "The reference and mailbox name arguments are interpreted into a canonical
    form that represents an unambiguous left-to-right hierarchy." Its note: "The interpretation
    of the reference argument is implementation defined." and "If a server implementation has no
    concept of break out characters, the canonical form is normally the reference name appended
    with the mailbox name." and "Any part of the reference argument that is included in the
    interpreted form SHOULD prefix the interpreted form." Listing "%" under the reference
    "parent<delim>" returns the children of parent.
    Given the mailbox $Child exists under $Parent
    And the client is logged in
    When the client sends "LIST "$Parent<delim>" "%""
    Then the server answers OK
    And the server lists $Child
    And the server does not list $Parent

  @must @seed @rfc9051-6.3.9
  Scenario: list is case-insensitive for INBOX
    RFC 9051 5.1: "The case-insensitive mailbox name INBOX is a special name reserved to mean
    "the primary mailbox for this user on this server"." RFC 9051 6.3.9: "The special name INBOX
    is included in the output from LIST, if INBOX is supported by this server for this user and
    if the uppercase string "INBOX" matches the interpreted reference and mailbox name arguments
    with wildcards as described above."
    Level: MUST, because the sentences define when LIST returns INBOX.
    Given the client is logged in
    When the client sends "LIST "" inbox"
    Then the server answers OK
    And the server lists INBOX

  @must @seed @rfc9051-3 @rfc9051-6.3.9
  Scenario: list before login is rejected
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result." LIST is an authenticated-state command.
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is connected
    When the client sends "LIST "" *"
    Then the server answers NO or BAD

  @should @seed @rfc9051-6.3.9 @rfc9051-9 @rfc9051-2.2.2
  Scenario: list with one argument is a syntax error
    RFC 9051 9: 'list = "LIST" [SP list-select-opts] SP mailbox SP mbox-or-pat [SP
    list-return-opts]'. RFC 9051 6.3.9: "BAD - command unknown or arguments invalid".
    RFC 9051 2.2.2: "Servers SHOULD strictly enforce the syntax outlined in this specification.
    Any client command with a protocol syntax error, including (but not limited to) missing or
    extraneous spaces or arguments, SHOULD be rejected and the client given a BAD server
    completion response."
    Given the client is logged in
    When the client sends "LIST *"
    Then the server answers BAD

  @may @seed @cap-CHILDREN @rfc3348-3 @rfc9051-7.3.1 @rfc9051-6.3.9.5
  Scenario: list marks a parent with HasChildren
    RFC 3348 3 (CHILDREN, part of RFC 9051): "The CHILDREN extension defines two new attributes
    that MAY be returned within a LIST response." and "\HasChildren - The presence of this
    attribute indicates that the mailbox has child mailboxes." RFC 9051 6.3.9.5 allows them
    likewise without the CHILDREN return option: "Although these attributes MAY be returned in
    response to any LIST command, the CHILDREN return option is provided to indicate that the
    client particularly wants this information." A leaf must not be marked so.
    Given the mailbox $Child exists under $Parent
    And the client is logged in
    When the client sends "LIST "" *"
    Then the server answers OK
    And the server lists $Parent with the attribute \HasChildren
    And the server lists $Child without the attribute \HasChildren
