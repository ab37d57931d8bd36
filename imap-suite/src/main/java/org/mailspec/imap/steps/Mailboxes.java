package org.mailspec.imap.steps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.mailspec.imap.Command;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.response.MailboxList;
import org.mailspec.imap.response.MailboxName;
import org.mailspec.run.HarnessError;
import org.mailspec.run.Skip;
import org.mailspec.run.SuiteContext;
import org.mailspec.target.ImapFacts;
import org.mailspec.target.ImapLayout;
import org.mailspec.text.Ascii;

/**
 * The scenario's mailboxes on the server: where the run may put them (the server's layout, as the
 * preflight discovered it: the personal namespace's prefix and its hierarchy delimiter), the
 * aliases a scenario declares ({@code $Work}) and the Unicode names they stand for, creating
 * them, and deleting every name of the run's own at the end. Names are Unicode strings here;
 * they take their wire form ({@link MailboxName#encode}) only as they travel.
 *
 * <p>Every name is placed under the personal namespace ({@link ImapLayout#place}): on a server
 * whose mailboxes all live under {@code INBOX.} a run name is {@code INBOX.mailspec-r7f3a-12-Work},
 * on one with {@code /} at the root {@code mailspec-r7f3a-12-Work}, and a child adds the layout's
 * delimiter, never a literal one. Without preflight facts (a unit test) the prefix is empty and the
 * delimiter is read from {@code LIST "" ""}.
 */
public final class Mailboxes {

    private static final AtomicInteger SCENARIOS = new AtomicInteger();
    static final String INBOX = "INBOX";

    private final Side side;
    private final Optional<ImapLayout> layout;
    private final String stem;
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private String delimiter;

    public Mailboxes(SuiteContext context, Side side) {
        this.side = side;
        this.layout = context.fact(ImapFacts.class).map(ImapFacts::layout);
        this.stem = "mailspec-" + context.runStem() + "-" + SCENARIOS.incrementAndGet() + "-";
    }

    // ---------------------------------------------------------------- names

    /**
     * A name of the run's own: unique to the run and the scenario, under the personal namespace
     * ({@code INBOX.mailspec-r7f3a-12-Work} where the prefix is {@code INBOX.}). Every mailbox the
     * scenario names is made here (children add the delimiter and a leaf to one), and clean-up
     * lists exactly {@code runName("*")}.
     */
    String runName(String leaf) {
        String own = stem + leaf;
        return layout.map(l -> l.place(own)).orElse(own);
    }

    /** The personal namespace's prefix the run's names go under ({@code ""} at the root). */
    String prefix() {
        return layout.map(ImapLayout::personalPrefix).orElse("");
    }

    /** The layout the preflight discovered; empty without preflight facts (unit tests). */
    Optional<ImapLayout> layout() {
        return layout;
    }

    /** Declares (or returns) an alias: a run name ending in the alias; {@code INBOX} is itself. */
    String declare(String alias) {
        if (alias.equalsIgnoreCase(INBOX)) {
            return INBOX;
        }
        return aliases.computeIfAbsent(strip(alias), this::runName);
    }

    /** Declares an alias whose name is a run name ending in the given Unicode text. */
    String declareNamed(String alias, String suffix) {
        String name = runName(suffix);
        aliases.put(strip(alias), name);
        return name;
    }

    /** Declares a child alias: the parent's name, the server's delimiter, the alias as the leaf. */
    String declareChild(String child, String parent) {
        String p = mailbox(parent);
        String d = delimiter();
        if (d.isEmpty()) {
            throw Skip.because("the server's mailbox names are flat (its hierarchy delimiter is NIL)");
        }
        String name = p + d + strip(child);
        aliases.put(strip(child), name);
        return name;
    }

    /** The name an alias (or INBOX) stands for; an undeclared alias is a harness defect. */
    String mailbox(String alias) {
        if (alias.equalsIgnoreCase(INBOX)) {
            return INBOX;
        }
        String name = aliases.get(strip(alias));
        if (name == null) {
            throw new HarnessError("harness defect: the alias " + alias + " is used before a Given declares it");
        }
        return name;
    }

    /** The name of a declared alias; empty when the word is not one (then {@code $Word} is an atom such as a keyword). */
    Optional<String> alias(String word) {
        return Optional.ofNullable(aliases.get(strip(word)));
    }

