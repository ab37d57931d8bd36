@imap
Feature: APPEND (RFC 9051 section 6.3.12)

  @must @rfc9051-6.3.12
  Scenario: append adds the message to the end of the mailbox
    RFC 9051 6.3.12: "The APPEND command appends the literal argument as a new message to
    the end of the specified destination mailbox."
    Level: MUST, because the sentence defines the result of APPEND.
    Given the mailbox $Work holds 2 plain messages
    And the client is logged in
    When the client sends "APPEND $Work <message:multipart>"
    Then the server answers OK
    And the mailbox $Work holds 3 messages

  @must @rfc9051-6.3.12
  Scenario: append stores the message octets unchanged
    RFC 9051 6.3.12: "8-bit characters are permitted in the message. A server implementation
    that is unable to preserve 8-bit data properly MUST be able to reversibly convert 8-bit
    APPEND data to 7 bits using a [MIME-IMB] content transfer encoding." A server that
    preserves it returns the same octets.
    Given the mailbox $Work exists
    And the client is logged in
    When the client sends "APPEND $Work <message:8bit>"
    And the client sends "SELECT $Work"
    And the client sends "FETCH 1 BODY.PEEK[]"
    Then the server answers OK
    And the BODY[] of message 1 is the 8bit message

  @should @rfc9051-6.3.12
  Scenario: append with a flag list sets the flags
    RFC 9051 6.3.12: "If a flag parenthesized list is specified, the flags SHOULD be set in
    the resulting message; otherwise, the flag list of the resulting message is set to
    "empty" by default."
    Given the mailbox $Work exists
    And the client is logged in
    When the client sends "APPEND $Work (\Seen \Flagged) <message:plain>"
    Then the server answers OK
    And message 1 in $Work has the flag \Seen
    And message 1 in $Work has the flag \Flagged

  @must @rfc9051-6.3.12
  Scenario: append without a flag list leaves the flags empty
    RFC 9051 6.3.12: "otherwise, the flag list of the resulting message is set to "empty" by
    default."
    Level: MUST, because this clause, after the SHOULD about a given flag list, states the result without one.
    Given the mailbox $Work exists
    And the client is logged in
    When the client sends "APPEND $Work <message:plain>"
    Then the server answers OK
    And message 1 in $Work does not have the flag \Seen
    And message 1 in $Work does not have the flag \Flagged

  @should @rfc9051-6.3.12
  Scenario: append with a date sets the internal date
    RFC 9051 6.3.12: "If a date-time is specified, the internal date SHOULD be set in the
    resulting message; otherwise, the internal date of the resulting message is set to the
    current date and time by default."
    Given the mailbox $Work exists
    And the client is logged in
    When the client sends "APPEND $Work () "14-Jul-2017 02:44:25 -0700" <message:plain>"
    And the client sends "EXAMINE $Work"
    And the client sends "FETCH 1 INTERNALDATE"
    Then the server answers OK
    And the INTERNALDATE of message 1 is the instant "14-Jul-2017 02:44:25 -0700"

  @must @rfc9051-6.3.12
  Scenario: append to a mailbox that does not exist fails with TRYCREATE
    RFC 9051 6.3.12: "If the destination mailbox does not exist, a server MUST return an
    error and MUST NOT automatically create the mailbox. Unless it is certain that the
    destination mailbox cannot be created, the server MUST send the response code
    "[TRYCREATE]" as the prefix of the text of the tagged NO response."
    Given the mailbox $Missing does not exist but may be created
    And the client is logged in
    When the client sends "APPEND $Missing <message:plain>"
    Then the server answers NO with response code TRYCREATE
    And the mailbox $Missing does not exist

  @should @rfc9051-6.3.12
  Scenario: append to the selected mailbox reports the new message
    RFC 9051 6.3.12: "If the mailbox is currently selected, normal new message actions
    SHOULD occur. Specifically, the server SHOULD notify the client immediately via an
    untagged EXISTS response."
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "APPEND $Work <message:plain>"
    Then the server answers OK
    And the server reports that the mailbox holds 2 messages

  @should @rfc9051-6.3.12 @rfc9051-9 @rfc9051-2.2.2
  Scenario: append with an invalid date is a syntax error
    RFC 9051 9: 'date-time = DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP
    zone DQUOTE'. RFC 9051 6.3.12: "BAD - command unknown or arguments invalid". RFC 9051
    2.2.2: "Any client command with a protocol syntax error, including (but not limited to)
    missing or extraneous spaces or arguments, SHOULD be rejected and the client given a BAD
    server completion response."
    Given the mailbox $Work exists
    And the client is logged in
    When the client sends "APPEND $Work () "31-Foo-2017 99:00:00 +0000" <literal:x>"
    Then the server answers BAD
    And the mailbox $Work holds 0 messages

  @must @rfc9051-3 @rfc9051-6.3.12
  Scenario: append before login is rejected
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the
    connection is in an inappropriate state, and the server will respond with a BAD or NO
    (depending upon server implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the mailbox $Work exists
    And the client is connected
    When the client sends "APPEND $Work <literal:Subject: x\r\n\r\nx\r\n>"
    Then the server answers NO or BAD
    And the mailbox $Work holds 0 messages

  @should @cap-UIDPLUS @rfc9051-6.3.12 @rfc4315-3
  Scenario: append returns APPENDUID with the new UID
    RFC 4315 3: "With limited exceptions, discussed below, server implementations that
    advertise the UIDPLUS extension SHOULD return these response codes." and "APPENDUID -
    Followed by the UIDVALIDITY of the destination mailbox and the UID assigned to the
    appended message in the destination mailbox". The scenario runs on the UIDPLUS
    capability, so RFC 4315's SHOULD grades it; RFC 9051 6.3.12 says the same of IMAP4rev2:
    "On successful completion of an APPEND, the server returns an APPENDUID response code
    (see Section 7.1), unless otherwise specified below."
    Given the mailbox $Work holds 2 plain messages
    And the client is logged in
    When the client sends "APPEND $Work <message:plain>"
    Then the server answers OK with response code APPENDUID
    And the APPENDUID names the UIDVALIDITY of $Work and the UID of message 3 in it
