@pop3 @tls
Feature: POP3 on the implicit-TLS port (RFC 8314 section 3.1)

  On the "pop3s" port (995 by default) TLS starts with the first byte; POP3 runs inside it. The
  scenarios skip when the target has no POP3S port.

  @must @rfc8314-3.1
  Scenario: the server greets with +OK once the TLS handshake is done
    RFC 8314 section 3.1: "When a TCP connection is established for the "pop3s" service (default
    port 995), a TLS handshake begins immediately." "Once the TLS session is established, POP3
    [RFC1939] protocol messages are exchanged as TLS application data for the remainder of the
    TCP connection."
    Level: MUST, because the sentences define the pop3s service.

    Given client A is connected to the POP3S port
    Then the greeting of client A is +OK

  @must @rfc8314-3.1
  Scenario: after the greeting on the POP3S port the session is in the AUTHORIZATION state
    RFC 8314 section 3.1: "After the server sends an +OK greeting, the server and client MUST
    enter the AUTHORIZATION state, even if a client certificate was supplied during the TLS
    handshake."

    Given client A is connected to the POP3S port
    When client A sends "STAT"
    Then client A receives -ERR
    When client A authenticates
    Then client A receives +OK
    When client A sends "STAT"
    Then client A receives a drop listing