    /** The names every declared alias stands for. */
    List<String> aliasNames() {
        return List.copyOf(aliases.values());
    }

    /**
     * An alias for a mailbox the run did not create (the account's \\Sent mailbox): clean-up never
     * deletes it (it is no run name); the run's messages in it are removed by core's fixtures.
     */
    void adopt(String alias, String name) {
        aliases.put(strip(alias), name);
    }

    /** For step tests: an alias with exactly this name. */
    void aliasForTest(String alias, String name) {
        aliases.put(strip(alias), name);
    }

    private static String strip(String alias) {
        return alias.startsWith("$") ? alias.substring(1) : alias;
    }

    /** A name as the setup session writes it: a quoted string in modified UTF-7 (it never enables UTF8=ACCEPT). */
    static String quoted(String name) {
        return "\"" + MailboxName.encode(name, false).name().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ---------------------------------------------------------------- the server's layout

    /**
     * The hierarchy delimiter of the personal namespace the run's names live in, as the preflight
     * learnt it (NAMESPACE, else {@code LIST "" ""}); without preflight facts, from the typed reply to
     * {@code LIST "" ""}. Empty for NIL (flat names).
     */
    String delimiter() {
        if (delimiter == null && layout.isPresent()) {
            delimiter = layout.get().delimiter().orElse("");
        }
        if (delimiter == null) {
            CommandResult r = side.run(Command.of("LIST").raw("\"\" \"\""));
            delimiter = r.ofType(MailboxList.class).stream().findFirst().flatMap(MailboxList::delimiter).orElse("");
        }
        return delimiter;
    }

    /** The setup session's LIST for the name, when the server lists it and not as \NonExistent. */
    Optional<MailboxList> listed(String name) {
        CommandResult r = side.run(Command.of("LIST").raw("\"\"").raw(quoted(name)));
        return r.ofType(MailboxList.class).stream()
                .filter(l -> l.mailbox().names(name) && !l.hasAttribute("\\NonExistent"))
                .findFirst();
    }

    /**
     * SKIPs the scenario when the preflight found no place where this account may create a mailbox
     * (every CREATE probe refused): a refusal for the server's own policy is not the scenario's failure.
     */
    void requireCreatable() {
        if (layout.isPresent() && !layout.get().knowsWhereToCreate()) {
            throw Skip.because("the scenario needs a mailbox the run may create, and the server refused every CREATE"
                    + " the preflight tried (" + layout.get().describe() + "); set mailbox.prefix to a folder this"
                    + " account may create mailboxes in");
        }
    }

    /** Creates the mailbox from the setup session unless it is INBOX or already listed; true when it created it. */
    boolean ensureExists(String name) {
        if (name.equals(INBOX) || listed(name).isPresent()) {
            return false;
        }
        requireCreatable();
        CommandResult r = side.run(Command.of("CREATE").raw(quoted(name)));
        if (!r.ok()) {
            throw new HarnessError("precondition: CREATE " + name + " was answered " + Ascii.escape(r.tagged().raw())
                    + layout.map(l -> " (the run places its mailboxes by the layout: " + l.describe()
                    + "; set mailbox.prefix to a folder this account may create mailboxes in)").orElse(""));
        }
        return true;
    }

    // ---------------------------------------------------------------- clean-up

    /**
     * Unsubscribes and deletes, children first, every mailbox of the run's own that the server lists
     * or an alias names, whether the scenario created it or the server did; nothing else. Returns
     * what could not be done.
     */
    Optional<String> cleanUp() {
        if (aliases.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<String> names = new ArrayList<>();
            CommandResult r = side.run(Command.of("LIST").raw("\"\"").raw(quoted(runName("*"))));
            r.ofType(MailboxList.class).forEach(l -> names.add(l.mailbox().name()));
            aliases.values().forEach(n -> names.add(MailboxName.encode(n, false).name()));
            String own = MailboxName.encode(runName(""), false).name();
            List<String> ordered = names.stream().distinct().filter(n -> n.startsWith(own))
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
            for (String wire : ordered) {
                String q = "\"" + wire.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                side.run(Command.of("UNSUBSCRIBE").raw(q));
                side.run(Command.of("DELETE").raw(q));
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("clean-up incomplete: " + e.getMessage());
        }
    }
}
