@pop3 @robustness
Feature: POP3 robustness: malformed input (RFC 1939 section 3)

  Each probe runs on its own connection before login, bounded in size (at most 100 KiB) and
  time (the target's timeout); then a new connection must be greeted and served: its QUIT
  answered +OK, which every RFC 1939 server does in the AUTHORIZATION state (RFC 1939 section 4,
  QUIT: "Possible Responses: +OK"). CAPA would not do: RFC 2449 section 5 lets a server answer
  it -ERR. The answer to each probe is recorded in the transcript.

  @must @rfc1939-3
  Scenario Outline: malformed input is answered -ERR and the server keeps serving
    RFC 1939 3: "A server MUST respond to an unrecognized, unimplemented, or syntactically
    invalid command by responding with a negative status indicator." A server may also close the
    connection on abuse.
    When the auditor sends the malformed input "<input>"
    Then the audit finds the input answered with "<answers>"
    And the audit finds the server still serving new connections

    Examples:
      | input                            | answers              |
      | an overlong command line         | -ERR or CLOSED       |
      | a NUL byte in a command          | -ERR or CLOSED       |
      | 8-bit bytes in a command         | -ERR or CLOSED       |
      | an unknown command               | -ERR or CLOSED       |
      | an argument of 1000 octets       | -ERR, +OK or CLOSED  |
      | a burst of pipelined commands    | -ERR, +OK or CLOSED  |
      | a client that stops mid-command  | closed by the client |
