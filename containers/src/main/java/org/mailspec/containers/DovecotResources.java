package org.mailspec.containers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The files of {@code containers/dovecot/}, packaged on the classpath under
 * {@code mailspec/dovecot/}: the image's build context and the one Dovecot configuration.
 */
public final class DovecotResources {

    /** Where the classpath holds them. */
    public static final String CLASSPATH_DIR = "mailspec/dovecot/";

    /** The prefix of every path the configuration owns; dovecot-local replaces it with its run directory. */
    public static final String ROOT = "/srv/mailspec";

    /** Where the image keeps mailspec.conf, the variant files and anonymous-users. */
    public static final String IMAGE_CONFIG_DIR = "/etc/dovecot/mailspec";

    /** The server log inside the image ({@code log_path}). */
    public static final String IMAGE_LOG = ROOT + "/log/dovecot.log";

    /** Every file the image's build sends to Docker. */
    public static final List<String> BUILD_CONTEXT = List.of(
            "Dockerfile", "entrypoint.sh", "mailspec.conf", "misconfigured.conf", "inbox-prefix.conf", "slash.conf",
            "users", "anonymous-users");

    private DovecotResources() {
    }

    public static byte[] bytes(String name) {
        String path = CLASSPATH_DIR + name;
        try (InputStream in = DovecotResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + path
                        + " missing: the containers module packages containers/dovecot/ there");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading classpath resource " + path, e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
