package org.mailspec.imap;

import java.util.Optional;
import org.mailspec.wire.CloseObservation;

/**
 * LOGOUT: the BYE the server sent (RFC 9051 6.1.3: it MUST), the completion (empty if the server
 * closed before sending it), and whether the server then closed the connection.
 */
public record LogoutResult(Optional<Received> bye, Optional<CommandResult> result, CloseObservation close) {
}
