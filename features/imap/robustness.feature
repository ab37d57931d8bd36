@imap @robustness
Feature: IMAP robustness: malformed input (RFC 3501 section 7.1.3)

  Each probe runs on its own connection before login, bounded in size (at most 100 KiB) and
  time (the target's timeout); then a new connection must be greeted and served. The answer
  to each probe is recorded in the transcript.

  @should @rfc3501-7.1.3 @rfc3501-2.2.2
  Scenario Outline: malformed input is answered BAD and the server keeps serving
    RFC 3501 7.1.3: "The BAD response indicates an error message from the server. When tagged,
    it reports a protocol-level error in the client's command; the tag indicates the command
    that caused the error." RFC 3501 2.2.2: "Servers SHOULD enforce the syntax outlined in this
    specification strictly. Any client command with a protocol syntax error, including (but not
    limited to) missing or extraneous spaces or arguments, SHOULD be rejected, and the client
    given a BAD server completion response." No sentence of the RFC grades surviving such input
    more strongly. A server may also say BYE and close. The huge tag is legal syntax, so OK is
    acceptable there; a literal shorter than announced leaves the server waiting for the rest,
    as it should.
    When the auditor sends the malformed input "<input>"
    Then the audit finds the input answered with "<answers>"
    And the audit finds the server still serving new connections

    Examples:
      | input                              | answers                 |
      | an overlong command line           | BAD or BYE              |
      | unbalanced parentheses             | BAD or BYE              |
      | a literal shorter than announced   | WAITING, BAD or BYE     |
      | a literal longer than announced    | BAD or BYE              |
      | a huge literal                     | BAD, NO, BYE or +       |
      | a NUL byte in an atom              | BAD or BYE              |
      | 8-bit bytes in an atom             | BAD or BYE              |
      | an unknown command                 | BAD or BYE              |
      | a huge tag                         | OK, BAD or BYE          |
      | a burst of pipelined commands      | OK or BYE               |
      | a client that stops mid-literal    | closed by the client    |
