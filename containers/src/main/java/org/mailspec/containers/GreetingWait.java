package org.mailspec.containers;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.mailspec.text.Ascii;

/**
 * Waits until a server greets on a port: IMAP's {@code * OK} or POP3's {@code +OK}. A server
 * still starting refuses the connection, or (behind Docker's port proxy) accepts and closes it;
 * both are retried, every 50 ms, until the deadline or until {@code stopped} says the server is
 * gone. Each connection reads with a timeout, so this never hangs.
 */
final class GreetingWait {

    private static final long RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final int MAX_LINE = 1024;

    private GreetingWait() {
    }

    /**
     * @param stopped empty while the server may still come up; a reason once it cannot (it exited)
     * @return the greeting line, without CRLF
     * @throws TargetStartException at the deadline or when {@code stopped} gives a reason
     */
    static String await(String what, String host, int port, String expectedPrefix, Duration timeout,
            Supplier<Optional<String>> stopped) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "nothing tried";
        while (true) {
            Optional<String> gone = stopped.get();
            if (gone.isPresent()) {
                throw new TargetStartException(what + ": expected a greeting '" + expectedPrefix + "' on "
                        + host + ":" + port + ", but " + gone.get() + " (last attempt: " + last + ")");
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TargetStartException(what + ": expected a greeting '" + expectedPrefix + "' on "
                        + host + ":" + port + " within " + timeout.toSeconds() + " s; last attempt: " + last);
            }
            int attemptMillis = (int) Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 2000));
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), attemptMillis);
                socket.setSoTimeout(attemptMillis);
                byte[] line = readLine(socket.getInputStream());
                String text = new String(line, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (text.startsWith(expectedPrefix)) {
                    return text.endsWith("\r\n") ? text.substring(0, text.length() - 2) : text.strip();
                }
                last = line.length == 0 ? "connection closed before any byte" : "got " + Ascii.escape(line);
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            LockSupport.parkNanos(Math.min(RETRY_NANOS, Math.max(0, deadline - System.nanoTime())));
        }
    }

    private static byte[] readLine(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int b;
        while (out.size() < MAX_LINE && (b = in.read()) != -1) {
            out.write(b);
            if (b == '\n') {
                break;
            }
        }
        return out.toByteArray();
    }
}
