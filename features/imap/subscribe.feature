@imap
Feature: SUBSCRIBE and UNSUBSCRIBE (RFC 9051 sections 6.3.7 and 6.3.8)

  @must @rfc9051-6.3.7
  Scenario: subscribe adds the name to the subscribed set
    RFC 9051 6.3.7: "The SUBSCRIBE command adds the specified mailbox name to the server's
    set of "active" or "subscribed" mailboxes as returned by the LIST (SUBSCRIBED)
    command. This command returns a tagged OK response if the subscription is successful
    or if the mailbox is already subscribed."
    Level: MUST, because the sentence defines the result of SUBSCRIBE.
    Given the mailbox $Work exists
    And the client is logged in
    When the client sends "SUBSCRIBE $Work"
    Then the server answers OK

  @must @rfc9051-6.3.7
  Scenario: subscribe of an already subscribed mailbox succeeds
    RFC 9051 6.3.7: "This command returns a tagged OK response if the subscription is
    successful or if the mailbox is already subscribed."
    Level: MUST, because the sentence defines the result of SUBSCRIBE.
    Given the mailbox $Work exists
    And the mailbox $Work is subscribed
    And the client is logged in
    When the client sends "SUBSCRIBE $Work"
    Then the server answers OK

  @must @rfc9051-6.3.8
  Scenario: unsubscribe of a subscribed mailbox succeeds
    RFC 9051 6.3.8: "The UNSUBSCRIBE command removes the specified mailbox name from the
    server's set of "active" or "subscribed" mailboxes as returned by the LIST (SUBSCRIBED)
    command. This command returns a tagged OK response if the unsubscription is successful
    or if the mailbox is not subscribed."
    Level: MUST, because the sentence defines the result of UNSUBSCRIBE.
    Given the mailbox $Work exists
    And the mailbox $Work is subscribed
    And the client is logged in
    When the client sends "UNSUBSCRIBE $Work"
    Then the server answers OK

  @must @rfc9051-3 @rfc9051-6.3.7
  Scenario: subscribe before login is rejected
    RFC 9051 3: "It is a protocol error for the client to attempt a command while the connection
    is in an inappropriate state, and the server will respond with a BAD or NO (depending upon
    server implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the mailbox $Work exists
    And the client is connected
    When the client sends "SUBSCRIBE $Work"
    Then the server answers NO or BAD

  @should @rfc9051-6.3.7 @rfc9051-9 @rfc9051-2.2.2
  Scenario: subscribe without a name is a syntax error
    RFC 9051 9: 'subscribe = "SUBSCRIBE" SP mailbox'; RFC 9051 6.3.7: "BAD - command unknown or
    arguments invalid". RFC 9051 2.2.2: "Servers SHOULD strictly enforce the syntax outlined in
    this specification. Any client command with a protocol syntax error, including (but not
    limited to) missing or extraneous spaces or arguments, SHOULD be rejected and the client
    given a BAD server completion response."
    Given the client is logged in
    When the client sends "SUBSCRIBE"
    Then the server answers BAD
