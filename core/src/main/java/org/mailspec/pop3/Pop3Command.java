package org.mailspec.pop3;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A command line as the client sends it, without its CRLF (RFC 1939 section 3: "Commands in the
 * POP3 consist of a case-insensitive keyword, possibly followed by one or more arguments").
 */
public record Pop3Command(String line) {

    public Pop3Command {
        Objects.requireNonNull(line, "line");
    }

    /** The keyword in upper case: {@code retr 1} gives {@code RETR}. */
    public String keyword() {
        String t = line.trim();
        int sp = t.indexOf(' ');
        return (sp < 0 ? t : t.substring(0, sp)).toUpperCase(Locale.ROOT);
    }

    /** Whether an argument follows the keyword. */
    public boolean hasArgument() {
        return line.trim().indexOf(' ') > 0;
    }

    /**
     * The arguments after the keyword, as the line separates them (RFC 1939 section 3: "Keywords and
     * arguments are each separated by a single SPACE character"); empty without arguments.
     */
    public List<String> arguments() {
        String t = line.trim();
        int sp = t.indexOf(' ');
        return sp < 0 ? List.of() : List.of(t.substring(sp + 1).split(" ", -1));
    }

    /**
     * Whether a positive reply to this command is multi-line: CAPA (RFC 2449 section 5), RETR and
     * TOP, and LIST and UIDL without an argument (RFC 1939 sections 5 and 7).
     */
    public boolean multiLine() {
        return switch (keyword()) {
            case "CAPA", "RETR", "TOP" -> true;
            case "LIST", "UIDL" -> !hasArgument();
            default -> false;
        };
    }

    /** The line as it may be shown: PASS's argument, APOP's digest and AUTH's initial response masked. */
    public String masked() {
        return Pop3SecretMasker.maskCommand(line);
    }

    @Override
    public String toString() {
        return masked();
    }
}
