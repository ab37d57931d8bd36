@imap @cross-protocol
Feature: One mailbox through IMAP and POP3 (RFC 1939 sections 5 to 7, RFC 9051 section 7.5.1)

  The seed: IMAP and POP3 are two ways into one mail store; the POP3 maildrop is the IMAP
  INBOX of the same account. These scenarios hold that account's INBOX and maildrop alone.
  Whether POP3 RETR sets \Seen is the server's choice: the transcript records what it did.

  @must @rfc1939-5
  Scenario: a message appended over IMAP is listed by POP3 with the octets RETR transfers
    RFC 1939 5: "A scan listing consists of the message-number of the message, followed by a
    single space and the exact size of the message in octets."
    Level: MUST, because POP3 servers "are required to use a certain format for scan listings".
    Given the client has selected INBOX
    And the client sends "APPEND INBOX <message:plain>"
    And POP3 client P is logged in
    When POP3 client P retrieves the plain message
    Then the size POP3 client P listed for the plain message is the number of octets it retrieved
    And the message POP3 client P retrieved is the plain message as handed over

  @must @rfc1939-5
  Scenario: a message appended over IMAP is counted by POP3 STAT
    RFC 1939 5: "The positive response consists of "+OK" followed by a single space, the number
    of messages in the maildrop, a single space, and the size of the maildrop in octets."
    Level: MUST, because POP3 servers "are required to use a certain format for drop listings".
    Given the client has selected INBOX
    And the client sends "APPEND INBOX <message:plain>"
    And POP3 client P is logged in
    When POP3 client P retrieves the plain message
    Then the STAT of POP3 client P counts the listed messages and their octets

  @must @rfc1939-6 @rfc9051-7.5.1
  Scenario: a message POP3 deletes is reported as EXPUNGE to an IMAP client with INBOX selected
    RFC 1939 6: "The POP3 server removes all messages marked as deleted from the maildrop and
    replies as to the status of this operation." RFC 9051 7.5.1: "The EXPUNGE response reports
    that the specified message sequence number has been permanently removed from the mailbox."
    Level: MUST, because the sentences define the results of QUIT and of the EXPUNGE response.
    Given the client has selected INBOX
    And the client sends "APPEND INBOX <message:plain>"
    And the client looks up the plain message by its Message-ID
    And POP3 client P is logged in
    When POP3 client P marks the plain message as deleted
    And POP3 client P quits
    And the client sends "NOOP"
    Then the client is told of the expunge of the plain message

  @must @rfc1939-7
  Scenario: the POP3 unique-id of a message stays while IMAP sets its flags
    RFC 1939 7: "The unique-id of a message is an arbitrary server-determined string,
    consisting of one to 70 characters in the range 0x21 to 0x7E, which uniquely identifies a
    message within a maildrop and which persists across sessions."
    Level: MUST, because the sentence defines what UIDL gives: an id that persists across sessions.
    Given the client has selected INBOX
    And the client sends "APPEND INBOX <message:plain>"
    And POP3 client P is logged in
    When POP3 client P reads the unique-id of the plain message
    And POP3 client P quits
    And the client looks up the plain message by its Message-ID
    And the client adds the flag \Flagged to the plain message it looked up
    And POP3 client Q is logged in
    And POP3 client Q reads the unique-id of the plain message
    Then POP3 client Q was given the unique-id POP3 client P was given for the plain message

  @must @rfc1939-6
  Scenario: a message POP3 retrieves stays in INBOX, whatever its \Seen flag
    RFC 1939 6: "In no case may the server remove any messages not marked as deleted."
    Level: MUST, because the sentence forbids removing a message not marked as deleted.
    Whether RETR sets \Seen is left to the server: the transcript records what it did.
    Given the client has selected INBOX
    And the client sends "APPEND INBOX <message:plain>"
    And POP3 client P is logged in
    When POP3 client P retrieves the plain message
    And POP3 client P quits
    And the client notes in the transcript whether the plain message has the flag \Seen
    Then the client finds the plain message once
