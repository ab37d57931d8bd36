package org.mailspec.containers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A short external command run to completion with a deadline (never left running). */
record Command(List<String> argv, int exitCode, String output) {

    /** Exit code when the command could not start or overran its deadline. */
    static final int FAILED = -1;

    boolean succeeded() {
        return exitCode == 0;
    }

    static Command run(List<String> argv, Duration timeout) {
        Process p;
        try {
            p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Command(argv, FAILED, "could not start: " + e.getMessage());
        }
        try {
            p.getOutputStream().close();
            CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> {
                try {
                    return p.getInputStream().readAllBytes();
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                return new Command(argv, FAILED, "did not finish within " + timeout.toSeconds() + " s");
            }
            byte[] bytes = output.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Command(argv, p.exitValue(), new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException | ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            return new Command(argv, FAILED, e.toString());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Command(argv, FAILED, "interrupted");
        }
    }
}
