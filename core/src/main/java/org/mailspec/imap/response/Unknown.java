package org.mailspec.imap.response;

import java.util.Objects;

/**
 * An untagged response this model does not type: an experimental ({@code X...}) or registered
 * extension response (ID, QUOTA, ACL, METADATA, SORT, THREAD, ...) whose tokens are well formed, or,
 * in lenient mode only, anything else the parser could not read. {@code name} is the first word,
 * upper-cased ({@code "5 XFOO"} style responses keep the number in the raw bytes only).
 */
public record Unknown(String name, byte[] raw) implements UntaggedResponse {
    public Unknown {
        Objects.requireNonNull(name, "name");
    }
}
