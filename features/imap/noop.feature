@imap
Feature: NOOP (RFC 9051 section 6.1.2)

  @must @rfc9051-6.1.2
  Scenario: noop before login succeeds
    RFC 9051 6.1.2: "The NOOP command always succeeds. It does nothing." RFC 9051 6.1:
    "The following commands are valid in any state: CAPABILITY, NOOP, and LOGOUT."
    Level: MUST, because the sentence defines the result of NOOP.
    Given the client is connected
    When the client sends "NOOP"
    Then the server answers OK

  @must @rfc9051-6.1.2
  Scenario: noop in the authenticated state succeeds
    RFC 9051 6.1.2: "The NOOP command always succeeds. It does nothing."
    Level: MUST, because the sentence defines the result of NOOP.
    Given the client is logged in
    When the client sends "NOOP"
    Then the server answers OK

  @must @rfc9051-6.1.2
  Scenario: noop in the selected state succeeds and changes nothing
    RFC 9051 6.1.2: "The NOOP command always succeeds. It does nothing."
    Level: MUST, because the sentence defines the result of NOOP.
    Given the mailbox $Work holds 2 plain messages
    And the client has selected $Work
    When the client sends "NOOP"
    Then the server answers OK
    And the server sends no untagged EXPUNGE response
    And the mailbox $Work holds 2 messages

  @should @rfc9051-6.1.2 @rfc9051-9 @rfc9051-2.2.2
  Scenario: noop with an argument is a syntax error
    RFC 9051 9: 'command-any = "CAPABILITY" / "LOGOUT" / "NOOP"'; NOOP takes no arguments.
    RFC 9051 6.1.2: "BAD - command unknown or arguments invalid". RFC 9051 2.2.2: "Servers
    SHOULD strictly enforce the syntax outlined in this specification. Any client command with a
    protocol syntax error, including (but not limited to) missing or extraneous spaces or
    arguments, SHOULD be rejected and the client given a BAD server completion response."
    Given the client is logged in
    When the client sends "NOOP now"
    Then the server answers BAD
