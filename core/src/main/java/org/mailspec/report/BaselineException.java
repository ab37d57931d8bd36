package org.mailspec.report;

/** A baseline file that cannot be read: says which file, which line, and what is wrong there. */
public final class BaselineException extends RuntimeException {
    public BaselineException(String message) {
        super(message);
    }

    public BaselineException(String message, Throwable cause) {
        super(message, cause);
    }
}
