package org.mailspec.pop3;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A scan listing (RFC 1939 section 5, LIST): {@code message-number SP size}, decimal, then nothing or
 * SP and free text; the size is "the exact size of the message in octets" (section 11).
 */
public record ScanListing(int number, long octets) {

    private static final Pattern SCAN = Pattern.compile("([0-9]+) ([0-9]+)(?: .*)?");

    /** The reply to {@code LIST msg}: {@code "+OK" SP} scan listing; empty when it is not that. */
    public static Optional<ScanListing> of(Pop3Reply reply) {
        return Listing.afterOk(reply).flatMap(ScanListing::parse);
    }

    /** One data line of a multi-line LIST reply. */
    public static Optional<ScanListing> parse(String line) {
        return Listing.match(SCAN, line, m -> new ScanListing(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2))));
    }

    /** The data lines of a multi-line LIST reply. */
    public static Listing<ScanListing> all(MultiLineReply reply) {
        return Listing.parse(reply, ScanListing::parse);
    }
}
