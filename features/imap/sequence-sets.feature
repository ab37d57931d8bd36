@imap
Feature: Sequence sets and other grammar corners (RFC 9051 sections 9 and 4)

  @must @rfc9051-9
  Scenario: the set 1:* addresses every message
    RFC 9051 9: 'seq-range = seq-number ":" seq-number ; two seq-number values and all values
    between these two regardless of order.' and "* represents the largest number in use."
    Level: MUST, because the grammar defines which numbers the set addresses.
    Given the mailbox $Work holds 3 plain messages
    And the client has selected $Work
    When the client sends "FETCH 1:* FLAGS"
    Then the server answers OK
    And the server returns FETCH data for messages 1 2 3

  @must @rfc9051-9
  Scenario: the set * addresses the last message
    RFC 9051 9 (seq-number): "* represents the largest number in use. In the case of message
    sequence numbers, it is the number of messages in a non-empty mailbox."
    Level: MUST, because the grammar defines which numbers the set addresses.
    Given the mailbox $Work holds 3 plain messages
    And the client has selected $Work
    When the client sends "FETCH * FLAGS"
    Then the server answers OK
    And the server returns FETCH data for messages 3

  @must @rfc9051-9
  Scenario: a range written high to low is the same range
    RFC 9051 9: "seq-range = seq-number ":" seq-number ; two seq-number values and all values
    between these two regardless of order. ; Example: 2:4 and 4:2 are equivalent and
    indicate values 2, 3, and 4."
    Level: MUST, because the grammar defines which numbers the set addresses.
    Given the mailbox $Work holds 3 plain messages
    And the client has selected $Work
    When the client sends "FETCH 3:1 FLAGS"
    Then the server answers OK
    And the server returns FETCH data for messages 1 2 3

  @must @rfc9051-9
  Scenario: a range ending in * written first is the same range
    RFC 9051 9: "two seq-number values and all values between these two regardless of
    order." *:2 is 2:*.
    Level: MUST, because the grammar defines which numbers the set addresses.
    Given the mailbox $Work holds 4 plain messages
    And the client has selected $Work
    When the client sends "FETCH *:3 FLAGS"
    Then the server answers OK
    And the server returns FETCH data for messages 3 4

  @must @rfc9051-9
  Scenario: a list of numbers and ranges addresses each of them
    RFC 9051 9: 'sequence-set = (seq-number / seq-range) ["," sequence-set] ; set of
    seq-number values, regardless of order. ; Servers MAY coalesce overlaps and/or execute
    the sequence in any order. ; Example: a message sequence number set of ; 2,4:7,9,12:*
    for a mailbox with 15 messages is ; equivalent to 2,4,5,6,7,9,12,13,14,15'.
    Level: MUST, because the grammar defines which numbers the set addresses; its MAY lets the server coalesce and reorder, which the check allows.
    Given the mailbox $Work holds 6 plain messages
    And the client has selected $Work
    When the client sends "FETCH 1,3:4,6 FLAGS"
    Then the server answers OK
    And the server returns FETCH data for messages 1 3 4 6

  @must @rfc9051-9
  Scenario: overlapping parts of a set address each message once
    RFC 9051 9: "set of seq-number values, regardless of order. Servers MAY coalesce
    overlaps and/or execute the sequence in any order." The messages addressed are the
    union.
    Level: MUST, because the grammar defines which numbers the set addresses; its MAY lets the server coalesce and reorder, which the check allows.
    Given the mailbox $Work holds 4 plain messages
    And the client has selected $Work
    When the client sends "FETCH 2:3,3:4,2 FLAGS"
    Then the server answers OK
    And the server returns FETCH data for messages 2 3 4

  @should @rfc9051-9
  Scenario: the set * in an empty mailbox is BAD
    RFC 9051 9 (seq-number): "The server should respond with a tagged BAD response to a
    command that uses a message sequence number greater than the number of messages in the
    selected mailbox. This includes "*" if the selected mailbox is empty."
    Level: SHOULD, because the RFC writes this "should" in lower case, a recommendation, not a definition of the result.
    Given the mailbox $Empty exists
    And the client has selected $Empty
    When the client sends "FETCH * FLAGS"
    Then the server answers BAD

  @should @rfc9051-9 @rfc9051-2.2.2
  Scenario: a set with a zero is a syntax error
    RFC 9051 9: "seq-number = nz-number / "*"" and "nz-number = digit-nz *DIGIT ; Non-zero
    unsigned 32-bit integer". RFC 9051 2.2.2: "Servers SHOULD strictly enforce the syntax
    outlined in this specification. Any client command with a protocol syntax error, including
    (but not limited to) missing or extraneous spaces or arguments, SHOULD be rejected and the
    client given a BAD server completion response."
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "FETCH 0:1 FLAGS"
    Then the server answers BAD

  @must @rfc9051-9
  Scenario: a UID range beyond the last UID still finds the last message
    RFC 9051 9 (seq-number): "In the case of unique identifiers, it is the unique identifier
    of the last message in the mailbox". RFC 9051 6.4.9: "a UID range of 559:* always
    includes the UID of the last message in the mailbox, even if 559 is higher than any
    assigned UID value."
    Level: MUST, because the sentences define what the range addresses.
    Given the mailbox $Work holds 2 plain messages
    And the client has selected $Work
    When the client sends "UID FETCH 4000000000:* FLAGS"
    Then the server answers OK
    And the server returns FETCH data for messages 2

  @must @rfc9051-6.2.3 @rfc9051-4.3
  Scenario: empty quoted strings are valid arguments
    RFC 9051 4.3: "The quoted string form is an alternative that avoids the overhead of
    processing a literal, but has limitations on the characters that may be used." RFC 9051 9:
    "userid = astring". An empty user name is a valid string; the login fails with NO, not BAD.
    Level: MUST, because the grammar makes "" a valid argument and the Result list defines NO for rejected credentials.
    Given the client is connected
    When the client sends "LOGIN "" """
    Then the server answers NO

  @must @rfc9051-4.5 @rfc9051-6.4.4
  Scenario: an empty search string matches every message that has the header
    RFC 9051 6.4.4: "HEADER <field-name> <string> ... If the string to search is
    zero-length, this matches all messages that have a header field with the specified
    field-name regardless of the contents."
    Level: MUST, because the sentence defines which messages the key matches.
    Given the mailbox $Work holds 2 plain messages
    And the client has selected $Work
    When the client sends "SEARCH HEADER Subject """
    Then the server answers OK
    And the search finds messages 1 2

  @must @rfc9051-4.3 @rfc9051-6.4.4
  Scenario: a zero-length literal is a valid string
    RFC 9051 4.3: "A synchronizing literal is a sequence of zero or more octets (including CR
    and LF), prefix-quoted with an octet count". {0} is a valid empty string.
    Level: MUST, because the sentence defines {0} as a literal.
    Given the mailbox $Work holds 2 plain messages
    And the client has selected $Work
    When the client sends "SEARCH HEADER Subject <literal:>"
    Then the server answers OK
    And the search finds messages 1 2

  @must @rfc9051-7.5.2 @rfc9051-4.3
  Scenario: a FETCH literal carries exactly the number of octets it announces
    RFC 9051 4.3: "A synchronizing literal is a sequence of zero or more octets (including CR
    and LF), prefix-quoted with an octet count in the form of an open brace ("{"), the number of
    octets, a close brace ("}"), and a CRLF." Each FETCH of a part must be framed right for the
    next item to parse.
    Level: MUST, because the sentence defines the literal the server sends.
    Given the mailbox $Work holds 1 nested message
    And the client has selected $Work
    When the client sends "FETCH 1 (BODY.PEEK[1] BODY.PEEK[2.HEADER] BODY.PEEK[2.1] BODY.PEEK[2.2] RFC822.SIZE)"
    Then the server answers OK
    And the BODY[1] of message 1 is section 1 of the nested message
    And the BODY[2.HEADER] of message 1 is section 2.HEADER of the nested message
    And the BODY[2.1] of message 1 is section 2.1 of the nested message
    And the BODY[2.2] of message 1 is section 2.2 of the nested message
    And the RFC822.SIZE of message 1 is the size of the nested message

  @must @rfc9051-7.5.2 @rfc9051-6.4.5.1
  Scenario: a FETCH of a part of an encapsulated message addresses inside it
    RFC 9051 6.4.5.1: "Every message has at least one part number." and "A part of type
    MESSAGE/RFC822 or MESSAGE/GLOBAL also has nested part numbers, referring to parts of the
    MESSAGE part's body." and "The MIME part specifier refers to the [MIME-IMB] header for this
    part." and "The HEADER, HEADER.FIELDS, and HEADER.FIELDS.NOT part specifiers refer to the
    [RFC5322] header of the message or of an encapsulated [MIME-IMT] MESSAGE/RFC822 or
    MESSAGE/GLOBAL message."
    Level: MUST, because the sentences define what the part specifiers address.
    Given the mailbox $Work holds 1 nested message
    And the client has selected $Work
    When the client sends "FETCH 1 (BODY.PEEK[2.MIME] BODY.PEEK[2.HEADER.FIELDS (SUBJECT)])"
    Then the server answers OK
    And the BODY[2.MIME] of message 1 is section 2.MIME of the nested message
    And the BODY[2.HEADER.FIELDS (SUBJECT)] of message 1 is section 2.HEADER.FIELDS (SUBJECT) of the nested message
