package org.mailspec.containers;

import java.util.Locale;

import org.mailspec.settings.Settings;
import org.mailspec.settings.SettingsException;

/** Which Dovecot configuration a managed Dovecot runs. */
public enum Variant {
    /** mailspec.conf alone: Debian's stock settings plus what a test server needs. */
    STANDARD,
    /**
     * mailspec.conf plus misconfigured.conf: auth_debug, auth_debug_passwords, auth_verbose,
     * auth_verbose_passwords, the ANONYMOUS mechanism and plaintext authentication without TLS
     * switched on, for showing that the security audit catches them.
     */
    MISCONFIGURED;

    /** The value of {@code MAILSPEC_VARIANT} in the image and of the setting {@code dovecot.variant}. */
    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code -Ddovecot.variant=standard|misconfigured} (env {@code DOVECOT_VARIANT}); default standard. */
    public static Variant from(Settings settings) {
        String raw = settings.get("dovecot.variant").orElse("standard");
        for (Variant v : values()) {
            if (v.settingValue().equals(raw.toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new SettingsException("dovecot.variant", raw, "expected standard or misconfigured");
    }
}
