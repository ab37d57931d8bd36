package org.mailspec.imap.steps;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.TreeSet;
import org.mailspec.imap.steps.support.Value;

/** SEARCH (RFC 3501) and ESEARCH (RFC 9051) results. */
public final class SearchSteps {

    private final ImapWorld world;

    public SearchSteps(ImapWorld world) {
        this.world = world;
    }

    /** The numbers the last command's SEARCH or ESEARCH (ALL) responses return. */
    private TreeSet<Long> result(Observation o) {
        TreeSet<Long> out = new TreeSet<>();
        boolean any = false;
        for (Responses.Untagged u : Responses.untagged(o)) {
            if (u.kind().equals("SEARCH")) {
                any = true;
                for (Value v : u.values().subList(1, u.values().size())) {
                    if (v instanceof Value.Num n) {
                        out.add(n.value());
                    } else if (v instanceof Value.ListV) {
                        break; // (MODSEQ n)
                    }
                }
            } else if (u.kind().equals("ESEARCH")) {
                List<Value> v = u.values();
                boolean ours = v.size() > 1 && v.get(1) instanceof Value.ListV corr && corr.items().size() == 2
                        && o.pending.tag().value().equals(Value.text(corr.items().get(1)));
                if (!ours) {
                    continue;
                }
                any = true;
                for (int i = 2; i + 1 < v.size(); i++) {
                    if ("ALL".equalsIgnoreCase(Value.text(v.get(i)))) {
                        out.addAll(expand(Value.text(v.get(i + 1))));
                    }
                }
            }
        }
        if (!any) {
            throw world.violation(o.describe() + ": the server sends a SEARCH (or ESEARCH) response",
                    "* SEARCH ... or * ESEARCH (TAG \"" + o.pending.tag() + "\") ...", Responses.show(o.untagged()),
                    o.session, null);
        }
        return out;
    }

    private static List<Long> expand(String set) {
        TreeSet<Long> out = new TreeSet<>();
        for (String part : set.split(",")) {
            String[] r = part.split(":");
            long a = Long.parseLong(r[0]);
            long b = r.length > 1 ? Long.parseLong(r[1]) : a;
            for (long i = Math.min(a, b); i <= Math.max(a, b); i++) {
                out.add(i);
            }
        }
        return List.copyOf(out);
    }

    private void judge(TreeSet<Long> want) {
        Observation o = world.last();
        TreeSet<Long> got = result(o);
        if (!got.equals(want)) {
            throw world.violation(o.describe() + ": RFC 9051 6.4.4 search keys select exactly the matching messages",
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
        Observation o = world.last();
        TreeSet<Long> want = new TreeSet<>();
        messages.forEach(m -> want.add(world.uidOf(o.session, m)));
        judge(want);
    }
}
