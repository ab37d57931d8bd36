package org.mailspec.pop3;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A unique-id listing (RFC 1939 section 7, UIDL): {@code message-number SP unique-id}, the unique-id
 * "consisting of one to 70 characters in the range 0x21 to 0x7E", nothing after it.
 */
public record UniqueIdListing(int number, String uid) {

    private static final Pattern UID = Pattern.compile("([0-9]+) ([\\x21-\\x7E]{1,70})");

    /** The reply to {@code UIDL msg}: {@code "+OK" SP} unique-id listing; empty when it is not that. */
    public static Optional<UniqueIdListing> of(Pop3Reply reply) {
        return Listing.afterOk(reply).flatMap(UniqueIdListing::parse);
    }

    /** One data line of a multi-line UIDL reply. */
    public static Optional<UniqueIdListing> parse(String line) {
        return Listing.match(UID, line, m -> new UniqueIdListing(Integer.parseInt(m.group(1)), m.group(2)));
    }

    /** The data lines of a multi-line UIDL reply. */
    public static Listing<UniqueIdListing> all(MultiLineReply reply) {
        return Listing.parse(reply, UniqueIdListing::parse);
    }
}
