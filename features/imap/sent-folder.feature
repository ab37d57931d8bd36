@imap @delivery
Feature: The Sent mailbox (RFC 6154 section 2, RFC 9051 section 6.3.12)

  The seed: a client copies what it sends into an IMAP folder, so that every client can access
  all sent mail, whichever computer it was sent from. Client A submits the plain message (by
  SMTP where the target offers it) and APPENDs the same octets to the Sent mailbox: the one
  LIST (SPECIAL-USE) marks \Sent, else a mailbox of the run's own. Client B then looks for it.

  @must @rfc9051-6.3.12 @rfc6154-2
  Scenario: a message saved to the Sent mailbox is seen by a second client with the same octets
    RFC 6154 2: "\Sent This mailbox is used to hold copies of messages that have been sent."
    RFC 9051 6.3.12: "The APPEND command appends the literal argument as a new message to the
    end of the specified destination mailbox."
    Level: MUST, because the sentence defines the result of APPEND: the literal becomes the message.
    Given the mailbox $Sent is the account's \Sent mailbox, else a run mailbox
    And client A is logged in
    And client B is logged in
    When the plain message is submitted by SMTP where the target offers it
    And client A sends "APPEND $Sent (\Seen) <message:plain>"
    Then the server answers OK
    When client B sends "SELECT $Sent"
    And client B looks up the plain message by its Message-ID
    Then client B finds the plain message once
    And the BODY[] client B fetched of the plain message is the message as handed over

  @should @rfc9051-6.3.12 @rfc6154-2
  Scenario: a message saved to the Sent mailbox keeps its flags for a second client
    RFC 9051 6.3.12: "If a flag parenthesized list is specified, the flags SHOULD be set in the
    resulting message; otherwise, the flag list of the resulting message is set to "empty" by
    default."
    Given the mailbox $Sent is the account's \Sent mailbox, else a run mailbox
    And client A is logged in
    And client B is logged in
    When the plain message is submitted by SMTP where the target offers it
    And client A sends "APPEND $Sent (\Seen) <message:plain>"
    Then the server answers OK
    When client B sends "SELECT $Sent"
    And client B looks up the plain message by its Message-ID
    Then the plain message client B fetched has the flag \Seen
