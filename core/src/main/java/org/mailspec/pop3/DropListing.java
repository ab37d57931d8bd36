package org.mailspec.pop3;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A drop listing, the reply to STAT (RFC 1939 section 5): {@code "+OK" SP count SP octets}, decimal,
 * then nothing or SP and free text. "In order to simplify parsing, all POP3 servers are required
 * to use a certain format for drop listings": exactly one space, no other text between.
 *
 * @param messages the number of messages in the maildrop
 * @param octets   the size of the maildrop in octets
 */
public record DropListing(long messages, long octets) {

    private static final Pattern DROP = Pattern.compile("([0-9]+) ([0-9]+)(?: .*)?");

    /** The drop listing of a reply; empty when the reply is not a positive one in that exact format. */
    public static Optional<DropListing> of(Pop3Reply reply) {
        return Listing.afterOk(reply).flatMap(DropListing::parse);
    }

    private static Optional<DropListing> parse(String text) {
        return Listing.match(DROP, text, m -> new DropListing(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
    }
}
