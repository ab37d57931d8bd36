package org.mailspec.pop3;

import java.util.Optional;
import org.mailspec.wire.TlsUpgrade;

/** STLS (RFC 2595 section 4): the reply, and the TLS upgrade when it was +OK. */
public record StlsResult(Pop3Reply reply, Optional<TlsUpgrade> upgrade) {
}
