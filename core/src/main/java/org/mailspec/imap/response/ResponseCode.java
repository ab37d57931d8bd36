package org.mailspec.imap.response;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code resp-text-code}: the bracketed code of a status response (RFC 9051 section 7.1, RFC 3501
 * section 7.1, RFC 4315 UIDPLUS, RFC 5530, RFC 7162 CONDSTORE, RFC 3516 BINARY). Codes without
 * arguments are {@link Simple}; a code this model does not know is kept as {@link Other}, never
 * dropped.
 */
public sealed interface ResponseCode {

    /** The code's atom as the RFCs spell it, e.g. {@code READ-WRITE}. */
    String atom();

    /** True if this code's atom is {@code atom}, ignoring case. */
    default boolean is(String atom) {
        return atom().equalsIgnoreCase(atom);
    }

    /** Codes that take no argument. */
    enum Simple implements ResponseCode {
        ALERT, PARSE, READ_ONLY, READ_WRITE, TRYCREATE,
        /** RFC 4315. */
        UIDNOTSTICKY,
        /** RFC 7162 / RFC 9051: the previous mailbox is closed. */
        CLOSED,
        /** RFC 7162. */
        NOMODSEQ,
        /** RFC 5530 / RFC 9051. */
        UNAVAILABLE, AUTHENTICATIONFAILED, AUTHORIZATIONFAILED, EXPIRED, PRIVACYREQUIRED, CONTACTADMIN,
        NOPERM, INUSE, EXPUNGEISSUED, CORRUPTION, SERVERBUG, CLIENTBUG, CANNOT, LIMIT, OVERQUOTA,
        ALREADYEXISTS, NONEXISTENT,
        /** RFC 9051. */
        NOTSAVED, HASCHILDREN,
        /** RFC 3516 / RFC 9051. */
        UNKNOWN_CTE,
        /** RFC 4978. */
        COMPRESSIONACTIVE,
        /** RFC 6154. */
        USEATTR;

        @Override
        public String atom() {
            return name().replace('_', '-');
        }

        /** The Simple code named {@code atom} (any case), if there is one. */
        public static Optional<Simple> forAtom(String atom) {
            String key = atom.toUpperCase(Locale.ROOT).replace('-', '_');
            for (Simple s : values()) {
                if (s.name().equals(key)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /** {@code "BADCHARSET" [SP "(" charset *(SP charset) ")"]}; the list is empty when absent. */
    record BadCharset(List<String> charsets) implements ResponseCode {
        public BadCharset {
            charsets = List.copyOf(charsets);
        }

        @Override
        public String atom() {
            return "BADCHARSET";
        }
    }

    /** {@code capability-data} as a code, e.g. in the greeting. */
    record Capability(List<String> capabilities) implements ResponseCode {
        public Capability {
            capabilities = List.copyOf(capabilities);
        }

        @Override
        public String atom() {
            return "CAPABILITY";
        }

        public boolean has(String capability) {
            return capabilities.stream().anyMatch(c -> c.equalsIgnoreCase(capability));
        }
    }

    /** {@code "PERMANENTFLAGS" SP "(" [flag-perm *(SP flag-perm)] ")"}. */
    record PermanentFlags(List<Flag> flags) implements ResponseCode {
        public PermanentFlags {
            flags = List.copyOf(flags);
        }

        @Override
        public String atom() {
            return "PERMANENTFLAGS";
        }

        /** {@code \*} is listed: new keywords can be created. */
        public boolean allowsNewKeywords() {
            return flags.contains(Flag.ANY_KEYWORD);
        }
    }

    /** {@code "UIDNEXT" SP nz-number}. */
    record UidNext(long uid) implements ResponseCode {
        @Override
        public String atom() {
            return "UIDNEXT";
        }
    }

    /** {@code "UIDVALIDITY" SP nz-number}. */
    record UidValidity(long uidValidity) implements ResponseCode {
        @Override
        public String atom() {
            return "UIDVALIDITY";
        }
    }

    /** {@code "UNSEEN" SP nz-number} (RFC 3501 only): the first unseen message. */
    record Unseen(long seq) implements ResponseCode {
        @Override
        public String atom() {
            return "UNSEEN";
        }
    }

    /** RFC 4315 {@code "APPENDUID" SP nz-number SP append-uid}; {@code uids} is one UID, or a set after MULTIAPPEND. */
    record AppendUid(long uidValidity, SequenceSet uids) implements ResponseCode {
        @Override
        public String atom() {
            return "APPENDUID";
        }
    }

    /** RFC 4315 {@code "COPYUID" SP nz-number SP uid-set SP uid-set}. */
    record CopyUid(long uidValidity, SequenceSet sourceUids, SequenceSet destinationUids) implements ResponseCode {
        @Override
        public String atom() {
            return "COPYUID";
        }
    }

    /** RFC 7162 {@code "HIGHESTMODSEQ" SP mod-sequence-value}. */
    record HighestModSeq(long modSeq) implements ResponseCode {
        @Override
        public String atom() {
            return "HIGHESTMODSEQ";
        }
    }

    /** RFC 7162 {@code "MODIFIED" SP sequence-set}: messages that failed the UNCHANGEDSINCE test. */
    record Modified(SequenceSet messages) implements ResponseCode {
        @Override
        public String atom() {
            return "MODIFIED";
        }
    }

    /** {@code atom [SP 1*<any TEXT-CHAR except "]">]}: a code this model does not type. */
    record Other(String atom, Optional<String> text) implements ResponseCode {
    }
}
