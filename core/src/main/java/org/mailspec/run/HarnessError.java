package org.mailspec.run;

/** Replays an ERROR verdict to JUnit: reported as an error, never as a failure or a pass. */
public class HarnessError extends RuntimeException {
    public HarnessError(String message) {
        super(message, null, false, false);
    }
}
