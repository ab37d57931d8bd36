@imap
Feature: CAPABILITY (RFC 9051 section 6.1.1)

  @must @rfc9051-6.1.1
  Scenario: capability before login lists the protocol revision
    RFC 9051 6.1.1: "The CAPABILITY command requests a listing of capabilities (e.g.,
    extensions and/or modifications of server behavior) that the server supports. The
    server MUST send a single untagged CAPABILITY response with "IMAP4rev2" as one of the
    listed capabilities before the (tagged) OK response." (RFC 3501 6.1.1 requires
    "IMAP4rev1" the same way; either revision is accepted.)
    Given the client is connected
    When the client sends "CAPABILITY"
    Then the server answers OK
    And the server sends exactly one untagged CAPABILITY response
    And the capabilities include IMAP4rev1 or IMAP4rev2

  @must @rfc9051-6.1.1
  Scenario: capability after login lists the protocol revision
    RFC 9051 6.1.1: "The server MUST send a single untagged CAPABILITY response with
    "IMAP4rev2" as one of the listed capabilities before the (tagged) OK response."
    CAPABILITY is valid in any state.
    Given the client is logged in
    When the client sends "CAPABILITY"
    Then the server answers OK
    And the server sends exactly one untagged CAPABILITY response
    And the capabilities include IMAP4rev1 or IMAP4rev2

  @must @rfc9051-6.1.1
  Scenario: capability in the selected state lists the protocol revision
    RFC 9051 6.1: "The following commands are valid in any state: CAPABILITY, NOOP, and LOGOUT."
    RFC 9051 6.1.1: "The server MUST send a single untagged CAPABILITY response with "IMAP4rev2"
    as one of the listed capabilities before the (tagged) OK response."
    Given the client has selected INBOX
    When the client sends "CAPABILITY"
    Then the server answers OK
    And the capabilities include IMAP4rev1 or IMAP4rev2

  @must @rfc9051-6.1.1 @rfc9051-6.2.2
  Scenario: capability lists an authentication mechanism or LOGINDISABLED before login
    RFC 9051 6.1.1: "Client and server implementations MUST implement the STARTTLS (Section
    6.2.1) and LOGINDISABLED capabilities on cleartext ports. Client and server implementations
    MUST also implement AUTH=PLAIN (described in [PLAIN]) capability on both cleartext and
    Implicit TLS ports." Before login the server offers a way in: an AUTH= mechanism, or
    LOGINDISABLED with STARTTLS.
    Given the client is connected
    When the client sends "CAPABILITY"
    Then the server answers OK
    And the capabilities include AUTH=PLAIN or LOGINDISABLED

  @should @rfc9051-6.1.1 @rfc9051-9 @rfc9051-2.2.2
  Scenario: capability with an argument is a syntax error
    RFC 9051 9: 'capability-data = "CAPABILITY" *(SP capability) SP "IMAP4rev2" ...' and the
    command "CAPABILITY" takes no arguments; RFC 9051 6.1.1: "BAD - arguments invalid".
    RFC 9051 2.2.2: "Servers SHOULD strictly enforce the syntax outlined in this specification.
    Any client command with a protocol syntax error, including (but not limited to) missing or
    extraneous spaces or arguments, SHOULD be rejected and the client given a BAD server
    completion response."
    Given the client is connected
    When the client sends "CAPABILITY IMAP4rev2"
    Then the server answers BAD

  @must @rfc9051-7.1.3 @rfc9051-2.2.2
  Scenario: an unknown command is BAD
    RFC 9051 2.2.2: "There are three possible server completion responses: OK (indicating
    success), NO (indicating failure), or BAD (indicating a protocol error such as unrecognized
    command or command syntax error)." RFC 9051 7.1.3: "The BAD response indicates an error
    message from the server. When tagged, it reports a protocol-level error in the client's
    command; the tag indicates the command that caused the error."
    Level: MUST, because 2.2.2 defines BAD as the completion that reports an unrecognized command (OK and NO mean success and failure).
    Given the client is connected
    When the client sends "XYZZY-NO-SUCH-COMMAND"
    Then the server answers BAD
    And the connection stays open
