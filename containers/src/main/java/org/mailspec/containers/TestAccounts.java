package org.mailspec.containers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mailspec.settings.Account;

/**
 * The test accounts of every target the harness starts (the Dovecot image, dovecot-local,
 * embedded GreenMail): {@code containers/dovecot/accounts.properties}. Dovecot stores only their
 * hashes ({@code containers/dovecot/users}); the security audit looks for both in server logs.
 */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** {@code mailspec1}, {@code mailspec2}, ... in that order (the first two are the scenarios' two users). */
    public static List<Account> all() {
        List<Account> out = new ArrayList<>();
        for (String line : DovecotResources.text("accounts.properties").split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int eq = l.indexOf('=');
            out.add(new Account(l.substring(0, eq), l.substring(eq + 1)));
        }
        return List.copyOf(out);
    }

    /** User to the password field Dovecot stores, e.g. {@code {SHA512-CRYPT}$6$...}. */
    public static Map<String, String> storedHashes() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : DovecotResources.text("users").split("\n")) {
            String[] fields = line.split(":", -1);
            if (fields.length >= 2 && !fields[0].isBlank()) {
                out.put(fields[0], fields[1]);
            }
        }
        return Map.copyOf(out);
    }
}
