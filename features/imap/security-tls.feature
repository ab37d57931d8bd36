@imap @security @tls
Feature: IMAP security audit: TLS (RFC 9051, RFC 8314, RFC 8996, RFC 2595)

  The audit looks at TLS as a client would meet it: STARTTLS on the cleartext port, TLS from
  the first byte on the IMAPS port, no version older than TLS 1.2, a certificate a client can
  check, and no command smuggled into the TLS session from before the handshake. Old versions
  are probed with a ClientHello the audit writes itself, so the answer does not depend on what
  this JVM allows.

  @must @rfc9051-6.1.1 @rfc9051-11.2
  Scenario: STARTTLS is advertised on the cleartext port
    RFC 9051 11.2: "The server SHOULD also implement IMAP on a cleartext port. If the server
    listens on a cleartext port, it MUST allow the STARTTLS command on it." RFC 9051 6.1.1:
    "Client and server implementations MUST implement the STARTTLS (Section 6.2.1) and
    LOGINDISABLED capabilities on cleartext ports."
    Cause: TLS not configured for the cleartext port (Dovecot: ssl = no)
    Fix: configure a certificate and enable TLS (Dovecot: ssl = yes with ssl_cert and ssl_key)
    Given the auditor connects to IMAP without TLS from an untrusted address
    Then the audit finds STARTTLS advertised

  @should @rfc8314-3.2 @rfc8314-4 @rfc9051-11.2
  Scenario: the IMAPS port speaks TLS from the first byte
    RFC 8314 3.2: "When a TCP connection is established for the "imaps" service (default port
    993), a TLS handshake begins immediately." RFC 8314 4: "MSPs that support POP, IMAP, and/or
    Message Submission SHOULD provide and support instances of those services that use Implicit
    TLS." RFC 9051 11.2: "The server MUST implement TLS negotiation on an Implicit TLS port."
    Level: SHOULD, because the audit judges the running configuration: the MUST binds the implementation, the SHOULD binds the site that offers the service.
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

  @must @rfc2595-2.4 @rfc8314-4.4
  Scenario: the certificate names the server
    RFC 8314 4.4: "MSPs MUST maintain valid server certificates for all servers. See [RFC7817]
    for the recommendations and requirements necessary to achieve this." RFC 2595 2.4: "During
    the TLS negotiation, the client MUST check its understanding of the server hostname against
    the server's identity as presented in the server Certificate message, in order to prevent
    man-in-the-middle attacks." A certificate for another name is not valid for this server. The
    name checked is tls.server.name when set, else the host connected to. The transcript lists
    the certificate's subject, issuer, names and validity.
    Cause: a certificate for another name (Dovecot: ssl_cert)
    Fix: a certificate whose subjectAltName holds the name clients use
    When the auditor reads the server's certificate
    Then the audit finds the certificate naming the server

  @must @rfc5280-4.1.2.5 @rfc8314-4.4
  Scenario: the certificate is within its validity period
    RFC 8314 4.4: "MSPs MUST maintain valid server certificates for all servers. See [RFC7817]
    for the recommendations and requirements necessary to achieve this." RFC 5280 4.1.2.5: "The
    certificate validity period is the time interval during which the CA warrants that it will
    maintain information about the status of the certificate."
    Cause: an expired or not yet valid certificate (Dovecot: ssl_cert)
    Fix: renew the certificate
    When the auditor reads the server's certificate
    Then the audit finds the certificate within its validity period

  @should @rfc2595-2.4 @rfc8314-4.4
  Scenario: the certificate chains to a trusted root
    RFC 8314 4.4: "MSPs MUST maintain valid server certificates for all servers. See [RFC7817]
    for the recommendations and requirements necessary to achieve this." RFC 2595 2.4: "the
    client MUST check its understanding of the server hostname against the server's identity as
    presented in the server Certificate message"; a self-signed certificate gives a client
    nothing to check it with. With tls.insecure=true (the managed Dovecot's self-signed
    certificate) the scenario is skipped and the certificate described.
    Level: SHOULD, because a certificate from a private CA is valid for clients given that CA; the audit trusts only the public roots and cannot tell, so its finding is a WARN.
    Cause: a self-signed or privately issued certificate (Dovecot: ssl_cert)
    Fix: a certificate from a CA the clients trust (for example ACME / Let's Encrypt)
    When the auditor reads the server's certificate
    Then the audit finds the certificate chaining to a trusted root

  @must @rfc9051-6.2.1
  Scenario: a command pipelined with STARTTLS is not executed inside TLS
    RFC 9051 6.2.1: "Some past server implementations incorrectly implemented STARTTLS
    processing and are known to contain STARTTLS plaintext command injection vulnerability
    [CERT-555316]. In order to avoid this vulnerability, server implementations MUST do one of
    the following if any data is received in the same TCP buffer after the CRLF that starts the
    STARTTLS command:" "Extra data from the TCP buffer is interpreted as the beginning of the
    TLS handshake." or "Extra data from the TCP buffer is thrown away." A server that executes
    such a command inside the TLS session lets a man in the middle inject commands into it (the
    CVE-2011-0411 class); it may also refuse or drop the connection.
    Cause: server software that keeps its cleartext input buffer across STARTTLS
    Fix: upgrade the server; it must discard buffered input when TLS starts
    When the auditor sends STARTTLS with a NOOP pipelined in the same packet
    Then the audit finds the pipelined command not executed inside TLS
