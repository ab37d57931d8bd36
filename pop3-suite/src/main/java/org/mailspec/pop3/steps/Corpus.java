package org.mailspec.pop3.steps;

import java.util.List;
import java.util.function.BiFunction;

import org.mailspec.fixture.TestMessage;
import org.mailspec.fixture.TestMessages;

/** The fixture names the scenarios use, mapped to the corpus of {@code org.mailspec.fixture}. */
public final class Corpus {

    /** Names in scenario text, in the order STEPS.md lists them. */
    public static final List<String> NAMES = List.of("plain", "multipart", "nested-rfc822", "dot-lines",
            "eight-bit-long-lines");

    private Corpus() {
    }

    /**
     * A fresh message of the named kind for this run; {@code n} numbers the plain ones. Every message
     * has its own Message-ID, which is how a session finds it.
     */
    public static TestMessage message(String name, String runId, int n) {
        BiFunction<String, Integer, TestMessage> make = switch (name) {
            case "plain" -> TestMessages::plain;
            case "multipart" -> (r, i) -> TestMessages.multipart(r);
            case "nested-rfc822" -> (r, i) -> TestMessages.nestedRfc822(r);
            case "dot-lines" -> (r, i) -> TestMessages.dotLines(r);
            case "eight-bit-long-lines" -> (r, i) -> TestMessages.eightBitLongLines(r);
            default -> throw new IllegalArgumentException("no fixture named \"" + name + "\"; the corpus has " + NAMES);
        };
        return make.apply(runId, n);
    }
}
