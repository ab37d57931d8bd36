package org.mailspec.settings;

import java.util.Objects;

/** A test account. {@link #toString()} never shows the password. */
public record Account(String user, String password) {
    public Account {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return user + ":***";
    }
}
