package org.mailspec.settings;

import java.util.Locale;

/** How a connection gets TLS: never, by STARTTLS/STLS on the plain port, or from the first byte. */
public enum TlsMode {
    NONE, STARTTLS, IMPLICIT;

    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static TlsMode parse(String key, String value) {
        for (TlsMode m : values()) {
            if (m.settingValue().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new SettingsException(key, value, "expected one of none, starttls, implicit");
    }
}
