@pop3
Feature: Extended response codes (RFC 2449 section 8, RFC 3206)

  Response codes in square brackets at the start of the text of a -ERR. AUTH-RESP-CODE promises
  that credential failures, and only they, carry [AUTH]. The [IN-USE] code of a locked maildrop
  is judged in maildrop-lock.feature. [SYS/TEMP] and [SYS/PERM] need a failing server to provoke
  and are not judged.

  @rfc3206-5 @must @cap-AUTH-RESP-CODE @cap-USER
  Scenario: a wrong password is answered -ERR with response code AUTH
    RFC 3206 section 5: "The AUTH response code informs the client that there is a problem with
    the user's credentials. This might be an incorrect password". Section 6: "The AUTH-RESP-CODE
    capability indicates that the server includes the AUTH response code with any authentication
    error caused by a problem with the user's credentials."
    Level: MUST, because the AUTH-RESP-CODE capability the server advertises is defined as this promise.

    Given client A is connected
    When client A sends "USER $user"
    And client A sends "PASS $wrong-password"
    Then client A receives -ERR with response code "AUTH"

  @rfc3206-5 @must @cap-AUTH-RESP-CODE @cap-SASL=PLAIN
  Scenario: AUTH PLAIN with a wrong password is answered -ERR with response code AUTH
    RFC 3206 section 5: "The AUTH response code is valid with an -ERR response to any
    authentication command including AUTH, USER (see note), PASS, or APOP." Section 6: "The
    AUTH-RESP-CODE capability indicates that the server includes the AUTH response code with any
    authentication error caused by a problem with the user's credentials."
    Level: MUST, because the AUTH-RESP-CODE capability the server advertises is defined as this promise.

    Given client A is connected
    When client A sends "AUTH PLAIN $sasl-plain-wrong"
    Then client A receives -ERR with response code "AUTH"

  @rfc3206-6 @should @cap-AUTH-RESP-CODE @cap-SASL=PLAIN @rfc3206-5
  Scenario: an unsupported SASL mechanism is not answered with response code AUTH
    RFC 3206 section 5: "AUTH-RESP-CODE assures the client that only errors with the AUTH code
    are caused by credential problems." An unsupported mechanism is not a problem with the
    user's credentials; section 5 lists what is: "This might be an incorrect password, an
    unknown user name, an expired account, an attempt to authenticate in violation of policy
    (such as from an invalid location or during an unauthorized time), or some other problem."
    Level: SHOULD, because the assurance has no key word and the list's "or some other problem" leaves a refused mechanism open to a policy reading.

    Given client A is connected
    When client A sends "AUTH X-MAILSPEC-NONE"
    Then client A receives -ERR without response code "AUTH"
