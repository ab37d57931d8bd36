package org.mailspec.run;

/**
 * A precondition login or connection refused because the server's connection limit was reached
 * (an IMAP {@code [LIMIT]} code, a POP3 {@code [IN-USE]}/{@code [SYS/TEMP]} naming the limit, a
 * "Maximum number of connections" reply): a fact about the load the run put on the server, not a
 * verdict on the scenario. The run retries the scenario alone after the others; only if it is
 * refused again does it end as an ERROR. A scenario whose rule is about limits judges the refusal
 * itself and never sees this.
 */
public class ConnectionLimit extends HarnessError {
    public ConnectionLimit(String message) {
        super(message);
    }

    /** Whether a refusal's text names a connection limit (the words servers use). */
    public static boolean named(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        return t.contains("[limit]") || t.contains("maximum number of connections") || t.contains("too many connections")
                || t.contains("connection limit");
    }
}
