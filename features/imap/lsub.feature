@imap
Feature: LSUB (RFC 3501 section 6.3.9) and its RFC 9051 replacement

  The seed's "1 LSUB "" *" returns the names the user has declared as subscribed. LSUB is
  part of IMAP4rev1 (RFC 3501 6.3.9); RFC 9051 deprecates it in favour of
  LIST (SUBSCRIBED) (RFC 9051 6.3.9, Appendix E). Each scenario names the revision it
  checks and is skipped when the server does not advertise that revision.

  @must @seed @cap-IMAP4rev1 @rfc3501-6.3.9
  Scenario: lsub lists a subscribed mailbox
    RFC 3501 6.3.9: "The LSUB command returns a subset of names from the set of names that
    the user has declared as being "active" or "subscribed". Zero or more untagged LSUB
    replies are returned."
    Given the mailbox $Work exists
    And the mailbox $Work is subscribed
    And the client is logged in
    When the client sends "LSUB "" *"
    Then the server answers OK
    And the server lists $Work

  @must @seed @cap-IMAP4rev1 @rfc3501-6.3.6 @rfc3501-6.3.9
  Scenario: lsub lists a name the client subscribed
    RFC 3501 6.3.6: "The SUBSCRIBE command adds the specified mailbox name to the server's set
    of "active" or "subscribed" mailboxes as returned by the LSUB command."
    Given the mailbox $Work exists
    And the client is logged in
    When the client sends "SUBSCRIBE $Work"
    And the client sends "LSUB "" *"
    Then the server answers OK
    And the server lists $Work

  @must @seed @cap-IMAP4rev1 @rfc3501-6.3.9
  Scenario: lsub does not list a mailbox that is not subscribed
    RFC 3501 6.3.9: "The LSUB command returns a subset of names from the set of names that
    the user has declared as being "active" or "subscribed"."
    Given the mailbox $Work exists
    And the client is logged in
    When the client sends "LSUB "" *"
    Then the server answers OK
    And the server does not list $Work

  @must @seed @cap-IMAP4rev1 @rfc3501-6.3.9 @rfc3501-6.3.6
  Scenario: lsub keeps listing a subscribed mailbox after it is deleted
    RFC 3501 6.3.6: "The server MUST NOT unilaterally remove an existing mailbox name from
    the subscription list even if a mailbox by that name no longer exists."
    Given the mailbox $Work exists
    And the mailbox $Work is subscribed
    And the client is logged in
    When the client sends "DELETE $Work"
    And the client sends "LSUB "" *"
    Then the server answers OK
    And the server lists $Work

  @must @seed @cap-IMAP4rev1 @rfc3501-6.3.9 @rfc3501-6.3.7
  Scenario: lsub no longer lists an unsubscribed mailbox
    RFC 3501 6.3.7: "The UNSUBSCRIBE command removes the specified mailbox name from the
    server's set of "active" or "subscribed" mailboxes as returned by the LSUB command."
    Given the mailbox $Work exists
    And the mailbox $Work is subscribed
    And the client is logged in
    When the client sends "UNSUBSCRIBE $Work"
    And the client sends "LSUB "" *"
    Then the server answers OK
    And the server does not list $Work

  @must @seed @cap-IMAP4rev1 @rfc3501-6 @rfc3501-6.3.9
  Scenario: lsub before login is rejected
    RFC 3501 6: "It is a protocol error for the client to attempt a command while the
    connection is in an inappropriate state, and the server will respond with a BAD or NO
    (depending upon server implementation) command completion result."
    Given the client is connected
    When the client sends "LSUB "" *"
    Then the server answers NO or BAD

  @must @seed @cap-IMAP4rev1 @rfc3501-6.3.9 @rfc3501-9
  Scenario: lsub with one argument is a syntax error
    RFC 3501 9: 'lsub = "LSUB" SP mailbox SP list-mailbox'. RFC 3501 6.3.9: "BAD - command
    unknown or arguments invalid".
    Given the client is logged in
    When the client sends "LSUB *"
    Then the server answers BAD

  @must @seed @cap-IMAP4rev2 @rfc9051-6.3.9
  Scenario: list subscribed returns the subscribed mailbox with the Subscribed attribute
    RFC 9051 6.3.9.1: "SUBSCRIBED - causes the LIST command to list subscribed names,
    rather than the existing mailboxes." RFC 9051 7.3.1: "\Subscribed: The mailbox name
    was subscribed to using the SUBSCRIBE command."
    Given the mailbox $Work exists
    And the mailbox $Work is subscribed
    And the mailbox $Other exists
    And the client is logged in
    When the client sends "LIST (SUBSCRIBED) "" *"
    Then the server answers OK
    And the server lists $Work with the attribute \Subscribed
    And the server does not list $Other

  @must @seed @cap-LIST-EXTENDED @rfc5258-3
  Scenario: list subscribed works wherever LIST-EXTENDED is advertised
    RFC 5258 3.1: "SUBSCRIBED - causes the LIST command to list subscribed names, rather
    than the existing mailboxes." and "the server MUST return the \Subscribed attribute"
    for each name returned by SUBSCRIBED.
    Given the mailbox $Work exists
    And the mailbox $Work is subscribed
    And the client is logged in
    When the client sends "LIST (SUBSCRIBED) "" *"
    Then the server answers OK
    And the server lists $Work with the attribute \Subscribed
