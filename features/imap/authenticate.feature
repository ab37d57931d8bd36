@imap
Feature: AUTHENTICATE (RFC 9051 section 6.2.2, SASL PLAIN RFC 4616)

  @must @cap-AUTH=PLAIN @rfc9051-6.2.2 @rfc4616-2
  Scenario: authenticate plain without initial response uses a continuation
    RFC 9051 6.2.2: "Note that because the initial response is optional, the following
    negotiation (which does not use the initial response) is still valid and MUST be
    supported by the server": "C: A01 AUTHENTICATE PLAIN / S: + / C: dGVzdAB0ZXN0AHRlc3Q= /
    S: A01 OK Success".
    Given the client is connected
    When the client sends "AUTHENTICATE PLAIN"
    Then the server sends a continuation request
    When the client answers the continuation with "<sasl-plain>"
    Then the server answers OK

  @must @cap-AUTH=PLAIN @cap-SASL-IR @rfc9051-6.2.2 @rfc4959-3
  Scenario: authenticate plain with an initial response completes without a continuation
    RFC 9051 6.2.2: "The AUTHENTICATE command supports the optional "initial response"
    feature defined in Section 4 of [SASL]." Example: "C: A03 AUTHENTICATE PLAIN
    dGVzdAB0ZXN0AHRlc3Q= / S: A03 OK Success (tls protection)".
    Level: MUST, because the sentence defines what AUTHENTICATE accepts: an initial response on the command line.
    Given the client is connected
    When the client sends "AUTHENTICATE PLAIN <sasl-plain>"
    Then the server sends no continuation request
    And the server answers OK

  @must @cap-AUTH=PLAIN @rfc9051-6.2.2
  Scenario: authenticate plain with a wrong password fails with NO
    RFC 9051 6.2.2 result: "NO - authenticate failure: unsupported authentication mechanism,
    credentials rejected".
    Level: MUST, because the Result list defines NO as the answer to rejected credentials.
    Given the client is connected
    When the client sends "AUTHENTICATE PLAIN"
    And the client answers the continuation with "<sasl-plain-wrong>"
    Then the server answers NO

  @must @cap-AUTH=PLAIN @rfc9051-6.2.2
  Scenario: authenticate cancelled with a star is BAD
    RFC 9051 6.2.2: "If the client wishes to cancel an authentication exchange, it issues a
    line consisting of a single "*". If the server receives such a response, or if it
    receives an invalid base64 string (e.g., characters outside the base64 alphabet or
    non-terminal "="), it MUST reject the AUTHENTICATE command by sending a tagged BAD
    response."
    Given the client is connected
    When the client sends "AUTHENTICATE PLAIN"
    And the client answers the continuation with "*"
    Then the server answers BAD
    And the connection stays open

  @must @cap-AUTH=PLAIN @cap-IMAP4rev2 @rfc9051-6.2.2
  Scenario: authenticate with invalid base64 is BAD
    Checks IMAP4rev2: RFC 3501 6.2.2 required BAD only for the "*" cancel line. RFC 9051 6.2.2: "if it receives an invalid base64 string (e.g., characters outside the
    base64 alphabet or non-terminal "="), it MUST reject the AUTHENTICATE command by
    sending a tagged BAD response."
    Given the client is connected
    When the client sends "AUTHENTICATE PLAIN"
    And the client answers the continuation with "AAA=BBB!"
    Then the server answers BAD

  @must @cap-AUTH=PLAIN @cap-IMAP4rev2 @rfc9051-6.2.2
  Scenario: authenticate with an invalid base64 initial response is BAD
    Checks IMAP4rev2 (RFC 3501 has no such sentence). RFC 9051 6.2.2: "When decoding the base64 data in the initial response, decoding errors
    MUST be treated as in any normal SASL client response, i.e., with a tagged BAD
    response." ("=AAA" and "AAA=BBB" are not allowed.)
    Given the client is connected
    When the client sends "AUTHENTICATE PLAIN =AAA"
    Then the server answers BAD

  @should @rfc9051-6.2.2
  Scenario: authenticate with an unsupported mechanism fails with NO
    RFC 9051 6.2.2: "If the requested authentication mechanism is not supported, the server
    SHOULD reject the AUTHENTICATE command by sending a tagged NO response."
    Given the client is connected
    When the client sends "AUTHENTICATE X-MAILSPEC-NO-SUCH-MECH"
    Then the server answers NO

  @must @cap-AUTH=PLAIN @rfc9051-3 @rfc9051-6.2.2
  Scenario: authenticate in the authenticated state is rejected
    RFC 9051 6.2: AUTHENTICATE is a not-authenticated-state command; RFC 9051 3: "It is a
    protocol error for the client to attempt a command while the connection is in an
    inappropriate state, and the server will respond with a BAD or NO (depending upon server
    implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is logged in
    When the client sends "AUTHENTICATE PLAIN <sasl-plain>"
    Then the server answers NO or BAD
