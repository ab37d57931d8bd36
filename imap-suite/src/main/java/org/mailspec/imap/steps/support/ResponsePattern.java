package org.mailspec.imap.steps.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.mailspec.imap.response.CapabilityData;
import org.mailspec.imap.response.ESearchData;
import org.mailspec.imap.response.EnabledData;
import org.mailspec.imap.response.Exists;
import org.mailspec.imap.response.Expunge;
import org.mailspec.imap.response.FetchData;
import org.mailspec.imap.response.FlagsData;
import org.mailspec.imap.response.MailboxList;
import org.mailspec.imap.response.NamespaceData;
import org.mailspec.imap.response.Recent;
import org.mailspec.imap.response.ResponseCode;
import org.mailspec.imap.response.SearchData;
import org.mailspec.imap.response.StatusData;
import org.mailspec.imap.response.Unknown;
import org.mailspec.imap.response.UntaggedResponse;
import org.mailspec.imap.response.UntaggedStatus;
import org.mailspec.imap.response.Vanished;

/**
 * A response pattern as STEPS.md defines it, one untagged response in wire syntax, matched
 * against core's typed responses as the RFC means them: the response's fields in the grammar's
 * order; flags, capabilities, SEARCH numbers, STATUS attributes (RFC 9051 7.3.3's own example
 * answers in another order than asked) and FETCH items as sets; {@code <any>} for one value,
 * {@code ...} for whatever else follows; {@code $Name} the alias's mailbox in any string form;
 * a status response's text never. A response core keeps as {@link Unknown} matches by its name.
 */
public final class ResponsePattern {

    /** What the scenario knows that a pattern's {@code $Name}, {@code <uid:N>} and {@code <delim>} stand for. */
    public interface Resolver extends PatternTokens.Resolver {
    }

    private final String source;
    private final List<PatternToken> tokens;

