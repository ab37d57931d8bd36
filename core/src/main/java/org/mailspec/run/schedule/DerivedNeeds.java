package org.mailspec.run.schedule;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a scenario's needs from its steps and tags, so that a scenario author declares nothing
 * (a tag {@code @exclusive} forces exclusive use of the account's mail).
 *
 * <ul>
 * <li>IMAP: exclusive when a step names INBOX (seeding, selecting, appending, expunging there), when
 *     it LISTs or LSUBs the whole hierarchy with a wildcard (other scenarios' mailboxes would be in
 *     the answer), when it speaks POP3 or delivers mail (the maildrop is the INBOX; a delivery adds
 *     to it), or the scenario is {@code @destructive}, {@code @delivery} or {@code @cross-protocol};
 *     two users with "as the second user".</li>
 * <li>POP3: exclusive as soon as a session may log in (the maildrop is the account's, and a POP3
 *     server may lock it: RFC 1939 section 8), or the scenario seeds the maildrop.</li>
 * <li>Connections: the distinct clients of the scenario, plus the hidden setup session and the
 *     auditor's.</li>
 * <li>Slow: a wrong password, an unknown user or repeated failed logins (servers delay each
 *     failure).</li>
 * </ul>
 */
public final class DerivedNeeds {

    private static final Pattern INBOX = Pattern.compile("\\bINBOX\\b");
    /** LIST/LSUB with a wildcard over the whole hierarchy: every mailbox of the account is in the answer. */
    private static final Pattern WHOLE_LIST = Pattern.compile("\"(?:LIST|LSUB)\\b[^$]*[*%]");
    /** An IMAP scenario that opens a POP3 session or hands mail to the server's SMTP/LMTP: the INBOX is in play. */
    private static final Pattern MAILDROP_OR_DELIVERY = Pattern.compile("\\bPOP3\\b|\\bdelivered\\b|\\bsubmitted\\b|\\bSMTP\\b|\\bLMTP\\b");
    private static final Pattern SECOND_USER = Pattern.compile("second user");
    private static final Pattern POP3_LOGIN = Pattern.compile(
            "TRANSACTION|authenticates|maildrop|\"(?:PASS|APOP|AUTH)\\b|\\b(?:PASS|APOP|AUTH) |logs in|log in|\\$password|\\$sasl");
    private static final Pattern CLIENT = Pattern.compile("\\bclient ([A-Z][A-Za-z0-9]*)\\b|\\bthe client\\b");
    private static final Pattern SLOW = Pattern.compile(
            "wrong[- ]password|wrong-digest|sasl-plain-wrong|unknown[- ]user|fails? to log in|marker password");

    private DerivedNeeds() {
    }

    public static ScenarioNeeds of(ScenarioFacts s) {
        boolean pop3 = s.featurePath().startsWith("pop3/");
        boolean exclusive = s.tagged("@exclusive") || s.tagged("@destructive") || s.tagged("@delivery")
                || s.tagged("@cross-protocol")
                || (pop3 ? s.anyStep(POP3_LOGIN)
                        : s.anyStep(INBOX) || s.anyStep(WHOLE_LIST) || s.anyStep(MAILDROP_OR_DELIVERY));
        int users = !pop3 && s.anyStep(SECOND_USER) ? 2 : 1;
        Set<String> clients = new LinkedHashSet<>();
        for (String step : s.steps()) {
            Matcher m = CLIENT.matcher(step);
            while (m.find()) {
                clients.add(m.group(1) == null ? "A" : m.group(1));
            }
        }
        int connections = Math.max(1, clients.size()) + 2;
        return new ScenarioNeeds(users, exclusive, connections, s.anyStep(SLOW));
    }
}
