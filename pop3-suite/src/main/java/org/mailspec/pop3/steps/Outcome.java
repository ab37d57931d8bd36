package org.mailspec.pop3.steps;

import org.mailspec.pop3.MultiLineReply;
import org.mailspec.pop3.Pop3ProtocolViolation;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ConnectionClosedException;
import org.mailspec.wire.ReadTimeoutException;

/**
 * What came back for one command: a reply, or an observation the assertion steps judge (no complete
 * reply in time, the connection closed, bytes that are not a POP3 reply at all).
 */
public sealed interface Outcome {

    /** How the outcome reads in an {@code Actual:} line. */
    String shown();

    /** A single-line reply: {@code +OK}, {@code -ERR}, or an AUTH continuation {@code +}. */
    record Single(Pop3Reply reply) implements Outcome {
        @Override
        public String shown() {
            return "\"" + Ascii.escape(reply.raw()) + "\"";
        }
    }

    /** A reply read as multi-line: a -ERR first line alone, or the first line, data and terminator. */
    record Multi(MultiLineReply reply) implements Outcome {
        @Override
        public String shown() {
            return "\"" + Ascii.escape(reply.raw()) + "\"";
        }
    }

    record TimedOut(ReadTimeoutException cause) implements Outcome {
        @Override
        public String shown() {
            return "no complete reply within " + cause.timeout().toMillis() / 1000.0 + " s; received \""
                    + Ascii.escape(cause.received()) + "\"";
        }
    }

    record Closed(ConnectionClosedException cause) implements Outcome {
        @Override
        public String shown() {
            return (cause.reset() ? "the server reset the connection" : "the server closed the connection")
                    + "; received \"" + Ascii.escape(cause.received()) + "\"";
        }
    }

    /** Bytes without a status indicator the parser could read. */
    record Unreadable(Pop3ProtocolViolation cause) implements Outcome {
        @Override
        public String shown() {
            return "\"" + Ascii.escape(cause.bytes()) + "\" (" + cause.getMessage() + ")";
        }
    }
}
