@imap @security @tls
Feature: IMAP security audit: TLS (RFC 9051, RFC 8314, RFC 8996, RFC 2595)

  The audit looks at TLS as a client would meet it: STARTTLS on the cleartext port, TLS from
  the first byte on the IMAPS port, no version older than TLS 1.2, a certificate a client can
  check, and no command smuggled into the TLS session from before the handshake. Old versions
  are probed with a ClientHello the audit writes itself, so the answer does not depend on what
  this JVM allows.

  @must @rfc9051-6.1.1
  Scenario: STARTTLS is advertised on the cleartext port
    RFC 9051 6.1.1: "Client and server implementations MUST implement the STARTTLS,
    LOGINDISABLED, and AUTH=PLAIN (described in [PLAIN]) capabilities."
    Cause: TLS not configured for the cleartext port (Dovecot: ssl = no)
    Fix: configure a certificate and enable TLS (Dovecot: ssl = yes with ssl_cert and ssl_key)
    Given the auditor connects to IMAP without TLS from an untrusted address
    Then the audit finds STARTTLS advertised

  @should @rfc8314-3
  Scenario: the IMAPS port speaks TLS from the first byte
    RFC 8314 3 (Implicit TLS), in short: the client starts the TLS handshake as soon as it
    connects to a port dedicated to TLS (993 for IMAP), and mail access should use it.
    Cause: no Implicit TLS listener (Dovecot: inet_listener imaps with port = 0, or ssl = no)
    Fix: serve IMAP over TLS on port 993 (Dovecot: inet_listener imaps { port = 993 ssl = yes })
    When the auditor connects to the IMAPS port
    Then the audit finds TLS spoken from the first byte

  @must @rfc8996-4
  Scenario: TLS 1.0 is refused
    RFC 8996 4: "TLS 1.0 MUST NOT be used. Negotiation of TLS 1.0 from any version of TLS MUST
    NOT be permitted."
    Cause: TLS 1.0 allowed (Dovecot: ssl_min_protocol = TLSv1, with ssl_cipher_list lowering OpenSSL's security level)
    Fix: Dovecot: ssl_min_protocol = TLSv1.2 (the default since 2.3.15)
    When the auditor offers only TLSv1 to the IMAP server
    Then the audit finds the offer refused

  @must @rfc8996-5
  Scenario: TLS 1.1 is refused
    RFC 8996 5: "TLS 1.1 MUST NOT be used. Negotiation of TLS 1.1 from any version of TLS MUST
    NOT be permitted."
    Cause: TLS 1.1 allowed (Dovecot: ssl_min_protocol = TLSv1 or TLSv1.1)
    Fix: Dovecot: ssl_min_protocol = TLSv1.2
    When the auditor offers only TLSv1.1 to the IMAP server
    Then the audit finds the offer refused

  @must @rfc2595-2.4
  Scenario: the certificate names the server
    RFC 2595 2.4: "During the TLS negotiation, the client MUST check its understanding of the
    server hostname against the server's identity as presented in the server Certificate
    message, in order to prevent man-in-the-middle attacks." The name checked is
    tls.server.name when set, else the host connected to. The transcript lists the
    certificate's subject, issuer, names and validity.
    Cause: a certificate for another name (Dovecot: ssl_cert)
    Fix: a certificate whose subjectAltName holds the name clients use
    When the auditor reads the server's certificate
    Then the audit finds the certificate naming the server

  @must @rfc5280-4.1.2.5
  Scenario: the certificate is within its validity period
    RFC 5280 4.1.2.5: "The certificate validity period is the time interval during which the CA
    warrants that it will maintain information about the status of the certificate."
    Cause: an expired or not yet valid certificate (Dovecot: ssl_cert)
    Fix: renew the certificate
    When the auditor reads the server's certificate
    Then the audit finds the certificate within its validity period

  @should @rfc2595-2.4
  Scenario: the certificate chains to a trusted root
    RFC 2595 2.4: "the client MUST check its understanding of the server hostname against the
    server's identity as presented in the server Certificate message"; a self-signed
    certificate gives a client nothing to check it with. With tls.insecure=true (the managed
    Dovecot's self-signed certificate) the scenario is skipped and the certificate described.
    Cause: a self-signed or privately issued certificate (Dovecot: ssl_cert)
    Fix: a certificate from a CA the clients trust (for example ACME / Let's Encrypt)
    When the auditor reads the server's certificate
    Then the audit finds the certificate chaining to a trusted root

  @must @rfc2595-3.1
  Scenario: a command pipelined with STARTTLS is not executed inside TLS
    RFC 2595 3.1 defines STARTTLS; a command sent in the same packet before the handshake
    comes from an unprotected channel, and a server that executes it inside the TLS session
    lets a man in the middle inject commands into it (the CVE-2011-0411 class). The server may
    discard it, refuse, or drop the connection.
    Cause: server software that keeps its cleartext input buffer across STARTTLS
    Fix: upgrade the server; it must discard buffered input when TLS starts
    When the auditor sends STARTTLS with a NOOP pipelined in the same packet
    Then the audit finds the pipelined command not executed inside TLS
