package org.mailspec.pop3.steps;

/** The POP3 session states of RFC 1939 section 3, as the client sees them; ENDED once it is over. */
public enum SessionState {
    AUTHORIZATION, TRANSACTION, ENDED
}
