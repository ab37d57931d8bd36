@pop3 @seed
Feature: STAT, the drop listing (RFC 1939 section 5)

  STAT is given in the TRANSACTION state. The server answers with the drop listing: "+OK", the
  number of messages and the size of the maildrop in octets. The account may hold other mail, so
  the scenarios judge the drop listing against the scan listing of the same session and the
  seeded messages against their own exact sizes.

  @rfc1939-5 @must
  Scenario: STAT counts every message and every octet of the maildrop
    RFC 1939 section 5 (STAT): "The positive response consists of "+OK" followed by a single
    space, the number of messages in the maildrop, a single space, and the size of the maildrop
    in octets."
    Level: MUST, because the sentence defines the drop listing.

    Given the maildrop holds message m1 from fixture "plain"
    And the maildrop holds message m2 from fixture "multipart"
    And client A is in the TRANSACTION state
    When client A sends "STAT"
    Then client A receives a drop listing
    When client A sends "LIST"
    Then the drop listing of client A agrees with its scan listing
    And the scan listing of client A lists message m1
    And the scan listing of client A lists message m2

  @rfc1939-5 @must
  Scenario: STAT does not count messages marked as deleted
    RFC 1939 section 5 (STAT): "Note that messages marked as deleted are not counted in either
    total."
    Level: MUST, because the sentence defines what the drop listing counts.

    Given the maildrop holds message m1 from fixture "plain"
    And the maildrop holds message m2 from fixture "plain"
    And client A is in the TRANSACTION state
    When client A sends "DELE $m1"
    And client A sends "STAT"
    And client A sends "LIST"
    Then the drop listing of client A agrees with its scan listing
    And the scan listing of client A does not list message m1
    And the scan listing of client A lists message m2

  @rfc1939-3 @must
  Scenario: STAT is refused in the AUTHORIZATION state
    RFC 1939 section 5 (STAT): "Restrictions: may only be given in the TRANSACTION state".
    RFC 1939 section 3: "A server MUST respond to a command issued when the session is in an
    incorrect state by responding with a negative status indicator."

    Given client A is connected
    When client A sends "STAT"
    Then client A receives -ERR
