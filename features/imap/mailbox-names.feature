@imap
Feature: Mailbox names, hierarchy and international names (RFC 9051 section 5.1, RFC 3501 5.1.3)

  @must @rfc9051-5.1.1
  Scenario: a hierarchy is built with the server's delimiter
    RFC 9051 5.1.1: "If it is desired to export hierarchical mailbox names, mailbox names MUST
    be left-to-right hierarchical, using a single ASCII character to separate levels of
    hierarchy. The same hierarchy separator character is used for all levels of hierarchy within
    a single name."
    Given the mailbox $Child exists under $Parent
    And the client is logged in
    When the client sends "LIST "" "$Parent<delim>*""
    Then the server answers OK
    And the server lists $Child
    And the server sends the untagged response "* LIST <any> <delim> $Child"

  @must @rfc3501-5.1.3
  Scenario: a non-ASCII name created in modified UTF-7 is listed the same way
    RFC 3501 5.1.3: "By convention, international mailbox names in IMAP4rev1 are specified using
    a modified version of the UTF-7 encoding described in [UTF-7]." and "Although modified UTF-7
    is a convention, it establishes certain requirements on server handling of any mailbox name
    with an embedded "&" character. In particular, server implementations MUST preserve the
    exact form of the modified BASE64 portion of a modified UTF-7 name and treat that text as
    case-sensitive, even if names are otherwise case-insensitive or case-folded." The name the
    server lists must be the same modified UTF-7 name the client created.
    Given the mailbox name $Intl ends in "Entwürfe-Été"
    And the client is logged in
    When the client sends "CREATE $Intl"
    And the client sends "LIST "" $Intl"
    Then the server answers OK
    And the server lists $Intl in modified UTF-7

  @must @rfc3501-5.1.3
  Scenario: an ampersand in a name travels as &-
    RFC 3501 5.1.3: "In modified UTF-7, printable US-ASCII characters, except for "&", represent
    themselves; that is, characters with octet values 0x20-0x25 and 0x27-0x7e. The character "&"
    (0x26) is represented by the two-octet sequence "&-"." and "Although modified UTF-7 is a
    convention, it establishes certain requirements on server handling of any mailbox name with
    an embedded "&" character. In particular, server implementations MUST preserve the exact
    form of the modified BASE64 portion of a modified UTF-7 name and treat that text as
    case-sensitive, even if names are otherwise case-insensitive or case-folded."
    Given the mailbox name $Amp ends in "Tom & Jerry"
    And the client is logged in
    When the client sends "CREATE $Amp"
    And the client sends "LIST "" $Amp"
    Then the server answers OK
    And the server lists $Amp in modified UTF-7

  @must @cap-UTF8=ACCEPT @rfc6855-3 @rfc9051-5.1
  Scenario: after ENABLE UTF8=ACCEPT names travel as UTF-8
    RFC 6855 3: "The "UTF8=ACCEPT" capability indicates that the server supports the ability to
    open mailboxes containing internationalized messages with the "SELECT" and "EXAMINE"
    commands, and the server can provide UTF-8 responses to the "LIST" and "LSUB" commands." and
    "All IMAP servers that support "UTF8=ACCEPT" SHOULD accept UTF-8 in mailbox names, and those
    that also support the Mailbox International Naming Convention described in RFC 3501, Section
    5.1.3, MUST accept UTF8-quoted mailbox names and convert them to the appropriate internal
    format."
    Given the client has enabled UTF8=ACCEPT
    And the mailbox name $Intl ends in "Entwürfe-Été"
    When the client sends "CREATE $Intl"
    And the client sends "LIST "" $Intl"
    Then the server answers OK
    And the server lists $Intl in UTF-8

  @must @rfc9051-4.3 @rfc9051-9
  Scenario: a name with quoted specials round-trips through a quoted string
    RFC 9051 4.3: "A quoted string is a sequence of zero or more Unicode characters,
    excluding CR and LF, encoded in UTF-8, with double quote (<">) characters at each end."
    RFC 9051 9: 'quoted-specials = DQUOTE / "\"'. A name holding both is sent escaped and
    must come back as the same name.
    Level: MUST, because the sentence and the grammar define the quoted string the name travels in.
    Given the mailbox name $Quoted ends in "say \"hi\" back\\slash"
    And the client is logged in
    When the client sends "CREATE $Quoted"
    And the client sends "LIST "" $Quoted"
    Then the server answers OK
    And the server lists $Quoted

  @must @rfc9051-4.3
  Scenario: a mailbox name may be sent as a literal
    RFC 9051 9: "mailbox = "INBOX" / astring", and astring includes string, which includes
    literal.
    Level: MUST, because the grammar defines a mailbox name as an astring, which a literal is.
    Given the mailbox $Work holds 1 plain message
    And the client is logged in
    When the client sends "SELECT <literal:$Work>"
    Then the server answers OK
    And the server reports that the mailbox holds 1 message

  @must @rfc9051-4.1
  Scenario: a mailbox name made of atom characters may be sent as an atom
    RFC 9051 4.1: "An atom consists of one or more non-special characters." RFC 9051 9:
    "astring = 1*ASTRING-CHAR / string". The run-unique names use only atom characters.
    Level: MUST, because the grammar defines a mailbox name as an astring, which an atom is.
    Given the mailbox $Work holds 1 plain message
    And the client is logged in
    When the client sends "SELECT <atom:$Work>"
    Then the server answers OK
