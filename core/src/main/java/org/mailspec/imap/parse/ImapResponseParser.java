package org.mailspec.imap.parse;

import java.util.Objects;
import org.mailspec.imap.response.Greeting;
import org.mailspec.imap.response.Response;

/**
 * Parses one framed server response against the RFC 9051 / RFC 3501 grammar. A frame is the
 * complete response as it travelled: the line with its CRLF and any literals it announces ({@code
 * {n}CRLF} followed by n octets, then the rest of the line), and nothing after the final CRLF.
 *
 * <p>STRICT accepts exactly the grammar: CRLF only, single SP separators, no trailing bytes, literal
 * lengths that match the frame, known responses only (plus experimental {@code X...} and registered
 * extension responses, kept as {@code Unknown}). Keywords are case-insensitive, as RFC 9051 section
 * 9 requires. LENIENT tolerates what servers commonly bend (lone LF, extra or trailing SP, missing SP
 * after a status word, unknown responses and fetch items, "()" for NIL...) and reports each
 * tolerated slip as a {@link Deviation}; a strict parse is a lenient one that allows no deviation,
 * and fails on the first.
 *
 * <p>Thread-safe: the parser keeps no state between calls.
 */
public final class ImapResponseParser {

    public enum Mode { STRICT, LENIENT }

    private final Mode mode;

    public ImapResponseParser(Mode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    public static ImapResponseParser strict() {
        return new ImapResponseParser(Mode.STRICT);
    }

    public static ImapResponseParser lenient() {
        return new ImapResponseParser(Mode.LENIENT);
    }

    public Mode mode() {
        return mode;
    }

    /** Parses the first response of a connection: {@code * OK}, {@code * PREAUTH} or {@code * BYE}. */
    public Greeting parseGreeting(byte[] frame) throws ImapSyntaxException {
        return (Greeting) run(frame, mode == Mode.LENIENT, true).response();
    }

    /** Parses any response after the greeting. In LENIENT mode, deviations are dropped; see {@link #parseWithDeviations}. */
    public Response parse(byte[] frame) throws ImapSyntaxException {
        return run(frame, mode == Mode.LENIENT, false).response();
    }

    /**
     * Parses leniently (whatever this parser's mode) and returns the response with every deviation
     * from the grammar that was tolerated. Throws only when the frame cannot be read at all.
     */
    public Parsed parseWithDeviations(byte[] frame) throws ImapSyntaxException {
        return run(frame, true, false);
    }

    /** {@link #parseWithDeviations} for the greeting. */
    public Parsed parseGreetingWithDeviations(byte[] frame) throws ImapSyntaxException {
        return run(frame, true, true);
    }

    private static Parsed run(byte[] frame, boolean lenient, boolean greeting) throws ImapSyntaxException {
        Cursor cursor = new Cursor(frame.clone(), lenient);
        ResponseGrammar grammar = new ResponseGrammar(cursor);
        Response response = greeting ? grammar.greeting() : grammar.response();
        return new Parsed(response, cursor.deviations());
    }
}
