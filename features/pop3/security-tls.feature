@pop3 @security @tls
Feature: POP3 security audit: TLS (RFC 2595, RFC 8314, RFC 8996)

  STLS on the cleartext port, TLS from the first byte on the POP3S port, no version older than
  TLS 1.2 (probed with a ClientHello the audit writes itself, whatever this JVM allows), and no
  command smuggled into the TLS session from before the handshake.

  @should @rfc2595-4 @rfc8314-4
  Scenario: STLS is advertised on the cleartext port
    RFC 2595 4: "The capability name "STLS" indicates this command is present and permitted in
    the current state." RFC 8314 4: "For compatibility with existing MUAs and existing MUA
    configurations, MSPs SHOULD also, in the near term, provide instances of these services that
    support STARTTLS." A server without it leaves the cleartext port with no way to protect the
    password.
    Cause: TLS not configured (Dovecot: ssl = no)
    Fix: configure a certificate and enable TLS (Dovecot: ssl = yes with ssl_cert and ssl_key)
    Given the auditor connects to POP3 without TLS from an untrusted address
    Then the audit finds STLS advertised

  @should @rfc8314-3.1 @rfc8314-4
  Scenario: the POP3S port speaks TLS from the first byte
    RFC 8314 3.1: "When a TCP connection is established for the "pop3s" service (default port
    995), a TLS handshake begins immediately." RFC 8314 4: "MSPs that support POP, IMAP, and/or
    Message Submission SHOULD provide and support instances of those services that use Implicit
    TLS."
    Cause: no Implicit TLS listener (Dovecot: inet_listener pop3s with port = 0, or ssl = no)
    Fix: serve POP3 over TLS on port 995 (Dovecot: inet_listener pop3s { port = 995 ssl = yes })
    When the auditor connects to the POP3S port
    Then the audit finds TLS spoken from the first byte

  @must @rfc8996-4
  Scenario: TLS 1.0 is refused
    RFC 8996 4: "TLS 1.0 MUST NOT be used. Negotiation of TLS 1.0 from any version of TLS MUST
    NOT be permitted."
    Cause: TLS 1.0 allowed (Dovecot: ssl_min_protocol = TLSv1, with ssl_cipher_list lowering OpenSSL's security level)
    Fix: Dovecot: ssl_min_protocol = TLSv1.2 (the default since 2.3.15)
    When the auditor offers only TLSv1 to the POP3 server
    Then the audit finds the offer refused

  @must @rfc8996-5
  Scenario: TLS 1.1 is refused
    RFC 8996 5: "TLS 1.1 MUST NOT be used. Negotiation of TLS 1.1 from any version of TLS MUST
    NOT be permitted."
    Cause: TLS 1.1 allowed (Dovecot: ssl_min_protocol = TLSv1 or TLSv1.1)
    Fix: Dovecot: ssl_min_protocol = TLSv1.2
    When the auditor offers only TLSv1.1 to the POP3 server
    Then the audit finds the offer refused

  @must @rfc2595-4 @rfc8314-A
  Scenario: a command pipelined with STLS is not executed inside TLS
    RFC 2595 4 (STLS): "A TLS negotiation begins immediately after the CRLF at the end of the
    +OK response from the server." A command the client sent after STLS, before that handshake,
    came over the cleartext channel; executing it inside the TLS session lets a man in the
    middle inject commands (the CVE-2011-0411 class). RFC 2595 has no sentence on the server's
    buffered input (the sentence cited here before, on discarding knowledge obtained from the
    client, is RFC 3207 4.2's, for SMTP); RFC 8314 Appendix A names the flaw: "we again learned
    the lesson that complexity is the enemy of security in the form of the STARTTLS command
    injection vulnerability", and RFC 9051 6.2.1 gives IMAP the rule with a MUST.
    Level: MUST, because RFC 2595 4 defines the TLS session to begin right after the +OK, so no byte read before it belongs inside it.
    Cause: server software that keeps its cleartext input buffer across STLS
    Fix: upgrade the server; it must discard buffered input when TLS starts
    When the auditor sends STLS with a command pipelined in the same packet
    Then the audit finds the pipelined command not executed inside TLS
