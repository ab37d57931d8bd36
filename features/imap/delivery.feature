@imap @delivery
Feature: Mail delivered by SMTP or LMTP (RFC 9051 section 5.2)

  The seed: mail arrives by SMTP. Each scenario hands the plain message to the server by the
  path its example names: SMTP to the target's smtp.host (the embedded target's GreenMail
  SMTP), LMTP (RFC 2033) into a managed Dovecot. A path the target does not offer is a SKIP.
  The server adds trace header fields before the message (RFC 5321 4.4); byte-exact checks
  compare from the harness's own first header on and show the added fields in the transcript.

  @must @rfc9051-5.2
  Scenario Outline: a client with INBOX selected learns on NOOP of mail delivered by <path>
    RFC 9051 5.2: "For example, agents other than the server may add messages to the mailbox
    (e.g., new message delivery)" and "A server MUST send mailbox size updates automatically if
    a mailbox size change is observed during the processing of a command."
    Given the client has selected INBOX
    When the plain message is delivered to INBOX by <path>
    And the client sends "NOOP"
    Then the server answers OK
    And the client receives an untagged EXISTS that counts the delivered message

    Examples:
      | path |
      | LMTP |
      | SMTP |

  @should @cap-IDLE @rfc9051-5.2 @rfc9051-6.3.13
  Scenario Outline: a client idling in INBOX learns of mail delivered by <path> before DONE
    RFC 9051 6.3.13: "as long as an IDLE command is active, the server is now free to send
    untagged EXISTS, EXPUNGE, FETCH, and other responses at any time." RFC 9051 5.2: "A server
    MUST send mailbox size updates automatically if a mailbox size change is observed during
    the processing of a command."
    Level: SHOULD, because IDLE exists for real-time updates but no sentence requires them before DONE; 5.2's MUST is met by an update sent before the tagged OK.
    Given the client has selected INBOX
    When the client sends "IDLE"
    And the plain message is delivered to INBOX by <path>
    Then the client receives an untagged EXISTS that counts the delivered message
    When the client answers the continuation with "DONE"
    Then the server answers OK

    Examples:
      | path |
      | LMTP |
      | SMTP |

  @must @rfc9051-6.4.5
  Scenario Outline: mail delivered by <path> is in INBOX with the octets handed over
    RFC 9051 6.4.5: "BODY[<section>]<<partial>> The text of a particular body section. If
    BODY[] is specified (the section specification is omitted), the FETCH is requesting the
    [RFC5322] expression of the entire message."
    Level: MUST, because the sentence defines the result of FETCH BODY[]: the message as the server received it, after the trace fields it added (RFC 5321 4.4).
    Given the plain message is delivered to INBOX by <path>
    And the client has selected INBOX
    When the client looks up the plain message by its Message-ID
    Then the client finds the plain message once
    And the BODY[] the client fetched of the plain message is the message as handed over

    Examples:
      | path |
      | LMTP |
      | SMTP |

  @must @rfc1939-5 @rfc1939-7
  Scenario Outline: a POP3 session started after delivery by <path> retrieves the octets IMAP gives
    RFC 1939 5: "A scan listing consists of the message-number of the message, followed by a
    single space and the exact size of the message in octets." The seed: IMAP and POP3 are two
    ways into one mail store.
    Level: MUST, because POP3 servers "are required to use a certain format for scan listings" and RETR defines the message's octets.
    Given the plain message is delivered to INBOX by <path>
    And the client has selected INBOX
    When the client looks up the plain message by its Message-ID
    And POP3 client P is logged in
    And POP3 client P retrieves the plain message
    Then the message POP3 client P retrieved is the plain message as handed over
    And the message POP3 client P retrieved is the BODY[] the client fetched of the plain message
    And the size POP3 client P listed for the plain message is the number of octets it retrieved

    Examples:
      | path |
      | LMTP |
      | SMTP |
