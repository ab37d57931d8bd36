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
    Level: MUST, because the sentence defines the result of LSUB.
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
    Level: MUST, because the sentence defines the result of LSUB.
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
    Level: MUST, because the sentence defines the result of LSUB.
    Given the mailbox $Work exists
    And the client is logged in
    When the client sends "LSUB "" *"
    Then the server answers OK
    And the server does not list $Work

  @must @seed @cap-IMAP4rev1 @rfc3501-6.3.9 @rfc3501-6.3.6
  Scenario: lsub keeps listing a subscribed mailbox after it is deleted
    RFC 3501 6.3.9: "The server MUST NOT unilaterally remove an existing mailbox name from the
    subscription list even if a mailbox by that name no longer exists." RFC 3501 6.3.6 (DELETE)
    says it again: "However, it MUST NOT unilaterally remove an existing mailbox name from the
    subscription list even if a mailbox by that name no longer exists."
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
    Level: MUST, because the sentence defines the result of UNSUBSCRIBE.
    Given the mailbox $Work exists
    And the mailbox $Work is subscribed
    And the client is logged in
    When the client sends "UNSUBSCRIBE $Work"
    And the client sends "LSUB "" *"
    Then the server answers OK
    And the server does not list $Work

  @must @seed @cap-IMAP4rev1 @rfc3501-3 @rfc3501-6.3.9
  Scenario: lsub before login is rejected
    RFC 3501 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is connected
    When the client sends "LSUB "" *"
    Then the server answers NO or BAD

  @should @seed @cap-IMAP4rev1 @rfc3501-6.3.9 @rfc3501-9 @rfc3501-2.2.2
  Scenario: lsub with one argument is a syntax error
    RFC 3501 9: 'lsub = "LSUB" SP mailbox SP list-mailbox'. RFC 3501 6.3.9: "BAD - command
    unknown or arguments invalid". RFC 3501 2.2.2: "Servers SHOULD enforce the syntax outlined
    in this specification strictly. Any client command with a protocol syntax error, including
    (but not limited to) missing or extraneous spaces or arguments, SHOULD be rejected, and the
    client given a BAD server completion response."
    Given the client is logged in
    When the client sends "LSUB *"
    Then the server answers BAD

  @must @seed @cap-IMAP4rev2 @rfc9051-6.3.9 @rfc9051-6.3.9.1
  Scenario: list subscribed returns the subscribed mailbox with the Subscribed attribute
    RFC 9051 6.3.9.1: "SUBSCRIBED - Causes the LIST command to list subscribed names rather than
    the existing mailboxes." and "In any case, the list MUST include exactly those mailbox names
    that match the canonical list pattern and are subscribed to." and "The "\Subscribed"
    attribute MUST be supported and MUST be accurately computed when the SUBSCRIBED selection
    option is specified."
    Given the mailbox $Work exists
    And the mailbox $Work is subscribed
    And the mailbox $Other exists
    And the client is logged in
    When the client sends "LIST (SUBSCRIBED) "" *"
    Then the server answers OK
    And the server lists $Work with the attribute \Subscribed
    And the server does not list $Other

  @must @seed @cap-LIST-EXTENDED @rfc5258-3.1
  Scenario: list subscribed works wherever LIST-EXTENDED is advertised
    RFC 5258 3.1: "SUBSCRIBED - causes the LIST command to list subscribed names, rather than
    the existing mailboxes." and "In any case, the list MUST include exactly those mailbox names
    that match the canonical list pattern and are subscribed to." and "The "\Subscribed"
    attribute MUST be supported and MUST be accurately computed when the SUBSCRIBED selection
    option is specified."
    Given the mailbox $Work exists
    And the mailbox $Work is subscribed
    And the client is logged in
    When the client sends "LIST (SUBSCRIBED) "" *"
    Then the server answers OK
    And the server lists $Work with the attribute \Subscribed
