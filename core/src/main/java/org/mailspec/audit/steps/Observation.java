package org.mailspec.audit.steps;

import java.util.Optional;

/**
 * One attempt the audit judges: what was tried, on which connection, what came back (nothing when
 * the connection closed or stayed silent), and how long the answer took.
 *
 * @param outcome  the answer's status, or {@code CLOSED}, {@code NO ANSWER}
 * @param mustFail the attempt used credentials no server accepts (a failed-login probe)
 */
public record Observation(String attempt, String connection, Optional<AuditReply> reply, String outcome, long millis,
                          boolean mustFail) {

    /** An answered attempt. */
    public static Observation of(String attempt, AuditReply reply, long millis) {
        return new Observation(attempt, reply.connection(), Optional.of(reply), reply.status(), millis, false);
    }

    /** An answered attempt with credentials no server accepts. */
    public static Observation failedLogin(String attempt, AuditReply reply, long millis) {
        return new Observation(attempt, reply.connection(), Optional.of(reply), reply.status(), millis, true);
    }

    /** A failed-login attempt without an answer: {@code outcome} says what happened instead. */
    public static Observation unanswered(String attempt, String connection, String outcome, long millis) {
        return new Observation(attempt, connection, Optional.empty(), outcome, millis, true);
    }

    public boolean accepted() {
        return reply.map(AuditReply::accepted).orElse(false);
    }

    /** Refused with the protocol's plain refusal (NO, BAD, -ERR): not a close, a BYE or silence. */
    public boolean refused() {
        return reply.map(AuditReply::refused).orElse(false);
    }

    /** The answer as a finding quotes it: its bytes escaped, else the outcome. */
    public String shown() {
        return reply.map(AuditReply::escaped).orElse(outcome);
    }
}
