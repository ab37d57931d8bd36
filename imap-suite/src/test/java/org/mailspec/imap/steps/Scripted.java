package org.mailspec.imap.steps;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.SuiteContext;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.Settings;
import org.mailspec.settings.TlsMode;
import org.mailspec.testing.ScriptedServer;
import org.mailspec.testing.ScriptedTarget;

/**
 * A scripted IMAP server for the step tests: a greeting, LOGIN/CAPABILITY/LOGOUT that behave,
 * and per test the commands whose answers break (or keep) exactly one rule. Rules are regular
 * expressions for the line after the tag; answers are templates where {@code {tag}} is the
 * command's tag and lines are separated by {@code \n} (sent as CRLF). It wires the scenario's
 * parts and steps as picocontainer does.
 */
final class Scripted implements AutoCloseable {

    static final String GREETING = "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN IDLE LITERAL+ UIDPLUS] scripted ready";

    final ScriptedServer server;
    // the parts
    final Verdicts verdicts;
    final Side side;
    final Mailboxes boxes;
    final MailboxUids uidRecords;
    final Seeds seeds;
    final Sessions clients;
    final Advertised advertised;
    final Hooks hooks;
    /** The run's grammar findings, as the suite shares them across scenarios. */
    final org.mailspec.run.grammar.GrammarFindings grammar = new org.mailspec.run.grammar.GrammarFindings("imap");
    // the steps
    final SessionSteps sessions;
    final CommandSteps commands;
    final ResponseSteps responses;
    final PipelineSteps pipelines;
    final MailboxSteps mailboxes;
    final MessageSteps messages;
    final FetchSteps fetch;
    final UidSteps uids;
    final SearchSteps search;
    final CapabilitySteps capabilities;
    final Transfers transfers;
    final Lookups lookups;
    final DeliverySteps delivery;
    final LookupSteps lookup;

    Scripted(ScriptedServer server, Duration timeout, Object... facts) {
        this.server = server;
        SuiteContext context = SuiteContext.of(Settings.of(Map.of()), "test", target(server.endpoint(TlsMode.NONE), timeout),
                facts);
        this.verdicts = new Verdicts();
        org.mailspec.run.schedule.ScenarioLease lease = new org.mailspec.run.schedule.ScenarioLease(context);
        this.advertised = new Advertised(context);
        this.side = new Side(context, verdicts, lease, advertised);
        this.boxes = new Mailboxes(context, side);
        this.uidRecords = new MailboxUids();
        this.seeds = new Seeds(context, side, boxes, uidRecords);
        this.clients = new Sessions(context, verdicts, boxes, seeds, uidRecords, lease);
        this.hooks = new Hooks(context, advertised, clients, boxes, seeds, side, verdicts, grammar);
        this.sessions = new SessionSteps(clients, boxes, advertised, verdicts);
        this.commands = new CommandSteps(clients);
        this.responses = new ResponseSteps(clients, boxes, verdicts);
        this.pipelines = new PipelineSteps(clients, boxes, verdicts);
        this.mailboxes = new MailboxSteps(clients, boxes, side, verdicts);
        this.messages = new MessageSteps(seeds, context);
        this.fetch = new FetchSteps(clients, seeds, verdicts);
        this.uids = new UidSteps(clients, boxes, uidRecords, seeds, verdicts);
        this.search = new SearchSteps(clients, verdicts);
        this.capabilities = new CapabilitySteps(clients, verdicts);
        this.transfers = new Transfers(context);
        this.lookups = new Lookups();
        this.delivery = new DeliverySteps(context, clients, seeds, side, boxes, advertised, transfers, verdicts);
        this.lookup = new LookupSteps(clients, seeds, lookups, verdicts);
    }

    /** Starts a server: {@code rules} are pairs of (command regex after the tag, answer template). */
    static Scripted start(String... rules) {
        return withGreeting(GREETING, rules);
    }