    private ResponsePattern(String source, List<PatternToken> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    /** @param text the pattern, starting with {@code *} */
    public static ResponsePattern compile(String text, Resolver resolver) {
        return new ResponsePattern(text, PatternTokens.read(text, resolver));
    }

    public String source() {
        return source;
    }

    public boolean matches(UntaggedResponse response) {
        if (tokens.isEmpty()) {
            return false;
        }
        List<Slot> fields = fields(response);
        if (response instanceof UntaggedStatus && tokens.size() < fields.size()) {
            // the pattern may stop before the response code: the text after it is never compared
            fields = fields.subList(0, tokens.size());
        }
        return Slot.sequence(tokens, fields, more(response));
    }

    /** The response's fields as the pattern items meet them, in the grammar's order. */
    private List<Slot> fields(UntaggedResponse r) {
        List<Slot> out = new ArrayList<>();
        if (r instanceof Exists e) {
            return List.of(Slot.number(e.count()), Slot.atom("EXISTS"));
        }
        if (r instanceof Recent e) {
            return List.of(Slot.number(e.count()), Slot.atom("RECENT"));
        }
        if (r instanceof Expunge e) {
            return List.of(Slot.number(e.seq()), Slot.atom("EXPUNGE"));
        }
        if (r instanceof FetchData f) {
            return List.of(Slot.number(f.seq()), Slot.atom("FETCH"), FetchPattern.items(f));
        }
        out.add(Slot.atom(r.responseName()));
        if (r instanceof UntaggedStatus s && s.text().code().isPresent()) {
            ResponseCode code = s.text().code().get();
            out.add(Slot.of(t -> t instanceof PatternToken.Group g && g.code() && Codes.matches(g.items(), code)));
        } else if (r instanceof FlagsData f) {
            out.add(Slot.flags(f.flags()));
        } else if (r instanceof CapabilityData c) {
            out.add(rest(c.capabilities()));
        } else if (r instanceof EnabledData e) {
            out.add(rest(e.capabilities()));
        } else if (r instanceof MailboxList l) {
            out.add(Slot.flags(l.attributes()));
            out.add(Slot.nstring(l.delimiter()));
            out.add(Slot.mailbox(l.mailbox()));
            if (!l.extended().isEmpty()) {
                List<Slot.Pair> pairs = new ArrayList<>();
                l.extended().forEach((k, v) -> pairs.add(new Slot.Pair(t -> Slot.atomEquals(t, k), Slot.extension(v))));
                out.add(Slot.of(t -> t instanceof PatternToken.Group g && !g.code() && Slot.pairs(g.items(), pairs)));
            }
        } else if (r instanceof StatusData s) {
            out.add(Slot.mailbox(s.mailbox()));
            List<Slot.Pair> pairs = new ArrayList<>();
            s.attributes().forEach((k, v) -> pairs.add(new Slot.Pair(t -> Slot.atomEquals(t, k), Slot.number(v))));
            out.add(Slot.of(t -> t instanceof PatternToken.Group g && !g.code() && Slot.pairs(g.items(), pairs)));
        } else if (r instanceof SearchData s) {
            out.add(search(s));
        } else if (r instanceof ESearchData e) {
            out.add(esearch(e));
        } else if (r instanceof NamespaceData n) {
            out.add(namespaces(n.personal()));
            out.add(namespaces(n.otherUsers()));
            out.add(namespaces(n.shared()));
        } else if (r instanceof Vanished v) {
            if (v.earlier()) {
                out.add(Slot.list(List.of(Slot.atom("EARLIER"))));
            }
            out.add(Slot.sequenceSet(v.uids()));
        }
        return out;
    }

    /** Data after the fields that only {@code ...} stands for: the arguments of an Unknown response. */
    private static boolean more(UntaggedResponse r) {
        return r instanceof Unknown;
    }

    /** The remaining pattern items against the atoms as a set. */
    private static Slot rest(List<String> atoms) {
        return tail(items -> Slot.set(items, atoms, Slot::atomEquals));
    }

    private static Slot search(SearchData s) {
        return tail(items -> {
            List<PatternToken> numbers = new ArrayList<>(items);
            if (!numbers.isEmpty() && numbers.get(numbers.size() - 1) instanceof PatternToken.Group g && g.startsWith("MODSEQ")) {
                numbers.remove(numbers.size() - 1);
                if (s.modSeq().isEmpty() || !Slot.sequence(g.items(), List.of(Slot.atom("MODSEQ"),
                        Slot.number(s.modSeq().getAsLong())), false)) {
                    return false;
                }
            } else if (s.modSeq().isPresent() && !numbers.contains(new PatternToken.Rest())) {
                return false;
            }
            return Slot.set(numbers, s.numbers(), (t, n) -> t instanceof PatternToken.Num m && m.value() == n);
        });
    }

    private static Slot esearch(ESearchData e) {
        return tail(items -> {
            List<PatternToken> rest = new ArrayList<>(items);
            boolean open = rest.contains(new PatternToken.Rest());
            if (!rest.isEmpty() && rest.get(0) instanceof PatternToken.Group g && g.startsWith("TAG")) {
                rest.remove(0);
                if (e.tag().isEmpty() || !Slot.sequence(g.items(), List.of(Slot.atom("TAG"), Slot.string(e.tag().get())), false)) {
                    return false;
                }
            } else if (e.tag().isPresent() && !open) {
                return false;
            }
            if (!rest.isEmpty() && rest.get(0) instanceof PatternToken.Atom a && a.is("UID")) {
                rest.remove(0);
                if (!e.uid()) {
                    return false;
                }
            } else if (e.uid() && !open) {
                return false;
            }
            List<Slot.Pair> pairs = new ArrayList<>();
            e.min().ifPresent(v -> pairs.add(new Slot.Pair(t -> Slot.atomEquals(t, "MIN"), Slot.number(v))));
            e.max().ifPresent(v -> pairs.add(new Slot.Pair(t -> Slot.atomEquals(t, "MAX"), Slot.number(v))));
            e.count().ifPresent(v -> pairs.add(new Slot.Pair(t -> Slot.atomEquals(t, "COUNT"), Slot.number(v))));
            e.all().ifPresent(v -> pairs.add(new Slot.Pair(t -> Slot.atomEquals(t, "ALL"), Slot.sequenceSet(v))));
            e.modSeq().ifPresent(v -> pairs.add(new Slot.Pair(t -> Slot.atomEquals(t, "MODSEQ"), Slot.number(v))));
            e.other().forEach((k, v) -> pairs.add(new Slot.Pair(t -> Slot.atomEquals(t, k), Slot.extension(v))));
            return Slot.pairs(rest, pairs);
        });
    }

    private static Slot namespaces(List<NamespaceData.Namespace> list) {
        if (list.isEmpty()) {
            return Slot.nstring(Optional.empty());
        }
        return Slot.list(list.stream().map(n -> {
            List<Slot> fields = List.of(Slot.string(n.prefix()), Slot.nstring(n.delimiter()));
            boolean more = !n.extensions().isEmpty();
            return Slot.of(t -> t instanceof PatternToken.Group g && !g.code() && Slot.sequence(g.items(), fields, more));
        }).toList());
    }

    private static Slot tail(Predicate<List<PatternToken>> judge) {
        return new Slot.Tail(judge);
    }

    @Override
    public String toString() {
        return source;
    }
}
