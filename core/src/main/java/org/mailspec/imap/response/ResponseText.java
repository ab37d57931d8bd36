package org.mailspec.imap.response;

import java.util.Optional;

/**
 * {@code resp-text = ["[" resp-text-code "]" SP] [text]}. CONTRACT STUB: the parser work refines
 * {@code code} into a typed {@code ResponseCode}; keep {@link #text()}.
 */
public record ResponseText(Optional<String> code, String text) {
}
