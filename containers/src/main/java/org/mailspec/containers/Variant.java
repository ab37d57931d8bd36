package org.mailspec.containers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.mailspec.settings.Settings;
import org.mailspec.settings.SettingsException;

/**
 * Which Dovecot configuration a managed Dovecot runs: mailspec.conf alone, or with one variant
 * file of {@code containers/dovecot/} included after it. The layout variants reproduce other
 * servers' mailbox hierarchies, so that CI shows the harness judging servers laid out unlike
 * stock Dovecot.
 */
public enum Variant {
    /** mailspec.conf alone: Debian's stock settings plus what a test server needs. */
    STANDARD(null),
    /**
     * misconfigured.conf: auth_debug, auth_debug_passwords, auth_verbose, auth_verbose_passwords,
     * the ANONYMOUS mechanism and plaintext authentication without TLS switched on, for showing
     * that the security audit catches them.
     */
    MISCONFIGURED("misconfigured.conf"),
    /**
     * inbox-prefix.conf: the personal namespace is {@code INBOX.} with {@code .} as the hierarchy
     * delimiter, as on servers whose mailboxes all live under INBOX; a CREATE at the root is refused.
     */
    INBOX_PREFIX("inbox-prefix.conf"),
    /** slash.conf: {@code /} as the hierarchy delimiter, no prefix. */
    SLASH("slash.conf");

    private final String file;

    Variant(String file) {
        this.file = file;
    }

    /** The file of {@code containers/dovecot/} this variant adds to mailspec.conf, if any. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /**
     * The value of {@code MAILSPEC_VARIANT} in the image, of the setting {@code dovecot.variant},
     * of the target's trait and of its shipped baseline's suffix: {@code standard}, {@code misconfigured},
     * {@code inbox-prefix}, {@code slash}.
     */
    public String settingValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The name of the shipped baseline of a Dovecot target running this variant:
     * {@code dovecot}, or {@code dovecot-<variant>}.
     */
    public String baselineName() {
        return this == STANDARD ? "dovecot" : "dovecot-" + settingValue();
    }

    /** {@code -Ddovecot.variant=...} (env {@code DOVECOT_VARIANT}); default standard. */
    public static Variant from(Settings settings) {
        String raw = settings.get("dovecot.variant").orElse("standard");
        for (Variant v : values()) {
            if (v.settingValue().equals(raw.toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new SettingsException("dovecot.variant", raw, "expected one of "
                + Arrays.stream(values()).map(Variant::settingValue).collect(Collectors.joining(", ")));
    }
}
