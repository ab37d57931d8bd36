@pop3
Feature: Multi-line responses carry messages unchanged (RFC 1939 sections 3 and 11)

  A message travels as its lines, each ended by CRLF, with every line that begins with "."
  byte-stuffed, and ".CRLF" after the last. What the client gets after un-stuffing must be the
  message, octet for octet.

  @rfc1939-3 @must
  Scenario: a message with lines beginning with a dot survives byte-stuffing
    RFC 1939 section 3: "If any line of the multi-line response begins with the termination
    octet, the line is "byte-stuffed" by pre-pending the termination octet to that line of the
    response. Hence a multi-line response is terminated with the five octets "CRLF.CRLF"."
    Level: MUST, because the sentences define byte-stuffing of every multi-line response.

    Given the maildrop holds message dotted from fixture "dot-lines"
    And client A is in the TRANSACTION state
    When client A sends "RETR $dotted"
    Then client A receives message dotted byte for byte

  @rfc1939-11 @must
  Scenario: a message with 8-bit octets and long lines arrives unchanged
    RFC 1939 section 3: "any additional lines are sent, each terminated by a CRLF pair". RFC 1939
    section 5 (RETR): "the POP3 server sends the message corresponding to the given
    message-number". Neither 8-bit octets nor line length change what is sent.
    Level: MUST, because the sentence defines the result of RETR.

    Given the maildrop holds message wide from fixture "eight-bit-long-lines"
    And client A is in the TRANSACTION state
    When client A sends "RETR $wide"
    Then client A receives message wide byte for byte

  @rfc1939-11 @must
  Scenario: a multipart message arrives unchanged
    RFC 1939 section 11: "All messages transmitted during a POP3 session are assumed to conform
    to the standard for the format of Internet text messages". RFC 1939 section 5 (RETR): "the
    POP3 server sends the message corresponding to the given message-number".
    Level: MUST, because the sentence defines the result of RETR.

    Given the maildrop holds message parts from fixture "multipart"
    And client A is in the TRANSACTION state
    When client A sends "RETR $parts"
    Then client A receives message parts byte for byte

  @rfc1939-7 @must @cap-TOP
  Scenario: TOP byte-stuffs lines beginning with a dot
    RFC 1939 section 7 (TOP): "the POP3 server sends the headers of the message, the blank line
    separating the headers from the body, and then the number of lines of the indicated message's
    body, being careful to byte-stuff the termination character (as with all multi-line
    responses)."
    Level: MUST, because the sentence defines the result of TOP.

    Given the maildrop holds message dotted from fixture "dot-lines"
    And client A is in the TRANSACTION state
    When client A sends "TOP $dotted 1000"
    Then client A receives the headers of message dotted and 1000 lines of its body
