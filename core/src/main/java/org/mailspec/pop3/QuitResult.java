package org.mailspec.pop3;

import java.util.Optional;
import org.mailspec.wire.CloseObservation;

/** QUIT: the reply (empty if the server closed without one) and whether the server then closed. */
public record QuitResult(Optional<Pop3Reply> reply, CloseObservation close) {
}
