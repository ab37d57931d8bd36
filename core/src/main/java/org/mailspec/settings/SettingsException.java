package org.mailspec.settings;

/** A setting with a value the harness cannot use; the message names the setting to fix. */
public class SettingsException extends RuntimeException {
    private final String key;

    public SettingsException(String key, String value, String problem) {
        super(key + "=" + (value == null ? "(unset)" : value) + ": " + problem);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
