@pop3 @security @tls
Feature: POP3 security audit: TLS (RFC 2595, RFC 8314, RFC 8996)

  STLS on the cleartext port, TLS from the first byte on the POP3S port, no version older than
  TLS 1.2 (probed with a ClientHello the audit writes itself, whatever this JVM allows), and no
  command smuggled into the TLS session from before the handshake.

  @should @rfc2595-4
  Scenario: STLS is advertised on the cleartext port
    RFC 2595 4 defines STLS for POP3: "STLS ... Arguments: none ... Restrictions: Only
    permitted in AUTHORIZATION state." A server without it leaves the cleartext port with no
    way to protect the password.
    Cause: TLS not configured (Dovecot: ssl = no)
    Fix: configure a certificate and enable TLS (Dovecot: ssl = yes with ssl_cert and ssl_key)
    Given the auditor connects to POP3 without TLS from an untrusted address
    Then the audit finds STLS advertised

  @should @rfc8314-3
  Scenario: the POP3S port speaks TLS from the first byte
    RFC 8314 3 (Implicit TLS), in short: the client starts the TLS handshake as soon as it
    connects to a port dedicated to TLS (995 for POP3), and mail access should use it.
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

  @must @rfc2595-4
  Scenario: a command pipelined with STLS is not executed inside TLS
    RFC 2595 4: "The server MUST discard any knowledge obtained from the client, such as the
    argument to the USER command, which was not obtained from the TLS negotiation itself." A
    command sent in the same packet as STLS is such knowledge; executing it inside TLS lets a
    man in the middle inject commands (the CVE-2011-0411 class).
    Cause: server software that keeps its cleartext input buffer across STLS
    Fix: upgrade the server; it must discard buffered input when TLS starts
    When the auditor sends STLS with a command pipelined in the same packet
    Then the audit finds the pipelined command not executed inside TLS
