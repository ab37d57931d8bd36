@imap
Feature: Common extensions, when advertised (NAMESPACE, ID, ENABLE, MOVE, LITERAL+, SPECIAL-USE, CONDSTORE)

  Every scenario here is skipped, not failed, when the server does not advertise the
  capability it checks.

  @must @cap-NAMESPACE @rfc9051-6.3.10 @rfc2342-5
  Scenario: namespace returns one untagged NAMESPACE response
    RFC 9051 6.3.10: "The NAMESPACE command causes a single untagged NAMESPACE response to
    be returned. The untagged NAMESPACE response contains the prefix and hierarchy
    delimiter to the server's Personal Namespace(s), Other Users' Namespace(s), and Shared
    Namespace(s) that the server wishes to expose. The response will contain a NIL for any
    namespace class that is not available."
    Given the client is logged in
    When the client sends "NAMESPACE"
    Then the server answers OK
    And the server sends the untagged response "* NAMESPACE <any> <any> <any>"

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

  @must @cap-NAMESPACE @rfc9051-6 @rfc9051-6.3.10
  Scenario: namespace before login is rejected
    RFC 9051 6.3: NAMESPACE is an authenticated-state command; RFC 9051 6: "the server will
    respond with a BAD or NO (depending upon server implementation) command completion
    result."
    Given the client is connected
    When the client sends "NAMESPACE"
    Then the server answers NO or BAD

  @must @cap-ID @rfc2971-3.1
  Scenario: id is answered with an untagged ID response before login
    RFC 2971 3.1: the ID command is valid in every state, and the server answers it with an
    untagged ID response (its own parameter list, or NIL) and a tagged OK.
    Given the client is connected
    When the client sends "ID ("name" "mailspec")"
    Then the server answers OK
    And the server sends an untagged ID response

  @must @cap-ID @rfc2971-3.1
  Scenario: id accepts NIL
    RFC 2971 3.1: "id_params_list ::= "(" #(string SPACE nstring) ")" / nil" — a client may
    send NIL instead of a list.
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

  @must @cap-ENABLE @rfc9051-6 @rfc5161-3.1
  Scenario: enable before login is rejected
    RFC 5161 3.1: "The ENABLE command is only valid in the authenticated state". RFC 9051 6:
    "the server will respond with a BAD or NO (depending upon server implementation)
    command completion result."
    Given the client is connected
    When the client sends "ENABLE CONDSTORE"
    Then the server answers NO or BAD

  @must @cap-MOVE @rfc9051-6.4.8 @rfc6851-3.1
  Scenario: move transfers the message and expunges it from the source
    RFC 9051 6.4.8: "The MOVE command takes two arguments: a message set (sequence numbers or
    UIDs) and a named mailbox. Each message included in the set is moved, rather than
    copied, from the selected (source) mailbox to the named (target) mailbox." The moved
    message leaves the source, which the server reports with EXPUNGE as EXPUNGE does
    (RFC 9051 6.4.3, 7.5.1).
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
    RFC 6851 3.3: MOVE follows COPY in its error handling; RFC 9051 6.4.7 (COPY): "Unless it
    is certain that the destination mailbox can not be created, the server MUST send the
    response code "[TRYCREATE]" as the prefix of the text of the tagged NO response."
    Given the mailbox $Work holds 1 plain message
    And the mailbox $Missing does not exist but may be created
    And the client has selected $Work
    When the client sends "MOVE 1 $Missing"
    Then the server answers NO with response code TRYCREATE
    And the mailbox $Work holds 1 message

  @must @cap-MOVE @rfc9051-6 @rfc9051-6.4.8
  Scenario: move without a selected mailbox is rejected
    RFC 9051 6: "the server will respond with a BAD or NO (depending upon server
    implementation) command completion result."
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
    RFC 7888 3: "The non-synchronizing literal is distinguished from the synchronizing
    literal by the presence of "+" before the closing "}" of the character count. The server
    does not generate a command continuation request in response to a non-synchronizing
    literal".
    Given the mailbox $Work exists
    And the client is logged in
    When the client sends "APPEND $Work <message+:plain>"
    Then the server sends no continuation request
    And the server answers OK
    And the mailbox $Work holds 1 message

  @must @cap-LITERAL+ @rfc7888-3
  Scenario: a non-synchronizing literal may be any argument
    RFC 7888 3: "The non-synchronizing literal is distinguished from the synchronizing
    literal by the presence of "+" before the closing "}" of the character count." It is a
    literal, valid wherever the grammar allows one.
    Given the client is connected
    When the client sends "LOGIN <literal+:<user>> <literal+:<password>>"
    Then the server sends no continuation request
    And the server answers OK

  @must @cap-SPECIAL-USE @cap-LIST-EXTENDED @rfc6154-5
  Scenario: list with the SPECIAL-USE selection option returns only special-use mailboxes
    RFC 6154 5 (with LIST-EXTENDED): "SPECIAL-USE - The "SPECIAL-USE" selection option causes
    the LIST command to return only those mailboxes that have a special-use attribute set."
    Given the client is logged in
    When the client sends "LIST (SPECIAL-USE) "" *"
    Then the server answers OK
    And every LIST response carries a special-use attribute

  @must @cap-CONDSTORE @rfc7162-3.1.2
  Scenario: select with CONDSTORE reports HIGHESTMODSEQ
    RFC 7162 3.1.2.1: "A server supporting the persistent storage of mod-sequences for the
    mailbox MUST send the OK untagged response including the HIGHESTMODSEQ response code
    with every successful SELECT or EXAMINE command" (once CONDSTORE is enabled, here by
    the CONDSTORE select parameter).
    Given the mailbox $Work holds 1 plain message
    And the client is logged in
    When the client sends "SELECT $Work (CONDSTORE)"
    Then the server answers OK
    And the server sends an untagged OK with response code HIGHESTMODSEQ

  @must @cap-CONDSTORE @rfc7162-3.1.3
  Scenario: store with UNCHANGEDSINCE lower than the MODSEQ fails with MODIFIED
    RFC 7162 3.1.3: "If the mod-sequence of every metadata item of the message affected by
    the STORE/UID STORE is equal to or less than the specified UNCHANGEDSINCE value, then
    the requested operation ... is performed. ... Otherwise, the server MUST NOT perform the
    operation and the message number or UID is returned in the MODIFIED response code".
    Given the mailbox $Work holds 1 plain message
    And the client is logged in
    When the client sends "SELECT $Work (CONDSTORE)"
    And the client sends "STORE 1 (UNCHANGEDSINCE 0) +FLAGS (\Flagged)"
    Then the server answers OK with response code MODIFIED
    And message 1 in $Work does not have the flag \Flagged
