@imap
Feature: Common extensions, when advertised (NAMESPACE, ID, ENABLE, MOVE, LITERAL+, SPECIAL-USE, CONDSTORE)

  Every scenario here is skipped, not failed, when the server does not advertise the
  capability it checks.

  @must @cap-NAMESPACE @rfc9051-6.3.10 @rfc2342-5
  Scenario: namespace returns one untagged NAMESPACE response
    RFC 9051 6.3.10: "REQUIRED untagged responses: NAMESPACE" and "The NAMESPACE command causes
    a single untagged NAMESPACE response to be returned. The untagged NAMESPACE response
    contains the prefix and hierarchy delimiter to the server's Personal Namespace(s), Other
    Users' Namespace(s), and Shared Namespace(s) that the server wishes to expose. The response
    will contain a NIL for any namespace class that is not available."
    Given the client is logged in
    When the client sends "NAMESPACE"
    Then the server answers OK
    And the server sends the untagged response "* NAMESPACE <any> <any> <any>"
    And the server sends exactly one untagged NAMESPACE response

  @must @cap-NAMESPACE @rfc9051-5.1.2 @rfc9051-6.3.10 @rfc2342-5
  Scenario: namespace names a personal namespace that holds INBOX
    RFC 9051 5.1.2: "If an INBOX exists for a user, it MUST appear within the user's Personal
    Namespace." RFC 9051 6.3.10: "The response will contain a NIL for any namespace class that
    is not available." The logged-in user has an INBOX, so the personal class is not NIL, and
    one of its prefixes is INBOX's: empty, or INBOX and the delimiter ("INBOX.").
    Given the client is logged in
    When the client sends "NAMESPACE"
    Then the server answers OK
    And the NAMESPACE response has a personal namespace that holds INBOX

  @must @cap-NAMESPACE @rfc9051-3 @rfc9051-6.3.10
  Scenario: namespace before login is rejected
    RFC 9051 6.3: NAMESPACE is an authenticated-state command; RFC 9051 3: "It is a protocol
    error for the client to attempt a command while the connection is in an inappropriate state,
    and the server will respond with a BAD or NO (depending upon server implementation) command
    completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is connected
    When the client sends "NAMESPACE"
    Then the server answers NO or BAD

  @must @cap-ID @rfc2971-3.1 @rfc2971-3.2
  Scenario: id is answered with an untagged ID response before login
    RFC 2971 3.1: "This command is valid in any state." RFC 2971 3.2: "A server MUST send a
    tagged ID response to an ID command. However, a server MAY send NIL in place of the list."
    The examples of both sections and the grammar (id_response in response_data) show that
    response untagged, as the scenario checks: an untagged ID response, its own list or NIL,
    then a tagged OK.
    Given the client is connected
    When the client sends "ID ("name" "mailspec")"
    Then the server answers OK
    And the server sends an untagged ID response

  @must @cap-ID @rfc2971-3.1 @rfc2971-3.2
  Scenario: id accepts NIL
    RFC 2971 3.1: "The client may also send NIL instead of the list, indicating that it wants to
    send no information, but would still accept a server response." RFC 2971 4: 'id_params_list
    ::= "(" #(string SPACE nstring) ")" / nil'. RFC 2971 3.2: "A server MUST send a tagged ID
    response to an ID command." (untagged in its examples and grammar, as above).
    Given the client is logged in
    When the client sends "ID NIL"
    Then the server answers OK
    And the server sends an untagged ID response

  @must @cap-ENABLE @cap-CONDSTORE @rfc9051-6.3.1 @rfc5161-3.1
  Scenario: enable of a supported extension is confirmed with ENABLED
    RFC 9051 6.3.1: "If the ENABLE command is successful, the server MUST send an untagged
    ENABLED response (Section 7.2.1), which includes all enabled extensions as specified
    above."
    Given the client is logged in
    When the client sends "ENABLE CONDSTORE"
    Then the server answers OK
    And the server sends the untagged response "* ENABLED CONDSTORE"

  @must @cap-IMAP4rev2 @rfc9051-6.3.1
  Scenario: enable of an unknown extension is ignored
    Checks IMAP4rev2: the sentence that an ENABLED response is sent even when nothing was
    enabled is RFC 9051's, not RFC 5161's. RFC 9051 6.3.1: "If the argument is not an extension known to the server, the server
    MUST ignore the argument." "The ENABLED response is sent even if no extensions were
    enabled."
    Given the client is logged in
    When the client sends "ENABLE X-MAILSPEC-UNKNOWN"
    Then the server answers OK
    And the server sends an untagged ENABLED response
    And the server sends no untagged response matching "* ENABLED X-MAILSPEC-UNKNOWN ..."

  @must @cap-ENABLE @rfc9051-6.3.1
  Scenario: enable does not change the capability list
    RFC 9051 6.3.1: "The server MUST NOT change the CAPABILITY list as a result of executing
    ENABLE; that is, a CAPABILITY command issued right after an ENABLE command MUST list the
    same capabilities as a CAPABILITY command issued before the ENABLE command."
    Given the client is logged in
    When the client sends "CAPABILITY"
    And the client sends "ENABLE CONDSTORE X-MAILSPEC-UNKNOWN"
    And the client sends "CAPABILITY"
    Then the server answers OK
    And the capabilities are the same as before

  @must @cap-ENABLE @rfc9051-3 @rfc5161-3.1
  Scenario: enable before login is rejected
    RFC 5161 3.1: "The ENABLE command is only valid in the authenticated state". RFC 9051 3: "It
    is a protocol error for the client to attempt a command while the connection is in an
    inappropriate state, and the server will respond with a BAD or NO (depending upon server
    implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is connected
    When the client sends "ENABLE CONDSTORE"
    Then the server answers NO or BAD

  @must @cap-MOVE @rfc9051-6.4.8 @rfc6851-3.3
  Scenario: move transfers the message and expunges it from the source
    RFC 6851 3.3: "The MOVE command takes two arguments: a message set (sequence numbers for
    MOVE, UIDs for UID MOVE) and a named mailbox. Each message included in the set is moved,
    rather than copied, from the selected (source) mailbox to the named (target) mailbox. This
    means that a new message is created in the target mailbox with a new UID, the original
    message is removed from the source mailbox, and it appears to the client as a single
    action." and "though the COPY and EXPUNGE response codes will be returned". RFC 9051 6.4.8
    says the same of IMAP4rev2. The moved message leaves the source, which the server reports
    with EXPUNGE as EXPUNGE does (RFC 9051 6.4.3, 7.5.1).
    Level: MUST, because the sentences define the result of MOVE.
    Given the mailbox $Work holds 3 plain messages
    And the mailbox $Dest exists
    And the client has selected $Work
    When the client sends "MOVE 2 $Dest"
    Then the server answers OK
    And the server reports the expunge of messages 2
    And the mailbox $Dest holds 1 message
    And the mailbox $Work holds 2 messages

  @must @cap-MOVE @rfc9051-6.4.8 @rfc6851-3.3
  Scenario: move to a mailbox that does not exist fails with TRYCREATE
    RFC 9051 6.4.8: "If the destination mailbox does not exist, a server MUST return an error.
    It MUST NOT automatically create the mailbox. Unless it is certain that the destination
    mailbox cannot be created, the server MUST send the response code "[TRYCREATE]" as the
    prefix of the text of the tagged NO response." RFC 6851 3.3: "Response codes such as
    TRYCREATE (see [RFC3501], Section 6.4.7), as well as those defined by extensions, are sent
    as appropriate."
    Given the mailbox $Work holds 1 plain message
    And the mailbox $Missing does not exist but may be created
    And the client has selected $Work
    When the client sends "MOVE 1 $Missing"
    Then the server answers NO with response code TRYCREATE
    And the mailbox $Work holds 1 message

  @must @cap-MOVE @rfc9051-3 @rfc9051-6.4.8
  Scenario: move without a selected mailbox is rejected
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the mailbox $Dest exists
    And the client is logged in
    When the client sends "MOVE 1 $Dest"
    Then the server answers NO or BAD

  @should @cap-MOVE @cap-UIDPLUS @rfc6851-4.3
  Scenario: move with UIDPLUS reports COPYUID in an untagged OK
    RFC 6851 4.3: "Servers supporting UIDPLUS [RFC4315] SHOULD send COPYUID in response to
    a UID MOVE command", in an untagged OK, since the tagged OK follows the EXPUNGE
    responses.
    Given the mailbox $Work holds 2 plain messages
    And the mailbox $Dest holds 1 plain message
    And the client has selected $Work
    When the client sends "UID MOVE <uid:1> $Dest"
    Then the server answers OK
    And the server sends an untagged OK with response code COPYUID
    And the COPYUID names messages 1 and their copies in $Dest

  @must @cap-LITERAL+ @rfc7888-3
  Scenario: a non-synchronizing literal needs no continuation
    RFC 7888 3: "The non-synchronizing literal is distinguished from the original synchronizing
    literal by having a plus ('+') between the octet count and the closing brace ('}'). The
    server does not generate a command continuation request in response to a non-synchronizing
    literal, and clients are not required to wait before sending the octets of a
    non-synchronizing literal." and "the server MUST treat the specified number of following
    octets and the following line (as defined in [RFC3501]) as part of the same command."
    Given the mailbox $Work exists
    And the client is logged in
    When the client sends "APPEND $Work <message+:plain>"
    Then the server sends no continuation request
    And the server answers OK
    And the mailbox $Work holds 1 message

  @must @cap-LITERAL+ @rfc7888-3
  Scenario: a non-synchronizing literal may be any argument
    RFC 7888 3: "The non-synchronizing literal is added as an alternate form of literal, and it
    may appear in communication from client to server instead of the IMAP [RFC3501] form of
    literal." and "the server MUST treat the specified number of following octets and the
    following line (as defined in [RFC3501]) as part of the same command." It is a literal,
    valid wherever the grammar allows one.
    Given the client is connected
    When the client sends "LOGIN <literal+:<user>> <literal+:<password>>"
    Then the server sends no continuation request
    And the server answers OK

  @must @cap-SPECIAL-USE @cap-LIST-EXTENDED @rfc6154-2
  Scenario: list with the SPECIAL-USE selection option returns only special-use mailboxes
    RFC 6154 2: "If the client specifies the "SPECIAL-USE" selection option, the LIST command
    MUST return only those mailboxes that have a special-use attribute set."
    Given the client is logged in
    When the client sends "LIST (SPECIAL-USE) "" *"
    Then the server answers OK
    And every LIST response carries a special-use attribute

  @must @cap-CONDSTORE @rfc7162-3.1.2
  Scenario: select with CONDSTORE reports HIGHESTMODSEQ
    RFC 7162 3.1.2.1: "Once a CONDSTORE enabling command is issued, a server supporting the
    persistent storage of mod-sequences for the mailbox MUST send an OK untagged response,
    including the HIGHESTMODSEQ response code with every successful SELECT or EXAMINE command"
    (here the CONDSTORE select parameter enables it).
    Given the mailbox $Work holds 1 plain message
    And the client is logged in
    When the client sends "SELECT $Work (CONDSTORE)"
    Then the server answers OK
    And the server sends an untagged OK with response code HIGHESTMODSEQ

  @must @cap-CONDSTORE @rfc7162-3.1.3
  Scenario: store with UNCHANGEDSINCE lower than the MODSEQ fails with MODIFIED
    RFC 7162 3.1.3: "However, if the mod-sequence of any metadata item of the message is greater
    than the specified UNCHANGEDSINCE value, then the requested operation MUST NOT be
    performed." and "If this list is non-empty, the server MUST return in the tagged response a
    MODIFIED response code." and "Use of UNCHANGEDSINCE with a modification sequence of 0 always
    fails if the metadata item exists. A system flag MUST always be considered existent, whether
    it was set or not."
    Given the mailbox $Work holds 1 plain message
    And the client is logged in
    When the client sends "SELECT $Work (CONDSTORE)"
    And the client sends "STORE 1 (UNCHANGEDSINCE 0) +FLAGS (\Flagged)"
    Then the server answers OK with response code MODIFIED
    And message 1 in $Work does not have the flag \Flagged
