package org.mailspec.imap;

import java.util.Optional;
import org.mailspec.wire.TlsUpgrade;

/** STARTTLS: the command's completion, and the TLS upgrade when it was answered OK. */
public record StartTlsResult(CommandResult result, Optional<TlsUpgrade> upgrade) {
}
