@imap
Feature: Server greeting (RFC 9051 sections 7.1 and 3)

  @must @rfc9051-7.1 @rfc9051-3
  Scenario: the greeting is an untagged OK, PREAUTH or BYE
    RFC 9051 3: "The initial state is identified in the server greeting." RFC 9051 9: 'greeting
    = "*" SP (resp-cond-auth / resp-cond-bye) CRLF' with 'resp-cond-auth = ("OK" / "PREAUTH") SP
    resp-text'.
    Level: MUST, because the grammar defines the greeting as one of these three responses.
    Given the client is connected
    Then the greeting is OK, PREAUTH or BYE

  @must @rfc9051-3.1
  Scenario: after an OK greeting the client is not authenticated
    RFC 9051 3.1: "In the not authenticated state, the client MUST supply authentication
    credentials before most commands will be permitted. This state is entered when a
    connection starts unless the connection has been pre-authenticated."
    Level: MUST, because the sentences define the state an OK greeting leaves (the MUST quoted binds the client), and RFC 9051 3 defines the answer to a command in the wrong state.
    Given the client is connected
    And the greeting is OK
    When the client sends "SELECT INBOX"
    Then the server answers NO or BAD

  @may @rfc9051-7.1
  Scenario: the greeting carries the capability list
    RFC 9051 7.1: "CAPABILITY - Followed by a list of capabilities. This can appear in the
    initial OK or PREAUTH response to transmit an initial capabilities list. It can also appear
    in tagged responses to LOGIN or AUTHENTICATE commands. This makes it unnecessary for a
    client to send a separate CAPABILITY command if it recognizes this response code and there
    was no change to the TLS and/or authentication state since it was received."
    Level: MAY, because the code "can appear" in the greeting: an option the RFC offers, not a requirement.
    Given the client is connected
    Then the greeting carries the response code CAPABILITY
