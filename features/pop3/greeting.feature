@pop3
Feature: The greeting (RFC 1939 section 4)

  The server speaks first. Greetings that carry an APOP timestamp are judged in apop.feature, and
  the greeting on the POP3S port in pop3s.feature.

  @rfc1939-4 @must
  Scenario: the server greets with a one-line positive response
    RFC 1939 section 4: "Once the TCP connection has been opened by a POP3 client, the POP3
    server issues a one line greeting. This can be any positive response."
    Level: MUST, because the sentence defines the greeting.

    Given client A is connected
    Then the greeting of client A is +OK
