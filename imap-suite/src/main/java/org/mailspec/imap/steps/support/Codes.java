package org.mailspec.imap.steps.support;

import java.util.List;
import org.mailspec.imap.response.ResponseCode;

/** How the items of a pattern's {@code [CODE ...]} meet core's typed {@link ResponseCode}. */
final class Codes {

    private Codes() {
    }

    /** The code's atom first, then its arguments as the code's grammar orders them. */
    static boolean matches(List<PatternToken> items, ResponseCode code) {
        if (items.isEmpty() || !Slot.atom(code.atom()).accepts(items.get(0))) {
            return false;
        }
        List<PatternToken> args = items.subList(1, items.size());
        return Slot.sequence(args, arguments(code), false);
    }

    private static List<Slot> arguments(ResponseCode code) {
        if (code instanceof ResponseCode.UidValidity v) {
            return List.of(Slot.number(v.uidValidity()));
        }
        if (code instanceof ResponseCode.UidNext n) {
            return List.of(Slot.number(n.uid()));
        }
        if (code instanceof ResponseCode.Unseen u) {
            return List.of(Slot.number(u.seq()));
        }
        if (code instanceof ResponseCode.HighestModSeq m) {
            return List.of(Slot.number(m.modSeq()));
        }
        if (code instanceof ResponseCode.PermanentFlags p) {
            return List.of(Slot.flags(p.flags()));
        }
        if (code instanceof ResponseCode.Capability c) {
            return List.of(new Slot.Tail(args -> Slot.set(args, c.capabilities(), Slot::atomEquals)));
        }
        if (code instanceof ResponseCode.BadCharset b) {
            return b.charsets().isEmpty() ? List.of()
                    : List.of(Slot.of(t -> t instanceof PatternToken.Group g && !g.code()
                            && Slot.set(g.items(), b.charsets(), Slot::stringEquals)));
        }
        if (code instanceof ResponseCode.AppendUid a) {
            return List.of(Slot.number(a.uidValidity()), Slot.sequenceSet(a.uids()));
        }
        if (code instanceof ResponseCode.CopyUid c) {
            return List.of(Slot.number(c.uidValidity()), Slot.sequenceSet(c.sourceUids()), Slot.sequenceSet(c.destinationUids()));
        }
        if (code instanceof ResponseCode.Modified m) {
            return List.of(Slot.sequenceSet(m.messages()));
        }
        if (code instanceof ResponseCode.Other o && o.text().isPresent()) {
            // text the model does not type: one pattern item written as the server wrote it, or <any> / ...
            String text = o.text().get().strip();
            return List.of(new Slot.Tail(args -> args.size() == 1 && (args.get(0) instanceof PatternToken.Any
                    || args.get(0) instanceof PatternToken.Rest || Slot.stringEquals(args.get(0), text))
                    || !args.isEmpty() && args.get(0) instanceof PatternToken.Rest));
        }
        return List.of();
    }
}
