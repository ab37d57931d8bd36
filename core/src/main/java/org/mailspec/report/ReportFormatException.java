package org.mailspec.report;

/** A report file that does not hold what {@code report.json}'s schema says: names the file and the field. */
public final class ReportFormatException extends RuntimeException {
    public ReportFormatException(String message) {
        super(message);
    }

    public ReportFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
