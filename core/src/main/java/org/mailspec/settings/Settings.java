package org.mailspec.settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The run's settings, each read from a system property or else from the environment variable of
 * the same name in upper case with {@code .} turned into {@code _} ({@code imap.host} ->
 * {@code IMAP_HOST}); {@code target} is also read from {@code MAILSPEC_TARGET}. A bad value throws
 * {@link SettingsException} naming the setting.
 */
public final class Settings {

    private final Map<String, String> properties;
    private final Map<String, String> environment;

    public Settings(Map<String, String> properties, Map<String, String> environment) {
        this.properties = Map.copyOf(properties);
        this.environment = Map.copyOf(environment);
    }

    /** Settings from this JVM's system properties and environment. */
    public static Settings fromSystem() {
        Map<String, String> props = new java.util.HashMap<>();
        System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
        return new Settings(props, System.getenv());
    }

    public static Settings of(Map<String, String> properties) {
        return new Settings(properties, Map.of());
    }

    public static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /** The raw value, or empty when unset or blank. */
    public Optional<String> get(String key) {
        String v = properties.get(key);
        if (v == null || v.isBlank()) {
            v = environment.get(envName(key));
        }
        if ((v == null || v.isBlank()) && key.equals("target")) {
            v = environment.get("MAILSPEC_TARGET");
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    public String require(String key, String why) {
        return get(key).orElseThrow(() -> new SettingsException(key, null, "required " + why));
    }

    public String target() {
        return get("target").orElse("auto").toLowerCase(Locale.ROOT);
    }

    public Optional<Integer> port(String key) {
        return get(key).map(v -> {
            try {
                int p = Integer.parseInt(v);
                if (p >= 1 && p <= 65535) {
                    return p;
                }
            } catch (NumberFormatException e) {
                // fall through
            }
            throw new SettingsException(key, v, "not a port number (1-65535)");
        });
    }

    public Optional<TlsMode> tls(String key) {
        return get(key).map(v -> TlsMode.parse(key, v));
    }

    public boolean flag(String key) {
        return get(key).map(v -> {
            switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1", "on": return true;
                case "false", "no", "0", "off": return false;
                default: throw new SettingsException(key, v, "expected true or false");
            }
        }).orElse(false);
    }

    public Duration timeout() {
        return get("timeout.seconds").map(v -> {
            try {
                double s = Double.parseDouble(v);
                if (s > 0 && s <= 3600) {
                    return Duration.ofMillis((long) (s * 1000));
                }
            } catch (NumberFormatException e) {
                // fall through
            }
            throw new SettingsException("timeout.seconds", v, "expected seconds between 0 and 3600");
        }).orElse(Duration.ofSeconds(10));
    }

    /** {@code accounts = user:password,user2:password2}; empty when unset. */
    public List<Account> accounts() {
        Optional<String> raw = get("accounts");
        if (raw.isEmpty()) {
            return List.of();
        }
        List<Account> out = new ArrayList<>();
        for (String part : raw.get().split(",")) {
            int colon = part.indexOf(':');
            if (colon <= 0 || colon == part.length() - 1) {
                throw new SettingsException("accounts", "(hidden)",
                        "expected user:password[,user2:password2], got an entry without user:password");
            }
            out.add(new Account(part.substring(0, colon).trim(), part.substring(colon + 1)));
        }
        return List.copyOf(out);
    }
}
