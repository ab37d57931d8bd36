package org.mailspec.target;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a run may create its own mailboxes on an IMAP server, as discovered once per run (never
 * assumed): the personal namespace's prefix and its hierarchy delimiter, how they were learnt,
 * and the other namespaces the server offers.
 *
 * <p>RFC 9051 section 5.1 leaves the hierarchy, the delimiter and the namespaces to the server:
 * one server puts every mailbox under {@code INBOX.}, another at the root with {@code /}.
 *
 * @param personalPrefix the prefix of the personal namespace, delimiter included ({@code ""},
 *                       {@code "INBOX."}, or a {@code mailbox.prefix} setting such as {@code INBOX.Tests.})
 * @param delimiter      the hierarchy delimiter; empty when the server's names are flat (NIL)
 * @param source         how the prefix was learnt
 * @param otherUsers     prefixes of the other users' namespaces (RFC 2342), empty when none
 * @param shared         prefixes of the shared namespaces (RFC 2342), empty when none
 * @param notes          what the discovery noticed, one line each (e.g. a NAMESPACE reply without a
 *                       personal namespace); shown in the report, never hidden
 */
public record ImapLayout(String personalPrefix, Optional<String> delimiter, Source source, List<String> otherUsers,
                         List<String> shared, List<String> notes) {

    /** How the personal prefix was learnt. */
    public enum Source {
        /** The {@code mailbox.prefix} setting. */
        SETTING,
        /** The server's NAMESPACE reply (RFC 2342, RFC 9051 6.3.10). */
        NAMESPACE,
        /** No NAMESPACE: {@code LIST "" ""} for the delimiter, then CREATE probes at the root and under INBOX. */
        PROBE,
        /**
         * No NAMESPACE, and the CREATE probes were refused at the root and under INBOX: the run knows
         * no place where it may create a mailbox (scenarios that need one SKIP and say so).
         */
        REFUSED;

        public String label() {
            return switch (this) {
                case SETTING -> "the mailbox.prefix setting";
                case NAMESPACE -> "NAMESPACE";
                case PROBE -> "LIST and CREATE probes";
                case REFUSED -> "LIST and CREATE probes, every CREATE refused";
            };
        }
    }

    public ImapLayout {
        Objects.requireNonNull(personalPrefix, "personalPrefix");
        Objects.requireNonNull(delimiter, "delimiter");
        Objects.requireNonNull(source, "source");
        otherUsers = List.copyOf(otherUsers);
        shared = List.copyOf(shared);
        notes = List.copyOf(notes);
    }

    /** The layout of a server whose mailboxes sit at the root, with this delimiter (unit tests). */
    public static ImapLayout root(String delimiter) {
        return new ImapLayout("", Optional.of(delimiter), Source.PROBE, List.of(), List.of(), List.of());
    }

    /** Whether the run knows a place where it may create mailboxes (every source but {@link Source#REFUSED}). */
    public boolean knowsWhereToCreate() {
        return source != Source.REFUSED;
    }

    /** The name of a mailbox the run creates: the personal prefix followed by {@code leaf}. */
    public String place(String leaf) {
        return personalPrefix + leaf;
    }

    /** A child of {@code parent}: parent, delimiter, leaf; empty on a flat server. */
    public Optional<String> child(String parent, String leaf) {
        return delimiter.map(d -> parent + d + leaf);
    }

    /** One line for the console and the report: {@code personal namespace "INBOX.", delimiter "." (NAMESPACE)}. */
    public String describe() {
        return "personal namespace \"" + personalPrefix + "\", delimiter "
                + delimiter.map(d -> "\"" + d + "\"").orElse("NIL (flat names)") + " (from " + source.label() + ")";
    }
}
