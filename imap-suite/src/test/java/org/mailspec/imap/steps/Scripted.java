package org.mailspec.imap.steps;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.mailspec.run.RuleViolation;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.Settings;
import org.mailspec.settings.TlsMode;
import org.mailspec.target.Target;
import org.mailspec.testing.ScriptedServer;
import org.mailspec.testing.ScriptedTarget;

/**
 * A scripted IMAP server for the step tests: a greeting, LOGIN/CAPABILITY/LOGOUT that behave,
 * and per test the commands whose answers break (or keep) exactly one rule. Rules are regular
 * expressions for the line after the tag; answers are templates where {@code {tag}} is the
 * command's tag and lines are separated by {@code \n} (sent as CRLF).
 */
final class Scripted implements AutoCloseable {

    static final String GREETING = "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN IDLE LITERAL+ UIDPLUS] scripted ready";

    final ScriptedServer server;
    final ImapWorld world;
    final SessionSteps sessions;
    final CommandSteps commands;
    final ResponseSteps responses;
    final MailboxSteps mailboxes;
    final MessageSteps messages;
    final FetchSteps fetch;
    final SearchSteps search;
    final CapabilitySteps capabilities;

    private Scripted(ScriptedServer server) {
        this.server = server;
        Target target = target(server.endpoint(TlsMode.NONE), Duration.ofMillis(1500));
        this.world = new ImapWorld(org.mailspec.run.SuiteContext.of(Settings.of(Map.of()), "test", target));
        this.sessions = new SessionSteps(world);
        this.commands = new CommandSteps(world);
        this.responses = new ResponseSteps(world);
        this.mailboxes = new MailboxSteps(world);
        this.messages = new MessageSteps(world);
        this.fetch = new FetchSteps(world);
        this.search = new SearchSteps(world);
        this.capabilities = new CapabilitySteps(world);
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
                    s.send(s.fill(answer.replace("\n", "\r\n") + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
        try {
            return new Scripted(b.start());
        } catch (RuntimeException e) {
            throw e;
        }
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
        world.declareNamed(alias, "");
        world.aliasForTest(alias, name);
        return this;
    }

    /** Records messages as seeded in a mailbox (fixture name, UID), without APPEND. */
    Scripted seeded(String alias, Object... fixtureAndUid) {
        List<Seeded> list = new ArrayList<>();
        for (int i = 0; i + 1 < fixtureAndUid.length; i += 2) {
            String fixture = (String) fixtureAndUid[i];
            list.add(new Seeded(fixture, world.placeholderFixture(fixture).bytes(), ((Number) fixtureAndUid[i + 1]).longValue()));
        }
        world.seededForTest(alias, list);
        return this;
    }

    /** Records one seeded message with the given octets. */
    Scripted seededOctets(String alias, String fixture, byte[] octets, long uid) {
        world.seededForTest(alias, List.of(new Seeded(fixture, octets, uid)));
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
        byte[] b = world.placeholderFixture(fixture).bytes();
        return "{" + b.length + "}\n" + new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
    }

    @Override
    public void close() {
        world.cleanUp();
        server.close();
    }

    static String quoteRegex(String s) {
        return Pattern.quote(s);
    }

    static String tagOf(String line) {
        Matcher m = Pattern.compile("^(\\S+)").matcher(line);
        return m.find() ? m.group(1) : "";
    }

    /** The scripted server as a target, with the two accounts the step tests log in as. */
    static ScriptedTarget target(Endpoint imap, Duration timeout) {
        return ScriptedTarget.of(imap).withTimeout(timeout)
                .withAccounts(List.of(new Account("user", "secret"), new Account("user2", "secret2")));
    }
}
