package org.mailspec.imap.steps.support;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A mailbox name an alias stands for: the Unicode name and how it travels on the wire
 * (modified UTF-7 per RFC 3501 5.1.3, or UTF-8 once {@code UTF8=ACCEPT} is enabled).
 */
public record MailboxName(String unicode) {

    public MailboxName {
        Objects.requireNonNull(unicode, "unicode");
    }

    /** The wire form: modified UTF-7, or UTF-8 when the client enabled UTF8=ACCEPT. */
    public String wire(boolean utf8Accepted) {
        return utf8Accepted ? unicode : ModifiedUtf7.encode(unicode);
    }

    /** The name as a quoted string (quoted-specials escaped). */
    public String quoted(boolean utf8Accepted) {
        return "\"" + wire(utf8Accepted).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The bare name inside a quoted string the scenario wrote itself. */
    public String insideQuotes(boolean utf8Accepted) {
        return wire(utf8Accepted).replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Whether a response value names this mailbox: any string form, modified UTF-7 or UTF-8. */
    public boolean matches(Value v) {
        String t = Value.text(v);
        if (t == null || v instanceof Value.Num) {
            return false;
        }
        if (t.equals(unicode)) {
            return true;
        }
        String decoded = ModifiedUtf7.decodeOrNull(t);
        return unicode.equals(decoded);
    }

    /** Whether the octets on the wire are exactly the modified UTF-7 form. */
    public boolean sentAsModifiedUtf7(Value v) {
        return v instanceof Value.Str s && s.utf8().equals(ModifiedUtf7.encode(unicode))
                || v instanceof Value.Atom a && a.text().equals(ModifiedUtf7.encode(unicode));
    }

    /** Whether the octets on the wire are exactly the UTF-8 form. */
    public boolean sentAsUtf8(Value v) {
        byte[] want = unicode.getBytes(StandardCharsets.UTF_8);
        return v instanceof Value.Str s && java.util.Arrays.equals(s.octets(), want)
                || v instanceof Value.Atom a && a.text().equals(unicode);
    }
}
