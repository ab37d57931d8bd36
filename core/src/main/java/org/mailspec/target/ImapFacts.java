package org.mailspec.target;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the IMAP preflight learnt of the server once per run, so that no scenario probes again:
 * the capabilities it advertised before TLS, after STARTTLS and after login, and its layout.
 *
 * @param beforeTls  the capabilities on the connection before STARTTLS (empty for implicit TLS)
 * @param afterTls   the capabilities once TLS is up (empty when the run does not use TLS)
 * @param afterLogin the capabilities after LOGIN (servers list more once a user is in)
 * @param layout     where the run's mailboxes go
 * @param notes      what the probe could not do and how it fell back, one line each
 */
public record ImapFacts(List<String> beforeTls, List<String> afterTls, List<String> afterLogin, ImapLayout layout,
                        List<String> notes) {

    public ImapFacts {
        beforeTls = List.copyOf(beforeTls);
        afterTls = List.copyOf(afterTls);
        afterLogin = List.copyOf(afterLogin);
        Objects.requireNonNull(layout, "layout");
        notes = List.copyOf(notes);
    }

    /** Every capability the server advertised in any state, upper-cased. */
    public Set<String> advertised() {
        Set<String> all = new TreeSet<>();
        for (List<String> l : List.of(beforeTls, afterTls, afterLogin)) {
            l.forEach(c -> all.add(c.toUpperCase(Locale.ROOT)));
        }
        return Set.copyOf(all);
    }
}
