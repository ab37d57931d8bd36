package org.mailspec.pop3;

import java.util.Optional;
import org.mailspec.text.Ascii;

/**
 * A single-line reply, or the first line of a multi-line one.
 *
 * @param code the extended response code, when the text starts with one
 * @param text the text after the status (and after the code), without the line ending
 * @param raw the exact bytes, line ending included
 */
public record Pop3Reply(Pop3Status status, Optional<Pop3ResponseCode> code, String text, byte[] raw) {

    public boolean ok() {
        return status == Pop3Status.OK;
    }

    public boolean err() {
        return status == Pop3Status.ERR;
    }

    public boolean hasCode(Pop3ResponseCode c) {
        return code.map(x -> x.is(c)).orElse(false);
    }

    @Override
    public String toString() {
        return Ascii.escape(raw);
    }
}
