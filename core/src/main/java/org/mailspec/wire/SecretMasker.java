package org.mailspec.wire;

/**
 * Hides secrets in what the client sends before it reaches the transcript. One instance per
 * connection: it follows the byte stream, so it can mask a password sent as a literal across
 * several writes, or SASL continuation lines until the server completes the exchange.
 */
public interface SecretMasker {

    /** The bytes to record for {@code bytes} just sent; may hold back the start of a secret until it ends. */
    byte[] maskClient(byte[] bytes);

    /** Lets the masker see server bytes (a completed line or frame), e.g. to end a SASL exchange. */
    default void observeServer(byte[] bytes) {
    }

    /** Whatever was held back, masked; called when the connection closes. */
    default byte[] flush() {
        return new byte[0];
    }

    /** Records everything as sent. */
    SecretMasker NONE = bytes -> bytes;
}
