package org.mailspec.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dovecot's settings that decide what its log and its login mechanisms give away, read from
 * {@code doveconf -n} (which lists only what differs from the built-in defaults; a setting it does
 * not list has its default).
 */
public final class DovecotAuthLogging {

    /** One setting: its effective value, the default, what it exposes when on, and whether it is on. */
    public record Setting(String name, String value, String defaultValue, String exposes, boolean dangerous) {
        @Override
        public String toString() {
            return name + " = " + value + (value.equals(defaultValue) ? " (default)" : "") + ": "
                    + (dangerous ? "ON, " + exposes : "off");
        }
    }

    /** The settings that log passwords. */
    public static final List<String> PASSWORD_LOGGING = List.of("auth_debug_passwords", "auth_verbose_passwords");
    /** The settings that log authentication details (user names, failure reasons, SASL exchanges). */
    public static final List<String> DEBUG_LOGGING = List.of("auth_debug", "auth_verbose");

    private static final Pattern TOP_LEVEL = Pattern.compile("^([a-z_]+) = ?(.*)$");

    private final Map<String, String> values;

    private DovecotAuthLogging(Map<String, String> values) {
        this.values = values;
    }

    /** Parses the top-level settings of {@code doveconf -n} output (blocks and comments skipped). */
    public static DovecotAuthLogging parse(String doveconf) {
        Map<String, String> v = new LinkedHashMap<>();
        int depth = 0;
        for (String raw : doveconf.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.endsWith("{")) {
                depth++;
                continue;
            }
            if (line.equals("}")) {
                depth = Math.max(0, depth - 1);
                continue;
            }
            if (depth == 0) {
                Matcher m = TOP_LEVEL.matcher(line);
                if (m.matches()) {
                    v.put(m.group(1), m.group(2).strip());
                }
            }
        }
        return new DovecotAuthLogging(v);
    }

    public String value(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    public Setting setting(String name) {
        return switch (name) {
            case "auth_debug" -> yesNo(name, "every authentication step, including each SASL exchange and lookup");
            case "auth_debug_passwords" -> yesNo(name,
                    "the passwords themselves: base64 SASL responses, given passwords and the stored hashes they are compared with");
            case "auth_verbose" -> yesNo(name, "every failed authentication with its reason (which user names exist)");
            case "auth_verbose_passwords" -> {
                String value = value(name, "no");
                boolean on = !value.equalsIgnoreCase("no") && !value.isEmpty();
                yield new Setting(name, value, "no", "the password of every failed login (" + value
                        + (value.toLowerCase(Locale.ROOT).startsWith("plain") ? ": in clear text" : ": hashed") + ")", on);
            }
            case "auth_anonymous_username" -> {
                String mechanisms = value("auth_mechanisms", "plain");
                boolean on = mechanisms.toLowerCase(Locale.ROOT).contains("anonymous");
                yield new Setting(name, value(name, "anonymous"), "anonymous",
                        "anyone can log in without a password, as this user (ANONYMOUS is in auth_mechanisms)", on);
            }
            default -> throw new IllegalArgumentException("not an audited Dovecot setting: " + name);
        };
    }

    private Setting yesNo(String name, String exposes) {
        String value = value(name, "no");
        return new Setting(name, value, "no", exposes, value.equalsIgnoreCase("yes"));
    }

    /** The five settings of the seed's table, in its order. */
    public List<Setting> all() {
        List<Setting> out = new ArrayList<>();
        for (String n : List.of("auth_debug", "auth_debug_passwords", "auth_verbose", "auth_verbose_passwords",
                "auth_anonymous_username")) {
            out.add(setting(n));
        }
        return out;
    }
}
