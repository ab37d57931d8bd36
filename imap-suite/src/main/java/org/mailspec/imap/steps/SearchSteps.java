package org.mailspec.imap.steps;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.TreeSet;
import org.mailspec.imap.response.ESearchData;
import org.mailspec.imap.response.SearchData;

/** SEARCH (RFC 3501) and ESEARCH (RFC 9051) results. */
public final class SearchSteps {

    private final Sessions sessions;
    private final Verdicts verdicts;

    public SearchSteps(Sessions sessions, Verdicts verdicts) {
        this.sessions = sessions;
        this.verdicts = verdicts;
    }

    /** The numbers the last command's SEARCH responses, or its ESEARCH (ALL) tagged with its own tag, return. */
    private TreeSet<Long> result(Observation o) {
        TreeSet<Long> out = new TreeSet<>();
        List<Responses.Hit<SearchData>> search = Responses.of(o, SearchData.class);
        search.forEach(h -> out.addAll(h.response().numbers()));
        List<ESearchData> ours = Responses.of(o, ESearchData.class).stream().map(Responses.Hit::response)
                .filter(e -> e.tag().filter(t -> t.equals(o.pending.tag().value())).isPresent()).toList();
        ours.forEach(e -> e.all().ifPresent(set -> out.addAll(set.numbers())));
        if (search.isEmpty() && ours.isEmpty()) {
            throw verdicts.violation(o.describe() + ": the server sends a SEARCH (or ESEARCH) response",
                    "* SEARCH ... or * ESEARCH (TAG \"" + o.pending.tag() + "\") ...", Responses.show(o.untagged()),
                    o.session, null);
        }
        return out;
    }

    private void judge(TreeSet<Long> want) {
        Observation o = sessions.last();
        TreeSet<Long> got = result(o);
        if (!got.equals(want)) {
            throw verdicts.violation(o.describe() + ": RFC 9051 6.4.4 search keys select exactly the matching messages",
                    want.isEmpty() ? "no messages" : String.valueOf(want), got.isEmpty() ? "no messages" : String.valueOf(got)
                            + " (" + Responses.show(o.untagged()) + ")", o.session, null);
        }
    }

    @Then("the search finds messages {ints}")
    public void finds(List<Integer> messages) {
        TreeSet<Long> want = new TreeSet<>();
        messages.forEach(m -> want.add((long) m));
        judge(want);
    }

    @Then("the search finds no messages")
    public void findsNone() {
        judge(new TreeSet<>());
    }

    @Then("the search finds the UIDs of messages {ints}")
    public void findsUids(List<Integer> messages) {
        Observation o = sessions.last();
        TreeSet<Long> want = new TreeSet<>();
        messages.forEach(m -> want.add(sessions.uidOf(o.session, m)));
        judge(want);
    }
}
