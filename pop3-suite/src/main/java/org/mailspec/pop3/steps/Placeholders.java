package org.mailspec.pop3.steps;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mailspec.pop3.Apop;
import org.mailspec.settings.Account;

/**
 * The placeholders of wire text ({@code $user}, {@code $m1}, {@code $beyond-last}, ...; STEPS.md),
 * expanded for the client that will send the line, just before it is sent.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$([a-z][a-z0-9-]*)");

    private final Pop3Setup setup;
    private final Maildrop maildrop;

    public Placeholders(Pop3Setup setup, Maildrop maildrop) {
        this.setup = setup;
        this.maildrop = maildrop;
    }

    public String expand(Client c, String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(value(c, m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String value(Client c, String name) {
        Account a = maildrop.account();
        return switch (name) {
            case "user" -> a.user();
            case "password" -> a.password();
            case "wrong-password" -> wrong(a);
            case "unknown-user" -> "mailspec-nobody-" + setup.runId();
            case "beyond-last" -> String.valueOf(maildrop.highest(c) + 1);
            case "sasl-plain" -> SaslExchange.plain(a.user(), a.password());
            case "sasl-plain-wrong" -> SaslExchange.plain(a.user(), wrong(a));
            case "apop-digest" -> Apop.digest(timestamp(c), a.password());
            case "apop-wrong-digest" -> Apop.digest(timestamp(c), wrong(a));
            default -> {
                if (!maildrop.isSeeded(name)) {
                    throw new IllegalArgumentException("unknown placeholder $" + name + ": neither a seeded message nor "
                            + "one of $user, $password, $wrong-password, $unknown-user, $beyond-last, $sasl-plain, "
                            + "$sasl-plain-wrong, $apop-digest, $apop-wrong-digest");
                }
                yield String.valueOf(maildrop.number(c, name));
            }
        };
    }

    private static String wrong(Account a) {
        return a.password() + "-not";
    }

    private static String timestamp(Client c) {
        return c.pop3().apopTimestamp().orElseThrow(() -> new IllegalStateException(
                "client " + c.name() + "'s greeting has no <timestamp> for APOP: " + c.pop3().greeting()));
    }
}
