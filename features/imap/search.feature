@imap
Feature: SEARCH (RFC 9051 section 6.4.4)

  Each scenario seeds three messages with known headers, dates, sizes and flags:

  | # | From                 | Subject          | Date (sent)          | internal date | flags    |
  | 1 | Alice <alice@a.test> | quarterly report | 1 Feb 2020 10:00 UTC | 01-Feb-2020   | \Seen    |
  | 2 | Bob <bob@b.test>     | lunch on friday  | 5 Mar 2021 12:00 UTC | 05-Mar-2021   | \Flagged |
  | 3 | Carol <carol@c.test> | Quarterly budget | 9 Apr 2022 08:00 UTC | 09-Apr-2022   |          |

  Background:
    Given the mailbox $Work holds a message with:
      | From          | Alice <alice@a.test>            |
      | To            | team@example.org                |
      | Subject       | quarterly report                |
      | Date          | Sat, 1 Feb 2020 10:00:00 +0000  |
      | X-Mailspec-Tag| red                             |
      | body          | The numbers are in. Margins up. |
      | flags         | \Seen                           |
      | internal date | 01-Feb-2020 10:00:00 +0000      |
    And the mailbox $Work holds a message with:
      | From          | Bob <bob@b.test>                |
      | To            | alice@a.test                    |
      | Cc            | carol@c.test                    |
      | Subject       | lunch on friday                 |
      | Date          | Fri, 5 Mar 2021 12:00:00 +0000  |
      | X-Mailspec-Tag| green                           |
      | body          | Pizza or sushi? Reply by noon.  |
      | flags         | \Flagged                        |
      | internal date | 05-Mar-2021 12:00:00 +0000      |
    And the mailbox $Work holds a message with:
      | From          | Carol <carol@c.test>                                                   |
      | To            | team@example.org                                                       |
      | Subject       | Quarterly budget                                                       |
      | Date          | Sat, 9 Apr 2022 08:00:00 +0000                                         |
      | body          | Please review the attached budget lines before Monday; this body is longer than the others so that the size keys can tell it apart from them. |
      | internal date | 09-Apr-2022 08:00:00 +0000                                             |
    And the client has selected $Work

  @must @rfc9051-6.4.4
  Scenario: search ALL finds every message
    RFC 9051 6.4.4: "ALL - All messages in the mailbox; the default initial key for ANDing."
    Level: MUST, because the sentence defines which messages the key matches.
    When the client sends "SEARCH ALL"
    Then the server answers OK
    And the search finds messages 1 2 3

  @must @rfc9051-6.4.4
  Scenario: search SUBJECT matches a substring
    RFC 9051 6.4.4: "In all search keys that use strings, and unless otherwise specified, a
    message matches the key if the string is a substring of the associated text. The
    matching SHOULD be case insensitive for characters within the ASCII range." Substring
    matching is the rule checked here; "uarterly" is in both subjects in either case.
    Level: MUST, because the substring rule defines the match without a key word; the SHOULD is about case, checked in the next scenario.
    When the client sends "SEARCH SUBJECT uarterly"
    Then the server answers OK
    And the search finds messages 1 3

  @should @rfc9051-6.4.4
  Scenario: search SUBJECT is case-insensitive for ASCII
    RFC 9051 6.4.4: "The matching SHOULD be case insensitive for characters within the ASCII
    range."
    When the client sends "SEARCH SUBJECT QUARTERLY"
    Then the server answers OK
    And the search finds messages 1 3

  @must @rfc9051-6.4.4
  Scenario: search FROM, TO and CC match the address fields
    RFC 9051 6.4.4: "FROM <string> - Messages that contain the specified string in the
    envelope structure's FROM field." "CC <string> - Messages that contain the specified
    string in the envelope structure's CC field."
    Level: MUST, because the sentence defines which messages the key matches.
    When the client sends "SEARCH FROM bob@b.test"
    Then the server answers OK
    And the search finds messages 2
    When the client sends "SEARCH CC carol"
    Then the search finds messages 2
    When the client sends "SEARCH TO team@example.org"
    Then the search finds messages 1 3

  @must @rfc9051-6.4.4
  Scenario: search HEADER matches a named header field
    RFC 9051 6.4.4: "HEADER <field-name> <string> - Messages that have a header field with
    the specified field-name (as defined in [RFC5322]) and that contain the specified string
    in the text of the header field (what comes after the colon). If the string to search
    is zero-length, this matches all messages that have a header field with the specified
    field-name regardless of the contents."
    Level: MUST, because the sentence defines which messages the key matches.
    When the client sends "SEARCH HEADER X-Mailspec-Tag green"
    Then the server answers OK
    And the search finds messages 2
    When the client sends "SEARCH HEADER X-Mailspec-Tag """
    Then the search finds messages 1 2

  @must @rfc9051-6.4.4
  Scenario: search BODY and TEXT match the message text
    RFC 9051 6.4.4: "BODY <string> - Messages that contain the specified string in the body
    of the message. Unlike TEXT (see below), this doesn't match any header fields." "TEXT
    <string> - Messages that contain the specified string in the header (including MIME
    header fields) or body of the message."
    Level: MUST, because the sentence defines which messages the key matches.
    When the client sends "SEARCH BODY sushi"
    Then the server answers OK
    And the search finds messages 2
    When the client sends "SEARCH BODY lunch"
    Then the search finds no messages
    When the client sends "SEARCH TEXT lunch"
    Then the search finds messages 2

  @must @rfc9051-6.4.4
  Scenario: search by flags
    RFC 9051 6.4.4: "SEEN - Messages that have the \Seen flag set." "FLAGGED - Messages with
    the \Flagged flag set." "UNSEEN - Messages that do not have the \Seen flag set."
    Level: MUST, because the sentence defines which messages the key matches.
    When the client sends "SEARCH SEEN"
    Then the server answers OK
    And the search finds messages 1
    When the client sends "SEARCH FLAGGED"
    Then the search finds messages 2
    When the client sends "SEARCH UNSEEN"
    Then the search finds messages 2 3

  @must @rfc9051-6.4.4
  Scenario: search by internal date disregards time and zone
    RFC 9051 6.4.4: "BEFORE <date> - Messages whose internal date (disregarding time and
    timezone) is earlier than the specified date." "ON <date> - ... is within the specified
    date." "SINCE <date> - ... is within or later than the specified date."
    Level: MUST, because the sentence defines which messages the key matches.
    When the client sends "SEARCH BEFORE 5-Mar-2021"
    Then the server answers OK
    And the search finds messages 1
    When the client sends "SEARCH ON 5-Mar-2021"
    Then the search finds messages 2
    When the client sends "SEARCH SINCE 5-Mar-2021"
    Then the search finds messages 2 3

  @must @rfc9051-6.4.4
  Scenario: search by the Date header field
    RFC 9051 6.4.4: "SENTBEFORE <date> - Messages whose [RFC5322] Date: header field
    (disregarding time and timezone) is earlier than the specified date." "SENTSINCE <date>
    - ... is within or later than the specified date."
    Level: MUST, because the sentence defines which messages the key matches.
    When the client sends "SEARCH SENTBEFORE 1-Jan-2021"
    Then the server answers OK
    And the search finds messages 1
    When the client sends "SEARCH SENTSINCE 9-Apr-2022"
    Then the search finds messages 3

  @must @rfc9051-6.4.4
  Scenario: search by size
    RFC 9051 6.4.4: "LARGER <n> - Messages with an RFC822.SIZE larger than the specified
    number of octets." "SMALLER <n> - Messages with an RFC822.SIZE smaller than the
    specified number of octets."
    Level: MUST, because the sentence defines which messages the key matches.
    When the client sends "SEARCH LARGER 1"
    Then the server answers OK
    And the search finds messages 1 2 3
    When the client sends "SEARCH SMALLER 1"
    Then the search finds no messages

  @must @rfc9051-6.4.4
  Scenario: search by sequence set and UID set
    RFC 9051 6.4.4: "<sequence set> - Messages with message sequence numbers corresponding
    to the specified message sequence number set." "UID <sequence set> - Messages with
    unique identifiers corresponding to the specified unique identifier set."
    Level: MUST, because the sentence defines which messages the key matches.
    When the client sends "SEARCH 2:3"
    Then the server answers OK
    And the search finds messages 2 3
    When the client sends "SEARCH UID <uid:1>,<uid:3>"
    Then the search finds messages 1 3

  @must @rfc9051-6.4.4
  Scenario: search combines keys with AND, OR and NOT
    RFC 9051 6.4.4: "When multiple keys are specified, the result is the intersection (AND
    function) of all the messages that match those keys." "OR <search-key1> <search-key2> -
    Messages that match either search key." "NOT <search-key> - Messages that do not match
    the specified search key."
    Level: MUST, because the sentence defines which messages the key matches.
    When the client sends "SEARCH SUBJECT uarterly UNSEEN"
    Then the server answers OK
    And the search finds messages 3
    When the client sends "SEARCH OR FLAGGED SEEN"
    Then the search finds messages 1 2
    When the client sends "SEARCH NOT FROM alice"
    Then the search finds messages 2 3
    When the client sends "SEARCH (OR SEEN FLAGGED) NOT 1"
    Then the search finds messages 2

  @must @rfc9051-6.4.4
  Scenario: search with CHARSET UTF-8 is supported
    RFC 9051 6.4.4: "Servers MUST support US-ASCII and UTF-8 charsets; other CHARSETs MAY be
    supported."
    When the client sends "SEARCH CHARSET UTF-8 SUBJECT lunch"
    Then the server answers OK
    And the search finds messages 2
    When the client sends "SEARCH CHARSET US-ASCII SUBJECT lunch"
    Then the search finds messages 2

  @must @rfc9051-6.4.4
  Scenario: search with CHARSET UTF-8 matches a non-ASCII literal
    RFC 9051 6.4.4: "It indicates the [CHARSET] of the strings that appear in the search
    criteria." "Servers MUST support US-ASCII and UTF-8 charsets". The 8bit fixture's body
    is UTF-8 Thai text ("สวัสดี"), searched for as a UTF-8 literal.
    Given the mailbox $Work holds 1 8bit message
    When the client sends "NOOP"
    And the client sends "SEARCH CHARSET UTF-8 BODY <literal:สวัสดี>"
    Then the server answers OK
    And the search finds messages 4

  @must @rfc9051-6.4.4
  Scenario: search with an unknown charset fails with NO
    RFC 9051 6.4.4: "If the server does not support the specified [CHARSET], it MUST return
    a tagged NO response (not a BAD). This response SHOULD contain the BADCHARSET response
    code, which MAY list the CHARSETs supported by the server."
    When the client sends "SEARCH CHARSET X-MAILSPEC-NO-SUCH-CHARSET SUBJECT lunch"
    Then the server answers NO

  @should @rfc9051-6.4.4
  Scenario: search with an unknown charset reports BADCHARSET
    RFC 9051 6.4.4: "This response SHOULD contain the BADCHARSET response code".
    When the client sends "SEARCH CHARSET X-MAILSPEC-NO-SUCH-CHARSET SUBJECT lunch"
    Then the server answers NO with response code BADCHARSET

  @should @rfc9051-6.4.4 @rfc9051-9 @rfc9051-2.2.2
  Scenario: search with an unknown key is a syntax error
    RFC 9051 9: the search-key production lists every key; RFC 9051 6.4.4: "BAD - command
    unknown or arguments invalid". RFC 9051 2.2.2: "Servers SHOULD strictly enforce the syntax
    outlined in this specification. Any client command with a protocol syntax error, including
    (but not limited to) missing or extraneous spaces or arguments, SHOULD be rejected and the
    client given a BAD server completion response."
    When the client sends "SEARCH SUBJECTISH lunch"
    Then the server answers BAD

  @must @rfc9051-6.4.4
  Scenario: search KEYWORD matches a keyword flag
    RFC 9051 6.4.4: "KEYWORD <flag> - Messages with the specified keyword flag set."
    Level: MUST, because the sentence defines which messages the key matches.
    Given the mailbox $Work accepts new keywords
    When the client sends "STORE 3 +FLAGS.SILENT ($Forwarded)"
    And the client sends "SEARCH KEYWORD $Forwarded"
    Then the server answers OK
    And the search finds messages 3

  @must @rfc9051-6.4.4
  Scenario: search UNKEYWORD finds the messages without the keyword
    RFC 9051 6.4.4: "UNKEYWORD <flag> - Messages that do not have the specified keyword flag set."
    Level: MUST, because the sentence defines which messages the key matches.
    Given the mailbox $Work accepts new keywords
    When the client sends "STORE 2 +FLAGS.SILENT ($Forwarded)"
    And the client sends "SEARCH UNKEYWORD $Forwarded"
    Then the server answers OK
    And the search finds messages 1 3

  @must @rfc9051-6.4.4
  Scenario Outline: search by the other flag keys finds the messages with and without the flag
    RFC 9051 6.4.4: "ANSWERED - Messages with the \Answered flag set." "DELETED - Messages
    with the \Deleted flag set." "DRAFT - Messages with the \Draft flag set." "UNANSWERED -
    Messages that do not have the \Answered flag set." "UNDELETED - Messages that do not have
    the \Deleted flag set." "UNDRAFT - Messages that do not have the \Draft flag set."
    "UNFLAGGED - Messages that do not have the \Flagged flag set." Message 2 carries every flag (the
    Background flags it \Flagged, the others are set here); messages 1 and 3 none of them.
    Level: MUST, because the sentence defines the result of SEARCH.
    When the client sends "STORE 2 +FLAGS.SILENT (\Answered \Deleted \Draft)"
    And the client sends "SEARCH <key>"
    Then the server answers OK
    And the search finds messages <found>

    Examples:
      | key                  | found |
      | ANSWERED             | 2     |
      | UNANSWERED           | 1 3   |
      | DELETED              | 2     |
      | UNDELETED            | 1 3   |
      | DRAFT                | 2     |
      | UNDRAFT              | 1 3   |
      | UNFLAGGED            | 1 3   |
