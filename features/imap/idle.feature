@imap @multi-client
Feature: IDLE (RFC 9051 section 6.3.13, RFC 2177)

  @must @cap-IDLE @rfc9051-6.3.13 @rfc2177-3
  Scenario: idle is answered with a continuation and ends with DONE
    RFC 9051 6.3.13: "The server requests a response to the IDLE command using the
    continuation ("+") response." "The IDLE command is terminated by the receipt of a "DONE"
    continuation from the client; such response satisfies the server's continuation request.
    At that point, the server MAY send any remaining queued untagged responses and then MUST
    immediately send the tagged response to the IDLE command".
    Given the mailbox $Work holds 1 plain message
    And the client has selected $Work
    When the client sends "IDLE"
    Then the server sends a continuation request
    When the client answers the continuation with "DONE"
    Then the server answers OK

  @should @cap-IDLE @rfc9051-6.3.13 @rfc2177-3 @rfc9051-5.2
  Scenario: idle reports a message appended by another client
    RFC 9051 6.3.13: "It's often more desirable to have the server transmit updates to the
    client in real time. This allows a user to see new mail immediately. The IDLE command allows
    a client to tell the server that it's ready to accept such real-time updates." and "as long
    as an IDLE command is active, the server is now free to send untagged EXISTS, EXPUNGE,
    FETCH, and other responses at any time." Its example: "...time passes; new mail arrives...
    S: * 4 EXISTS". RFC 9051 5.2: "A server MUST send mailbox size updates automatically if a
    mailbox size change is observed during the processing of a command."
    Level: SHOULD, because IDLE exists for real-time updates but no sentence requires them before DONE; 5.2's MUST is met by an update sent before the tagged OK.
    Given the mailbox $Work holds 1 plain message
    And client A has selected $Work
    And client B is logged in
    When client A sends "IDLE"
    And client B sends "APPEND $Work <message:plain>"
    Then client A receives the untagged response "* 2 EXISTS"
    When client A answers the continuation with "DONE"
    Then the server answers OK

  @should @cap-IDLE @rfc9051-6.3.13 @rfc9051-7.5.1 @rfc9051-5.2
  Scenario: idle reports a message expunged by another client
    RFC 9051 6.3.13: "It's often more desirable to have the server transmit updates to the
    client in real time. This allows a user to see new mail immediately. The IDLE command allows
    a client to tell the server that it's ready to accept such real-time updates." and "as long
    as an IDLE command is active, the server is now free to send untagged EXISTS, EXPUNGE,
    FETCH, and other responses at any time." Its example: "...another client expunges message
    3... S: * 3 EXPUNGE". RFC 9051 5.2: "A server MUST send mailbox size updates automatically
    if a mailbox size change is observed during the processing of a command."
    Level: SHOULD, because IDLE exists for real-time updates but no sentence requires them before DONE; 5.2's MUST is met by an update sent before the tagged OK.
    Given the mailbox $Work holds the messages:
      | fixture | flags    |
      | plain   |          |
      | plain   | \Deleted |
    And client A has selected $Work
    And client B has selected $Work
    When client A sends "IDLE"
    And client B sends "EXPUNGE"
    Then client A receives the untagged response "* 2 EXPUNGE"
    When client A answers the continuation with "DONE"
    Then the server answers OK

  @should @cap-IDLE @rfc9051-6.3.13 @rfc9051-5.2
  Scenario: idle reports a flag changed by another client
    RFC 9051 5.2: "A server SHOULD send message flag updates automatically, without
    requiring the client to request such updates explicitly." RFC 9051 6.3.13: "as long as
    an IDLE command is active, the server is now free to send untagged EXISTS, EXPUNGE,
    FETCH, and other responses at any time."
    Given the mailbox $Work holds 1 plain message
    And client A has selected $Work
    And client B has selected $Work
    When client A sends "IDLE"
    And client B sends "STORE 1 +FLAGS (\Flagged)"
    Then client A receives the untagged response "* 1 FETCH (FLAGS (\Flagged ...) ...)"
    When client A answers the continuation with "DONE"
    Then the server answers OK

  @must @cap-IDLE @cap-IMAP4rev2 @rfc9051-6.3.13
  Scenario: unsolicited FETCH during idle includes the UID
    RFC 9051 6.3.13: "If the server chooses to send unsolicited FETCH responses, they MUST
    include a UID FETCH item." The rule is IMAP4rev2's (RFC 3501 and RFC 2177 have no such
    sentence), so client A enables IMAP4rev2 first, and a server that does not advertise it
    skips. Every FETCH that arrives while the IDLE is active, or before its completion after
    DONE, is checked; when none arrives there is nothing to judge and the scenario skips.
    Given the mailbox $Work holds 1 plain message
    And client B has selected $Work
    And client A is logged in
    When client A sends "ENABLE IMAP4rev2"
    And client A sends "SELECT $Work"
    And client A sends "IDLE"
    And client B sends "STORE 1 +FLAGS (\Flagged)"
    And client A answers the continuation with "DONE"
    Then the server answers OK
    And every untagged FETCH response includes the UID

  @must @cap-IDLE @rfc9051-3 @rfc9051-6.3.13
  Scenario: idle before login is rejected
    RFC 9051 6.3: IDLE is valid in the authenticated and selected states; RFC 9051 3: "It is a
    protocol error for the client to attempt a command while the connection is in an
    inappropriate state, and the server will respond with a BAD or NO (depending upon server
    implementation) command completion result."
    Level: MUST, because the sentence defines the server's answer to a command in the wrong state.
    Given the client is connected
    When the client sends "IDLE"
    Then the server answers NO or BAD

  @should @cap-IDLE @rfc9051-6.3.13 @rfc2177-3 @rfc9051-2.2.2
  Scenario: a line other than DONE ends idle with BAD
    RFC 9051 9: 'idle = "IDLE" CRLF "DONE"'. Any other line where DONE is expected is a syntax
    error; RFC 9051 6.3.13: "BAD - command unknown or arguments invalid". RFC 9051 2.2.2:
    "Servers SHOULD strictly enforce the syntax outlined in this specification. Any client
    command with a protocol syntax error, including (but not limited to) missing or extraneous
    spaces or arguments, SHOULD be rejected and the client given a BAD server completion
    response."
    Given the client has selected INBOX
    When the client sends "IDLE"
    And the client answers the continuation with "NOT-DONE"
    Then the server answers BAD
