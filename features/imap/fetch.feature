@imap
Feature: FETCH (RFC 9051 section 6.4.5, FETCH response 7.5.2)

  The seed's "1 FETCH <ID> all" retrieves data associated with a message in the mailbox.
  The ALL macro, as the seed writes it in lower case, stands for
  (FLAGS INTERNALDATE RFC822.SIZE ENVELOPE).

  @must @seed @rfc9051-6.4.5
  Scenario: fetch all as the seed writes it returns flags, internal date, size and envelope
    RFC 9051 6.4.5: "ALL - Macro equivalent to: (FLAGS INTERNALDATE RFC822.SIZE ENVELOPE)".
    Atoms are case-insensitive (RFC 9051 9: "Unless otherwise noted, all alphabetic characters
    are case insensitive. The use of uppercase or lowercase characters to define token strings
    is for editorial clarity only. Implementations MUST accept these strings in a
    case-insensitive fashion."), so "all" is ALL.
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "FETCH 1 all"
    Then the server answers OK
    And the server returns these items for message 1:
      | FLAGS        |
      | INTERNALDATE |
      | RFC822.SIZE  |
      | ENVELOPE     |

  @must @seed @rfc9051-6.4.5
  Scenario: fetch ALL returns flags, internal date, size and envelope
    RFC 9051 6.4.5: "ALL - Macro equivalent to: (FLAGS INTERNALDATE RFC822.SIZE ENVELOPE)".
    Level: MUST, because the sentence defines what the ALL macro fetches.
    Given the mailbox $Work holds 2 plain messages
    And the client has selected $Work
    When the client sends "FETCH 2 ALL"
    Then the server answers OK
    And the server returns FETCH data for messages 2
    And the server returns these items for message 2:
      | FLAGS        |
      | INTERNALDATE |
      | RFC822.SIZE  |
      | ENVELOPE     |

  @must @seed @rfc9051-6.4.5
  Scenario: fetch FAST and FULL expand to their items
    RFC 9051 6.4.5: "FAST - Macro equivalent to: (FLAGS INTERNALDATE RFC822.SIZE)" and
    "FULL - Macro equivalent to: (FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODY)".
    Level: MUST, because the sentences define what the FAST and FULL macros fetch.
    Given the mailbox $Work holds 1 multipart message
    And the client has selected $Work
    When the client sends "FETCH 1 FULL"
    Then the server answers OK
    And the server returns these items for message 1:
      | FLAGS        |
      | INTERNALDATE |
      | RFC822.SIZE  |
      | ENVELOPE     |
      | BODY         |

  @must @rfc9051-6.4.5
  Scenario: fetch FAST returns flags, internal date and size
    RFC 9051 6.4.5: "FAST - Macro equivalent to: (FLAGS INTERNALDATE RFC822.SIZE)".
    Level: MUST, because the sentence defines the result of FETCH.
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "FETCH 1 FAST"
    Then the server answers OK
    And the server returns these items for message 1:
      | FLAGS        |
      | INTERNALDATE |
      | RFC822.SIZE  |
    And the RFC822.SIZE of message 1 is the size of the plain message

  @must @seed @rfc9051-3 @rfc9051-6.4.5
  Scenario: fetch without a selected mailbox is rejected
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result." FETCH is valid only in the selected
    state.
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is logged in
    When the client sends "FETCH 1 ALL"
    Then the server answers NO or BAD

  @should @seed @rfc9051-6.4.5 @rfc9051-9 @rfc9051-2.2.2
  Scenario: fetch of an unknown data item is a syntax error
    RFC 9051 9: the fetch-att production lists every data item; RFC 9051 6.4.5: "BAD - command
    unknown or arguments invalid". RFC 9051 2.2.2: "Servers SHOULD strictly enforce the syntax
    outlined in this specification. Any client command with a protocol syntax error, including
    (but not limited to) missing or extraneous spaces or arguments, SHOULD be rejected and the
    client given a BAD server completion response."
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "FETCH 1 (FLAGS BOGUS-ITEM)"
    Then the server answers BAD

  @should @seed @rfc9051-9
  Scenario: fetch of a sequence number beyond EXISTS is BAD
    RFC 9051 9 (seq-number): "The server should respond with a tagged BAD response to a command
    that uses a message sequence number greater than the number of messages in the selected
    mailbox. This includes "*" if the selected mailbox is empty."
    Level: SHOULD, because the RFC writes this "should" in lower case, a recommendation, not a definition of the result.
    Given the mailbox $Work holds 2 plain messages
    And the client has selected $Work
    When the client sends "FETCH 5 ALL"
    Then the server answers BAD

  @must @seed @rfc9051-6.4.5 @rfc9051-7.5.2
  Scenario: fetch FLAGS returns the flags the message carries
    RFC 9051 7.5.2: "FLAGS - A parenthesized list of flags that are set for this message."
    Level: MUST, because the sentence defines what FETCH returns for this data item.
    Given the mailbox $Work holds the messages:
      | fixture | flags              |
      | plain   | \Flagged \Answered |
    And the client has selected $Work
    When the client sends "FETCH 1 FLAGS"
    Then the server answers OK
    And message 1 has the flag \Flagged
    And message 1 has the flag \Answered
    And message 1 does not have the flag \Deleted

  @must @seed @rfc9051-6.4.5 @rfc9051-2.3.4
  Scenario: fetch RFC822.SIZE returns the size of the message in octets
    RFC 9051 2.3.4: "RFC822.SIZE is the number of octets in the message when the message is
    expressed in [RFC5322] format." RFC 9051 7.5.2: "RFC822.SIZE - A number expressing the size
    of a message, as described in Section 2.3.4."
    Level: MUST, because the sentences define the attribute; the SHOULD after them is about matching FETCH BODY[].
    Given the mailbox $Work holds 1 long-lines message
    And the client has selected $Work
    When the client sends "FETCH 1 RFC822.SIZE"
    Then the server answers OK
    And the RFC822.SIZE of message 1 is the size of the long-lines message

  @must @seed @rfc9051-6.4.5 @rfc9051-2.3.1.1
  Scenario: fetch UID returns the unique identifier of the message
    RFC 9051 6.4.5: "UID - The unique identifier for the message." RFC 9051 2.3.1.1: "A UID is
    an unsigned non-zero 32-bit value assigned to each message, which when used with the unique
    identifier validity value (see below) forms a 64-bit value that MUST NOT refer to any other
    message in the mailbox or any subsequent mailbox with the same name forever."
    Given the mailbox $Work holds 3 plain messages
    And the client has selected $Work
    When the client sends "FETCH 2 UID"
    Then the server answers OK
    And the UID of message 2 is the one recorded when it was appended

  @must @seed @rfc9051-6.4.5 @rfc9051-7.5.2
  Scenario: fetch ENVELOPE returns the header fields in envelope order
    RFC 9051 7.5.2: "ENVELOPE - A parenthesized list that describes the envelope structure
    of a message. ... The fields of the envelope structure are in the following order:
    date, subject, from, sender, reply-to, to, cc, bcc, in-reply-to, and message-id."
    Level: MUST, because the sentence defines what FETCH returns for this data item.
    Given the mailbox $Work holds a message with:
      | Date       | Mon, 7 Feb 1994 21:52:25 -0800          |
      | Subject    | afternoon meeting                       |
      | From       | Fred Foobar <foobar@Blurdybloop.example> |
      | To         | mooch@owatagu.siam.edu.example          |
      | Message-ID | <B27397-0100000@Blurdybloop.example>    |
      | body       | Hello Joe, do you think we can meet?    |
    And the client has selected $Work
    When the client sends "FETCH 1 ENVELOPE"
    Then the server answers OK
    And the ENVELOPE of message 1 has date "Mon, 7 Feb 1994 21:52:25 -0800"
    And the ENVELOPE of message 1 has subject "afternoon meeting"
    And the ENVELOPE of message 1 has from "Fred Foobar <foobar@Blurdybloop.example>"
    And the ENVELOPE of message 1 has to "mooch@owatagu.siam.edu.example"
    And the ENVELOPE of message 1 has message-id "<B27397-0100000@Blurdybloop.example>"

  @must @seed @rfc9051-7.5.2
  Scenario: fetch ENVELOPE fills sender and reply-to from the from field
    RFC 9051 7.5.2: "If the Sender or Reply-To header fields are absent in the [RFC5322] header,
    or are present but empty, the server sets the corresponding member of the envelope to be the
    same value as the from member (the client is not expected to know how to do this)."
    Level: MUST, because the sentence defines what the server puts in the envelope.
    Given the mailbox $Work holds a message with:
      | Subject | no sender here                 |
      | From    | Alice <alice@example.org>      |
      | To      | bob@example.org                |
      | body    | The envelope fills the gaps.   |
    And the client has selected $Work
    When the client sends "FETCH 1 ENVELOPE"
    Then the server answers OK
    And the ENVELOPE of message 1 has sender "Alice <alice@example.org>"
    And the ENVELOPE of message 1 has reply-to "Alice <alice@example.org>"

  @must @seed @rfc9051-7.5.2
  Scenario: fetch ENVELOPE returns NIL for absent fields
    RFC 9051 7.5.2: "If the Date, Subject, In-Reply-To, and Message-ID header fields are absent
    in the [RFC5322] header, the corresponding member of the envelope is NIL; if these header
    fields are present but empty, the corresponding member of the envelope is the empty string."
    and "If the From, To, Cc, and Bcc header fields are absent in the [RFC5322] header, or are
    present but empty, the corresponding member of the envelope is NIL."
    Level: MUST, because the sentences define what the server puts in the envelope.
    Given the mailbox $Work holds a message with:
      | Subject | only a subject            |
      | From    | Alice <alice@example.org> |
      | body    | No Cc, no In-Reply-To.    |
    And the client has selected $Work
    When the client sends "FETCH 1 ENVELOPE"
    Then the server answers OK
    And the ENVELOPE of message 1 has cc NIL
    And the ENVELOPE of message 1 has in-reply-to NIL

  @must @seed @rfc9051-6.4.5 @rfc9051-7.5.2
  Scenario: fetch BODYSTRUCTURE describes a multipart message with an attachment
    RFC 9051 7.5.2: "BODYSTRUCTURE - A parenthesized list that describes the [MIME-IMB] body
    structure of a message." "Multiple parts are indicated by parenthesis nesting. Instead
    of a body type as the first element of the parenthesized list, there is a sequence of
    one or more nested body structures. The second element of the parenthesized list is
    the multipart subtype (mixed, digest, parallel, alternative, etc.)."
    Level: MUST, because the sentence defines what FETCH returns for this data item.
    Given the mailbox $Work holds 1 multipart message
    And the client has selected $Work
    When the client sends "FETCH 1 BODYSTRUCTURE"
    Then the server answers OK
    And the BODYSTRUCTURE of message 1 has the parts:
      | part | type                     | encoding |
      |      | MULTIPART/MIXED          |          |
      | 1    | TEXT/PLAIN               |          |
      | 2    | APPLICATION/OCTET-STREAM | BASE64   |

  @must @seed @rfc9051-6.4.5 @rfc9051-7.5.2
  Scenario: fetch BODYSTRUCTURE describes an encapsulated message
    RFC 9051 7.5.2: "A body type of type MESSAGE and subtype RFC822 contains, immediately
    after the basic fields, the envelope structure, body structure, and size in text lines
    of the encapsulated message."
    Level: MUST, because the sentence defines what FETCH returns for this data item.
    Given the mailbox $Work holds 1 nested message
    And the client has selected $Work
    When the client sends "FETCH 1 BODYSTRUCTURE"
    Then the server answers OK
    And the BODYSTRUCTURE of message 1 has the parts:
      | part | type            |
      |      | MULTIPART/MIXED |
      | 1    | TEXT/PLAIN      |
      | 2    | MESSAGE/RFC822  |
      | 2.1  | TEXT/PLAIN      |

  @must @rfc9051-7.5.2
  Scenario Outline: fetch BODYSTRUCTURE gives the size of every part in octets and lines
    RFC 9051 7.5.2: "A number giving the size of the body in octets. Note that this size is
    the size in its transfer encoding and not the resulting size after any decoding." "A
    body type of type TEXT contains, immediately after the basic fields, the size of the body
    in text lines." "A body type of type MESSAGE and subtype RFC822 contains, immediately
    after the basic fields, the envelope structure, body structure, and size in text lines of
    the encapsulated message." These sentences define the fields' values (a MUST). Each
    part's body is cut from the message as seeded (RFC 2046 5.1.1: the CRLF before a
    boundary belongs to the boundary); a last line without CRLF may be counted or not.
    Level: MUST, because the sentence defines the result of FETCH BODYSTRUCTURE.
    Given the mailbox $Work holds 1 <fixture> message
    And the client has selected $Work
    When the client sends "FETCH 1 BODYSTRUCTURE"
    Then the server answers OK
    And the BODYSTRUCTURE of message 1 gives the size of every part of the <fixture> message

    Examples:
      | fixture   |
      | plain     |
      | multipart |
      | nested    |
      | 8bit      |

  @must @seed @rfc9051-6.4.5
  Scenario: fetch BODY[] returns the whole message unchanged
    RFC 9051 6.4.5: "BODY[<section>]<<partial>> - The text of a particular body section.
    ... An empty section specification refers to the entire message, including the
    header."
    Level: MUST, because the sentence defines what FETCH returns for this data item.
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "FETCH 1 BODY[]"
    Then the server answers OK
    And the BODY[] of message 1 is the plain message

  @must @seed @rfc9051-6.4.5
  Scenario: fetch BODY[] sets the Seen flag
    RFC 9051 6.4.5: "BODY[<section>]<<partial>> ... The \Seen flag is implicitly set; if
    this causes the flags to change, they SHOULD be included as part of the FETCH
    responses."
    Level: MUST, because the clause "The \Seen flag is implicitly set" states the result; its SHOULD is about reporting the change.
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "FETCH 1 BODY[]"
    And the client sends "FETCH 1 FLAGS"
    Then the server answers OK
    And message 1 has the flag \Seen

  @should @seed @rfc9051-6.4.5
  Scenario: fetch BODY[] reports the new Seen flag in its FETCH response
    RFC 9051 6.4.5: "The \Seen flag is implicitly set; if this causes the flags to change,
    they SHOULD be included as part of the FETCH responses."
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "FETCH 1 BODY[]"
    Then the server answers OK
    And message 1 has the flag \Seen

  @must @seed @rfc9051-6.4.5
  Scenario: fetch BODY.PEEK[] does not set the Seen flag
    RFC 9051 6.4.5: "BODY.PEEK[<section>]<<partial>> - An alternate form of
    BODY[<section>] that does not implicitly set the \Seen flag."
    Level: MUST, because the sentence defines what FETCH returns for this data item.
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "FETCH 1 BODY.PEEK[]"
    Then the server answers OK
    And the BODY[] of message 1 is the plain message
    And message 1 in $Work does not have the flag \Seen

  @must @seed @rfc9051-6.4.5
  Scenario: fetch of a partial body returns the requested octets with the origin
    RFC 9051 6.4.5: "It is possible to fetch a substring of the designated text. This is
    done by appending an open angle bracket ("<"), the octet position of the first desired
    octet, a period, the maximum number of octets desired, and a close angle bracket
    (">") to the part specifier." RFC 9051 7.5.2: "If the origin octet is specified, this
    string is a substring of the entire body contents, starting at that origin octet."
    Level: MUST, because the sentence defines what FETCH returns for this data item.
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "FETCH 1 BODY.PEEK[]<5.10>"
    Then the server answers OK
    And the BODY[]<5> of message 1 is octets 5 to 14 of the plain message

  @must @seed @rfc9051-6.4.5
  Scenario: fetch of a partial body that starts beyond the end returns an empty string
    RFC 9051 6.4.5: "If the starting octet is beyond the end of the text, an empty string
    is returned."
    Level: MUST, because the sentence defines what FETCH returns for this data item.
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "FETCH 1 BODY.PEEK[]<1000000.10>"
    Then the server answers OK
    And the BODY[]<1000000> of message 1 is ""

  @must @seed @rfc9051-6.4.5
  Scenario: fetch of a partial body longer than the message is truncated
    RFC 9051 6.4.5: "Any partial fetch that attempts to read beyond the end of the text is
    truncated as appropriate. A partial fetch that starts at octet 0 is returned as a
    partial fetch, even if this truncation happened."
    Level: MUST, because the sentence defines what FETCH returns for this data item.
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "FETCH 1 BODY.PEEK[]<0.1000000>"
    Then the server answers OK
    And the BODY[]<0> of message 1 is the plain message

  @must @seed @rfc9051-6.4.5 @rfc9051-6.4.5.1
  Scenario: fetch BODY.PEEK[HEADER] ends with the blank line
    RFC 9051 6.4.5.1: "Subsetting does not exclude the [RFC5322] delimiting blank line between
    the header and the body; the blank line is included in all header fetches, except in the
    case of a message that has no body and no blank line." RFC 9051 7.5.2: "the [RFC5322]
    delimiting blank line between the header and the body is not affected by header-line
    subsetting; the blank line is always included as part of the header data, except in the case
    of a message that has no body and no blank line."
    Level: MUST, because the sentences define what a header fetch returns.
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "FETCH 1 BODY.PEEK[HEADER]"
    Then the server answers OK
    And the BODY[HEADER] of message 1 is section HEADER of the plain message
    And the BODY[HEADER] of message 1 ends with a blank line

  @must @seed @rfc9051-6.4.5 @rfc9051-6.4.5.1
  Scenario: fetch HEADER.FIELDS returns only the named fields
    RFC 9051 6.4.5.1: "The subset returned by HEADER.FIELDS contains only those header fields
    with a field-name that matches one of the names in the list" and "The field-matching is
    ASCII-range case insensitive but is otherwise exact."
    Level: MUST, because the sentences define what HEADER.FIELDS returns.
    Given the mailbox $Work holds a message with:
      | Subject | pick me                   |
      | From    | Alice <alice@example.org> |
      | body    | Only the Subject please.  |
    And the client has selected $Work
    When the client sends "FETCH 1 BODY.PEEK[HEADER.FIELDS (subject)]"
    Then the server answers OK
    And the BODY[HEADER.FIELDS (SUBJECT)] of message 1 is "Subject: pick me\r\n\r\n"

  @must @rfc9051-6.4.5
  Scenario: fetch HEADER.FIELDS.NOT returns every field but the named ones
    RFC 9051 6.4.5: "similarly, the subset returned by HEADER.FIELDS.NOT contains only the
    header fields with a non-matching field-name." "Subsetting does not exclude the [RFC5322]
    delimiting blank line between the header and the body".
    Level: MUST, because the sentence defines the result of FETCH.
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "FETCH 1 BODY.PEEK[HEADER.FIELDS.NOT (SUBJECT DATE)]"
    Then the server answers OK
    And the BODY[HEADER.FIELDS.NOT (SUBJECT DATE)] of message 1 is section HEADER.FIELDS.NOT (SUBJECT DATE) of the plain message

  @must @seed @rfc9051-6.4.5 @rfc9051-6.4.5.1
  Scenario: fetch of a numbered part returns that part's body
    RFC 9051 6.4.5.1: "Every message has at least one part number." and "Multipart messages are
    assigned consecutive part numbers, as they occur in the message."
    Level: MUST, because the sentences define which part a part number names.
    Given the mailbox $Work holds 1 multipart message
    And the client has selected $Work
    When the client sends "FETCH 1 (BODY.PEEK[1] BODY.PEEK[2])"
    Then the server answers OK
    And the BODY[1] of message 1 is section 1 of the multipart message
    And the BODY[2] of message 1 is section 2 of the multipart message

  @must @seed @rfc9051-6.4.5 @rfc9051-6.4.5.1
  Scenario: fetch of part 1 of a non-multipart message returns its body
    RFC 9051 6.4.5.1: "Every message has at least one part number. Messages that do not use
    MIME, and MIME messages that are not multipart and have no encapsulated message within them,
    only have a part 1."
    Level: MUST, because the sentence defines which part a part number names.
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "FETCH 1 BODY.PEEK[1]"
    Then the server answers OK
    And the BODY[1] of message 1 is section TEXT of the plain message

  @must @seed @rfc9051-6.4.5 @rfc9051-6.4.5.1
  Scenario: fetch of the header of an encapsulated message
    RFC 9051 6.4.5.1: "The HEADER, HEADER.FIELDS, and HEADER.FIELDS.NOT part specifiers refer to
    the [RFC5322] header of the message or of an encapsulated [MIME-IMT] MESSAGE/RFC822 or
    MESSAGE/GLOBAL message." and "the blank line is included in all header fetches, except in
    the case of a message that has no body and no blank line."
    Level: MUST, because the sentences define what the part specifier returns.
    Given the mailbox $Work holds 1 nested message
    And the client has selected $Work
    When the client sends "FETCH 1 BODY.PEEK[2.HEADER]"
    Then the server answers OK
    And the BODY[2.HEADER] of message 1 is section 2.HEADER of the nested message
    And the BODY[2.HEADER] of message 1 ends with a blank line

  @must @seed @rfc9051-6.4.5 @rfc2046-5.1.1
  Scenario: fetch of the last part of a multipart ends where the part ends
    RFC 9051 6.4.5: "The TEXT part specifier refers to the text body of the message,
    omitting the [RFC5322] header." RFC 2046 5.1.1: "The boundary delimiter MUST occur at
    the beginning of a line, i.e., following a CRLF, and the initial CRLF is considered to
    be attached to the boundary delimiter line rather than part of the preceding part." The
    CRLF before the closing boundary of the outer multipart is not part of part 2.
    Given the mailbox $Work holds 1 nested message
    And the client has selected $Work
    When the client sends "FETCH 1 (BODY.PEEK[2] BODY.PEEK[2.TEXT])"
    Then the server answers OK
    And the BODY[2] of message 1 is section 2 of the nested message
    And the BODY[2.TEXT] of message 1 is section 2.TEXT of the nested message

  @must @seed @rfc9051-6.4.5 @rfc9051-4.3
  Scenario: fetch of an 8-bit message returns its octets in a literal of the right length
    RFC 9051 4.3: "A synchronizing literal is a sequence of zero or more octets (including CR
    and LF), prefix-quoted with an octet count in the form of an open brace ("{"), the number of
    octets, a close brace ("}"), and a CRLF." The count must match what follows.
    Level: MUST, because the sentence defines the literal the server sends.
    Given the mailbox $Work holds 1 8bit message
    And the client has selected $Work
    When the client sends "FETCH 1 BODY.PEEK[]"
    Then the server answers OK
    And the BODY[] of message 1 is the 8bit message

  @must @seed @rfc9051-6.4.5
  Scenario: fetch of a message with 998-octet lines returns it unchanged
    RFC 9051 6.4.5: "An empty section specification refers to the entire message,
    including the header." The server returns the message as it was appended.
    Level: MUST, because the sentence defines what BODY[] returns.
    Given the mailbox $Work holds 1 long-lines message
    And the client has selected $Work
    When the client sends "FETCH 1 BODY.PEEK[]"
    Then the server answers OK
    And the BODY[] of message 1 is the long-lines message

  @must @seed @rfc9051-6.4.5
  Scenario: fetch of a parenthesized item list returns every item
    RFC 9051 6.4.5: "The data items to be fetched can be either a single atom or a parenthesized
    list." and "The currently defined data items that can be fetched are:"
    Level: MUST, because the sentence defines what FETCH takes, and each item is returned as defined.
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "FETCH 1 (UID FLAGS RFC822.SIZE)"
    Then the server answers OK
    And the server returns these items for message 1:
      | UID         |
      | FLAGS       |
      | RFC822.SIZE |
