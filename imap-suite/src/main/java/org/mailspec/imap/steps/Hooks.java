package org.mailspec.imap.steps;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mailspec.run.HarnessError;
import org.mailspec.run.ScenarioSource;
import org.mailspec.run.Skip;
import org.mailspec.run.SuiteContext;
import org.mailspec.run.VerdictPlugin;
import org.mailspec.run.grammar.GrammarFindings;
import org.mailspec.target.Target;
import org.mailspec.wire.Transcript;
import org.mailspec.wire.WireException;

/**
 * {@code @cap-*} and {@code @destructive} skips before; clean-up, the grammar findings and the transcript after;
 * around the whole run, the accounts listed before the first scenario and after the last.
 */
public final class Hooks {

    private final SuiteContext context;
    private final Advertised advertised;
    private final Sessions sessions;
    private final Mailboxes mailboxes;
    private final Seeds seeds;
    private final Side side;
    private final Verdicts verdicts;
    private final GrammarFindings grammar;

    public Hooks(SuiteContext context, Advertised advertised, Sessions sessions, Mailboxes mailboxes, Seeds seeds, Side side,
                 Verdicts verdicts, GrammarFindings grammar) {
        this.grammar = grammar;
        this.context = context;
        this.advertised = advertised;
        this.sessions = sessions;
        this.mailboxes = mailboxes;
        this.seeds = seeds;
        this.side = side;
        this.verdicts = verdicts;
    }

    /** The first scenario of the run lists the accounts' mailboxes, for the check after the last ({@link RunLedger}). */
    @Before(order = 0)
    public void listAccountsBeforeTheFirstScenario() {
        Target target;
        try {
            target = context.target();
        } catch (RuntimeException noTarget) {
            return;
        }
        RunLedger.begin(context.runId(), target);
    }

    /** After the last scenario: what the run left in the accounts (or removed), on the console. */
    @AfterAll
    public static void reportWhatTheRunLeft() {
        RunLedger.end().forEach(line -> System.out.println("[imap] " + line));
    }

    @Before(order = 10)
    public void skipUnlessAdvertised(Scenario scenario) {
        if (scenario.getSourceTagNames().contains("@destructive")) {
            try {
                seeds.fixtures().refuseDestructiveUnlessAllowed(context.settings(), side.account(1));
            } catch (WireException e) {
                throw new HarnessError("could not check the INBOX before a destructive scenario: " + e.getMessage());
            }
        }
        for (String tag : scenario.getSourceTagNames()) {
            if (tag.startsWith("@cap-")) {
                String cap = tag.substring(5).toUpperCase(Locale.ROOT);
                if (!advertised.has(cap)) {
                    throw Skip.because("the server does not advertise " + cap);
                }
            }
        }
    }

    /**
     * Closes every client, removes the run's mail and mailboxes, hands the responses that broke the
     * grammar to the run's findings (each distinct deviation is one verdict of the run, not a failure
     * of this scenario), and attaches the transcript.
     */
    @After
    public void cleanUpAndAttach(Scenario scenario) {
        Transcript transcript = verdicts.transcript();
        try {
            cleanUp();
        } finally {
            verdicts.reportGrammar(grammar, ScenarioSource.featurePath(scenario.getUri().toString()) + ":" + scenario.getLine());
            Transcript.Rendered r = transcript.render();
            scenario.attach(r.text().getBytes(StandardCharsets.UTF_8), VerdictPlugin.TRANSCRIPT_MEDIA_TYPE, "transcript");
            if (!r.markedLines().isEmpty()) {
                scenario.attach(r.markedLines().stream().map(String::valueOf).collect(Collectors.joining(","))
                        .getBytes(StandardCharsets.UTF_8), VerdictPlugin.MARKS_MEDIA_TYPE, "marks");
            }
        }
    }

    /** Logs out every client, removes the run's mail from INBOX and every mailbox of the run's own; problems go in the transcript. */
    void cleanUp() {
        Transcript transcript = verdicts.transcript();
        sessions.closeAll();
        seeds.close().forEach(p -> transcript.event(Side.NAME, "clean-up: " + p));
        mailboxes.cleanUp().ifPresent(p -> transcript.event(Side.NAME, p));
        side.logout();
    }
}
