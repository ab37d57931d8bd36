@pop3 @cap-UIDL
Feature: UIDL, unique-id listings (RFC 1939 section 7)

  A unique-id is 1 to 70 octets in 0x21-0x7E, names one message of the maildrop, and stays the
  same across sessions. The scenarios run when CAPA announces UIDL (RFC 2449 section 6.8). Every
  listing a step reads is judged whole, the maildrop's other mail too: each line a unique-id
  listing, each message of the session listed once (those marked as deleted left out), and no
  unique-id on two lines.

  @rfc1939-7 @must
  Scenario: UIDL with a message-number gives the unique-id listing of that message
    RFC 1939 section 7 (UIDL): "A unique-id listing consists of the message-number of the
    message, followed by a single space and the unique-id of the message. No information follows
    the unique-id in the unique-id listing." "The unique-id of a message is an arbitrary
    server-determined string, consisting of one to 70 characters in the range 0x21 to 0x7E".
    Level: MUST, because the sentences define the unique-id listing.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "UIDL $m1"
    Then client A receives a unique-id listing for message m1

  @rfc1939-7 @must
  Scenario: UIDL without an argument gives each message its own unique-id
    RFC 1939 section 7 (UIDL): "After the initial +OK, for each message in the maildrop, the POP3
    server responds with a line containing information for that message." The unique-id
    "uniquely identifies a message within a maildrop".
    Level: MUST, because the sentences define the unique-id listing and the unique-id.
    Every pair of the listing is compared, not only the two seeded messages.

    Given the maildrop holds message m1 from fixture "plain"
    And the maildrop holds message m2 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "UIDL"
    Then the unique-id listing of client A lists message m1
    And the unique-id listing of client A lists message m2
    And the unique-id listings of client A give each message one unique-id of its own

  @rfc1939-7 @must
  Scenario: a unique-id stays the same in the next session
    RFC 1939 section 7 (UIDL): the unique-id "uniquely identifies a message within a maildrop
    and which persists across sessions."
    Level: MUST, because the sentence defines the unique-id as persisting across sessions.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "UIDL $m1"
    And client A sends "QUIT"
    And client B is in the TRANSACTION state
    And client B sends "UIDL $m1"
    Then client B receives a unique-id listing for message m1
    And the unique-id client B was given for message m1 is the one client A was given for message m1

  @rfc1939-7 @must
  Scenario: a unique-id stays the same after a session that ended without QUIT
    RFC 1939 section 7 (UIDL): "This persistence is required even if a session ends without
    entering the UPDATE state."
    Level: MUST, because the sentence calls this persistence required, in lower case, without a key word.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "UIDL $m1"
    And client A drops the connection
    And client B is in the TRANSACTION state
    And client B sends "UIDL $m1"
    Then client B receives a unique-id listing for message m1
    And the unique-id client B was given for message m1 is the one client A was given for message m1

  @rfc1939-7 @must @destructive
  Scenario: a unique-id stays the same when another message is removed
    RFC 1939 section 7 (UIDL): the unique-id "persists across sessions". Message-numbers change
    when a message before it is removed; the unique-id does not.
    Level: MUST, because the sentence defines the unique-id as persisting across sessions.

    Given the maildrop holds message m1 from fixture "plain"
    And the maildrop holds message m2 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "UIDL $m2"
    And client A sends "DELE $m1"
    And client A sends "QUIT"
    And client B is in the TRANSACTION state
    And client B sends "UIDL $m2"
    Then client B receives a unique-id listing for message m2
    And the unique-id client B was given for message m2 is the one client A was given for message m2

  @rfc1939-7 @should @destructive
  Scenario: the unique-id of a removed message is not given to a new one
    RFC 1939 section 7 (UIDL): "The server should never reuse an unique-id in a given maildrop,
    for as long as the entity using the unique-id exists."
    Level: SHOULD, because the RFC writes this "should" in lower case, a recommendation, not a definition of the result.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "UIDL $m1"
    And client A sends "DELE $m1"
    And client A sends "QUIT"
    And the maildrop holds message m2 from fixture "plain"
    And client B is in the TRANSACTION state
    And client B sends "UIDL"
    Then the unique-id listing of client B lists message m2
    And the unique-id listing of client B gives no message the unique-id client A was given for message m1

  @rfc1939-7 @must
  Scenario: UIDL of a message marked as deleted is answered -ERR
    RFC 1939 section 7 (UIDL): "a message-number (optional), which, if present, may NOT refer
    to a message marked as deleted".
    Level: MUST, because the argument's definition excludes a deleted message, and RFC 1939 3 makes the server answer an invalid command with -ERR.

    Given the maildrop holds message m1 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "DELE $m1"
    And client A sends "UIDL $m1"
    Then client A receives -ERR

  @rfc1939-7 @must
  Scenario: UIDL without an argument leaves out messages marked as deleted
    RFC 1939 section 7 (UIDL): "Note that messages marked as deleted are not listed."
    Level: MUST, because the sentence defines the result of UIDL.

    Given the maildrop holds message m1 from fixture "plain"
    And the maildrop holds message m2 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "DELE $m1"
    And client A sends "UIDL"
    Then the unique-id listing of client A does not list message m1
    And the unique-id listing of client A lists message m2

  @rfc1939-7 @must
  Scenario: after DELE no other message is given the unique-id of the deleted one
    RFC 1939 section 7 (UIDL): the unique-id "uniquely identifies a message within a maildrop
    and which persists across sessions." "Note that messages marked as deleted are not listed."
    Level: MUST, because the sentences define the unique-id and the listing.
    The listings before and after DELE are compared, line by line: a message keeps its unique-id,
    and the one the deleted message had is on no other line.

    Given the maildrop holds message m1 from fixture "plain"
    And the maildrop holds message m2 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "UIDL"
    And client A sends "DELE $m1"
    And client A sends "UIDL"
    Then the unique-id listing of client A does not list message m1
    And the unique-id listings of client A give each message one unique-id of its own

  @rfc1939-3 @must
  Scenario: UIDL is refused in the AUTHORIZATION state
    RFC 1939 section 7 (UIDL): "Restrictions: may only be given in the TRANSACTION state."
    RFC 1939 section 3: "A server MUST respond to a command issued when the session is in an
    incorrect state by responding with a negative status indicator."

    Given client A is connected
    When client A sends "UIDL"
    Then client A receives -ERR