    static Scripted withGreeting(String greeting, String... rules) {
        ScriptedServer.Builder b = ScriptedServer.builder().line(greeting);
        for (int i = 0; i + 1 < rules.length; i += 2) {
            String answer = rules[i + 1];
            b.onCommand(ScriptedServer.TAG + " " + rules[i], s -> {
                if (!answer.isEmpty()) {
                    s.send(s.fill(answer.replace("\n", "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8));
                }
            });
        }
        b.onCommand(ScriptedServer.TAG + " LOGIN .*", s -> s.replyLine("{tag} OK logged in"));
        b.onCommand(ScriptedServer.TAG + " CAPABILITY", s -> s.replyLine(
                "* CAPABILITY IMAP4rev1 AUTH=PLAIN IDLE LITERAL+ UIDPLUS\r\n{tag} OK done"));
        b.onCommand(ScriptedServer.TAG + " LOGOUT", s -> {
            s.replyLine("* BYE bye\r\n{tag} OK bye");
            throw new java.io.IOException("logged out");
        });
        b.otherwise(s -> {
            String line = s.line();
            int sp = line.indexOf(' ');
            if (sp > 0) {
                s.sendLine(line.substring(0, sp) + " OK fine");
            }
        });
        return new Scripted(b.start(), Duration.ofMillis(1500));
    }

    static final String SELECT = "SELECT .*";
    static final String SELECTED = "* 3 EXISTS\n* OK [UIDVALIDITY 7] v\n{tag} OK [READ-WRITE] selected";

    /** A server with $Work selected (three plain messages with UIDs 11, 12, 13) that answers FETCH and EXPUNGE as given. */
    static Scripted selected(String fetchAnswer) {
        Scripted s = Scripted.start(SELECT, SELECTED, "(UID )?FETCH .*", fetchAnswer, "EXPUNGE", fetchAnswer);
        s.alias("Work", "Work").seeded("Work", "plain", 11, "plain", 12, "plain", 13).loggedIn().send("SELECT $Work");
        return s;
    }

    /**
     * A part set over a server built by the caller, with what the preflight would have learnt of it
     * (an {@code ImapFacts}: capabilities and layout), as a suite run hands it to every scenario.
     */
    static Scripted over(ScriptedServer server, Object... facts) {
        return new Scripted(server, Duration.ofMillis(1500), facts);
    }

    /** Client A connected (greeting read). */
    Scripted connected() {
        sessions.connected("A");
        return this;
    }

    /** Client A logged in. */
    Scripted loggedIn() {
        sessions.loggedIn("A");
        return this;
    }

    /** Client A sends a command and waits for its completion. */
    Scripted send(String command) {
        commands.sends("A", command);
        return this;
    }

    /** Declares an alias with a fixed name, so scripts can answer for it. */
    Scripted alias(String alias, String name) {
        boxes.aliasForTest(alias, name);
        return this;
    }

    /** Records messages as seeded in a mailbox (fixture name, UID), without APPEND. */
    Scripted seeded(String alias, Object... fixtureAndUid) {
        List<Seeded> list = new ArrayList<>();
        for (int i = 0; i + 1 < fixtureAndUid.length; i += 2) {
            String fixture = (String) fixtureAndUid[i];
            list.add(new Seeded(fixture, seeds.placeholderFixture(fixture).bytes(), ((Number) fixtureAndUid[i + 1]).longValue()));
        }
        seeds.seededForTest(boxes.mailbox(alias), list);
        return this;
    }

    /** Records one seeded message with the given octets. */
    Scripted seededOctets(String alias, String fixture, byte[] octets, long uid) {
        seeds.seededForTest(boxes.mailbox(alias), List.of(new Seeded(fixture, octets, uid)));
        return this;
    }

    static void violates(ThrowingCallable step) {
        assertThatThrownBy(step).isInstanceOf(RuleViolation.class);
    }

    static void holds(ThrowingCallable step) {
        assertThatCode(step).doesNotThrowAnyException();
    }

    /** The octets of a fixture as a literal for a script: {n}CRLF then the octets. */
    String literalOf(String fixture) {
        byte[] b = seeds.placeholderFixture(fixture).bytes();
        return "{" + b.length + "}\n" + new String(b, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
    }

    @Override
    public void close() {
        hooks.cleanUp();
        server.close();
    }

    /** The scripted server as a target, with the two accounts the step tests log in as. */
    static ScriptedTarget target(Endpoint imap, Duration timeout) {
        return ScriptedTarget.of(imap).withTimeout(timeout)
                .withAccounts(List.of(new Account("user", "secret"), new Account("user2", "secret2")));
    }
}
