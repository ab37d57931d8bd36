package org.mailspec.containers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A self-signed certificate for {@code localhost} and 127.0.0.1, written as {@code cert.pem} and
 * {@code key.pem} (PKCS#8, readable by its owner only): by {@code openssl req} when openssl is on
 * PATH, as the image does, else by the JDK's keytool.
 */
final class Certificates {

    static final String SUBJECT = "CN=localhost";
    static final int VALID_DAYS = 30;

    private Certificates() {
    }

    static void selfSigned(Path dir) throws IOException {
        Optional<Path> openssl = onPath("openssl");
        if (openssl.isPresent() && withOpenssl(openssl.get(), dir)) {
            return;
        }
        withKeytool(dir);
    }

    static boolean withOpenssl(Path openssl, Path dir) throws IOException {
        Command c = Command.run(List.of(openssl.toString(), "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                "-days", String.valueOf(VALID_DAYS), "-subj", "/" + SUBJECT,
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("cert.pem").toString()),
                Duration.ofSeconds(30));
        if (!c.succeeded()) {
            return false;
        }
        ownerOnly(dir.resolve("key.pem"));
        return true;
    }

    static void withKeytool(Path dir) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Path store = dir.resolve("keystore.p12");
        char[] password = "mailspec".toCharArray();
        Command c = Command.run(List.of(keytool.toString(), "-genkeypair", "-alias", "mailspec", "-keyalg", "RSA",
                "-keysize", "2048", "-validity", String.valueOf(VALID_DAYS), "-dname", SUBJECT,
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", new String(password), "-keypass", new String(password)),
                Duration.ofSeconds(60));
        if (!c.succeeded()) {
            throw new IOException("keytool could not make a self-signed certificate: " + c.output().strip());
        }
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            Key key = ks.getKey("mailspec", password);
            Certificate cert = ks.getCertificate("mailspec");
            Files.writeString(dir.resolve("cert.pem"), pem("CERTIFICATE", cert.getEncoded()));
            Path keyFile = dir.resolve("key.pem");
            Files.writeString(keyFile, "");
            ownerOnly(keyFile);
            Files.writeString(keyFile, pem("PRIVATE KEY", key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IOException("reading keytool's certificate: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(store);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void ownerOnly(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path p = Path.of(dir, program);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
