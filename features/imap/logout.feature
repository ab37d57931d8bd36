@imap
Feature: LOGOUT (RFC 9051 section 6.1.3)

  The seed's "1 LOGOUT" closes the connection with the IMAP server. The server says BYE,
  completes the command, then closes.

  @must @seed @rfc9051-6.1.3
  Scenario: logout sends an untagged BYE before the tagged OK
    RFC 9051 6.1.3: "The server MUST send a BYE untagged response before the (tagged) OK
    response, and then close the network connection."
    Given the client is logged in
    When the client sends "LOGOUT"
    Then the server answers OK
    And the untagged BYE arrives before the tagged OK

  @must @seed @rfc9051-6.1.3
  Scenario: logout closes the connection after the tagged OK
    RFC 9051 6.1.3: "The server MUST send a BYE untagged response before the (tagged) OK
    response, and then close the network connection."
    Given the client is logged in
    When the client sends "LOGOUT"
    Then the server answers OK
    And the server closes the connection

  @must @seed @rfc9051-6.1.3
  Scenario: logout is valid before login
    RFC 9051 6.1: "The following commands are valid in any state: CAPABILITY, NOOP, and
    LOGOUT." RFC 9051 6.1.3: "The server MUST send a BYE untagged response before the
    (tagged) OK response".
    Given the client is connected
    When the client sends "LOGOUT"
    Then the server answers OK
    And the untagged BYE arrives before the tagged OK
    And the server closes the connection

  @must @seed @rfc9051-6.1.3
  Scenario: logout is valid in the selected state
    RFC 9051 6.1: "The following commands are valid in any state: CAPABILITY, NOOP, and LOGOUT."
    RFC 9051 6.1.3: "The server MUST send a BYE untagged response before the (tagged) OK
    response, and then close the network connection."
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "LOGOUT"
    Then the server answers OK
    And the untagged BYE arrives before the tagged OK
    And the server closes the connection

  @should @seed @rfc9051-6.1.3 @rfc9051-9 @rfc9051-2.2.2
  Scenario: logout with an argument is a syntax error
    RFC 9051 9: 'command-any = "CAPABILITY" / "LOGOUT" / "NOOP"'; RFC 9051 6.1.3: "BAD - command
    unknown or arguments invalid". RFC 9051 2.2.2: "Servers SHOULD strictly enforce the syntax
    outlined in this specification. Any client command with a protocol syntax error, including
    (but not limited to) missing or extraneous spaces or arguments, SHOULD be rejected and the
    client given a BAD server completion response."
    Given the client is logged in
    When the client sends "LOGOUT now"
    Then the server answers BAD
    And the connection stays open

  @must @seed @rfc9051-6.1.3 @rfc9051-6.4.1
  Scenario: logout closes the selected mailbox without expunging it
    RFC 9051 6.4.1: "The SELECT, EXAMINE, and LOGOUT commands implicitly close the
    currently selected mailbox without doing an expunge."
    Level: MUST, because the sentence defines the result of LOGOUT in the selected state.
    Given the mailbox $Work holds the messages:
      | fixture | flags    |
      | plain   | \Deleted |
    And the client has selected $Work
    When the client sends "LOGOUT"
    Then the server answers OK
    And the mailbox $Work holds 1 message
