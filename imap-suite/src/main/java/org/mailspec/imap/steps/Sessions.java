package org.mailspec.imap.steps;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mailspec.imap.Command;
import org.mailspec.imap.ImapProtocolViolation;
import org.mailspec.imap.LiteralMode;
import org.mailspec.imap.PendingCommand;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.ContinuationRequest;
import org.mailspec.imap.steps.support.CommandTemplate;
import org.mailspec.run.HarnessError;
import org.mailspec.run.Skip;
import org.mailspec.run.SuiteContext;
import org.mailspec.run.schedule.ScenarioLease;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;
import org.mailspec.target.Target;
import org.mailspec.wire.WireException;

/**
 * The scenario's named clients on its transcript: connecting them (plain, STARTTLS, implicit
 * TLS), logging them in, sending commands (one, pipelined, continuation lines) and waiting for
 * what each brings, and the last observation the assertions judge. What a command teaches
 * (capabilities, selection, UIDVALIDITY) is learnt from core's typed responses by {@link Learning}.
 */
public final class Sessions {
    private final ScenarioLease lease;

    private final SuiteContext context;
    private final Verdicts verdicts;
    private final Mailboxes mailboxes;
    private final Seeds seeds;
    private final Learning learning;
    private final Map<String, Session> clients = new LinkedHashMap<>();
    private Observation last;
    private Pipeline pipeline;

    public Sessions(SuiteContext context, Verdicts verdicts, Mailboxes mailboxes, Seeds seeds, MailboxUids uids,
                    ScenarioLease lease) {
        this.context = context;
        this.lease = lease;
        this.verdicts = verdicts;
        this.mailboxes = mailboxes;
        this.seeds = seeds;
        this.learning = new Learning(mailboxes, seeds, uids);
    }

    Duration timeout() {
        return context.target().timeout();
    }

    /** The client of that name ({@code the client} is {@code A}), created on first mention. */
    Session session(String name) {
        return clients.computeIfAbsent(name, Session::new);
    }

    /** Every client mentioned, in order of first mention. */
    List<Session> all() {
        return List.copyOf(clients.values());
    }

    /** The first client that has a connection (the greeting steps judge it). */
    Session firstConnected() {
        return clients.values().stream().filter(x -> x.client != null).findFirst()
                .orElseThrow(() -> new HarnessError("harness defect: no client is connected"));
    }

    /** The client connected last. */
    Session lastConnected() {
        return clients.values().stream().filter(x -> x.client != null).reduce((a, b) -> b)
                .orElseThrow(() -> new HarnessError("harness defect: no client is connected"));
    }

    // ---------------------------------------------------------------- connecting

    /** Opens the client's connection and reads the greeting (a precondition: failures are ERRORs). */
    void connect(Session s, Session.Reach reach) {
        if (s.client != null) {
            s.client.close();
        }
        Target t = context.target();
        Endpoint configured = t.imap();
        Endpoint endpoint = switch (reach) {
            case CONFIGURED -> configured;
            case PLAIN -> {
                if (configured.tls() == TlsMode.IMPLICIT) {
                    throw Skip.because("the target has no plain IMAP port (imap.tls=implicit)");
                }
                yield configured.plain();
            }
            case IMPLICIT -> t.imaps().or(() -> configured.tls() == TlsMode.IMPLICIT ? Optional.of(configured)
                    : Optional.empty()).orElseThrow(() -> Skip.because("the target has no implicit TLS port (imaps.port)"));
        };
        try {
            s.reset(Connect.open(endpoint, org.mailspec.target.Sessions.options(t, verdicts.transcript()).withName(s.name),
                    verdicts.grammarCheck(s.name)));
            if (reach == Session.Reach.CONFIGURED) {
                Connect.secure(s.client, endpoint);
            }
        } catch (ImapProtocolViolation v) {
            throw verdicts.syntax(v, s.connection());
        } catch (WireException e) {
            throw new HarnessError("precondition: could not connect " + s.name + " to " + endpoint + ": " + e.getMessage());
        }
    }

    /** Logs the client in with account 1 or 2 (a precondition: anything but OK is an ERROR). */
    void login(Session s, int which) {
        if (s.client == null) {
            connect(s, Session.Reach.CONFIGURED);
        }
        try {
            Connect.login(s.client, lease.account(which));
            s.loggedIn = true;
        } catch (ImapProtocolViolation v) {
            throw verdicts.syntax(v, s.connection());
        } catch (WireException e) {
            throw new HarnessError("precondition: logging in " + s.name + ": " + e.getMessage());
        }
    }

    /** Closes every client's connection (the end of the scenario). */
    void closeAll() {
        for (Session s : clients.values()) {
            if (s.client != null) {
                s.client.close();
            }
        }
    }

    // ---------------------------------------------------------------- commands

    /** Sends a command (placeholders expanded) without waiting for anything after the command itself. */
    Observation send(Session s, String template) {
        requireConnected(s);
        CommandTemplate.Expansion expansion = CommandTemplate.expand(template, new Placeholders(s));
        Command command = toCommand(expansion.segments());
        try {
            if (expansion.segments().stream().anyMatch(g -> g instanceof CommandTemplate.Literal l && l.nonSynchronizing())) {
                s.client.capabilities();
            }
            PendingCommand p = s.client.send(command);
            Observation o = new Observation(s, p, expansion.mailbox());
            learning.sent(o);
            return o;
        } catch (ImapProtocolViolation v) {
            throw verdicts.syntax(v, s.connection());
        } catch (WireException e) {
            throw new HarnessError("could not send " + command.describe() + " on " + s.connection() + ": " + e.getMessage());
        }
    }

    /**
     * Sends a command the harness built (not a template: a Message-ID's angle brackets are no
     * placeholder) and waits for its completion; it becomes the last observation.
     */
    Observation executeBuilt(Session s, Command command, Optional<String> mailbox) {
        requireConnected(s);
        try {
            Observation o = new Observation(s, s.client.send(command), mailbox);
            learning.sent(o);
            await(o);
            return o;
        } catch (ImapProtocolViolation v) {
            throw verdicts.syntax(v, s.connection());
        } catch (WireException e) {
            throw new HarnessError("could not send " + command.describe() + " on " + s.connection() + ": " + e.getMessage());
        }
    }

    /** Sends a command and waits for its completion, or a continuation request, or a close. */
    Observation execute(Session s, String template) {
        if (template.trim().equalsIgnoreCase("STARTTLS")) {
            return startTls(s);
        }
        Observation o = send(s, template);
        await(o);
        return o;
    }

    /** Reads until the command completes or the server asks for a continuation. */
    void await(Observation o) {
        Session s = o.session;
        o.continuation = null;
        try {
            long after = Math.max(o.pending.sentSequence(), o.everContinued ? lastSequence(s) : 0);
            while (!o.pending.isDone()) {
                Received r = s.client.readResponse(timeout());
                if (r.response() instanceof ContinuationRequest && r.sequence() > after && !o.pending.isDone()) {
                    o.continuation = r;
                    o.everContinued = true;
                    s.open = o;
                    finish(o);
                    return;
                }
            }
            o.result = o.pending.result().orElseThrow();
            if (s.open == o) {
                s.open = null;
            }
        } catch (ImapProtocolViolation v) {
            throw verdicts.syntax(v, s.connection());
        } catch (WireException e) {
            o.failure = e;
        }
        finish(o);
    }

    private static long lastSequence(Session s) {
        List<Received> all = s.client.responses();
        return all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
    }

    /** Sends a continuation line for the client's open command and waits again. */
    Observation answerContinuation(Session s, String line) {
        Observation o = s.open;
        if (o == null) {
            throw new HarnessError("harness defect: client " + s.name + " has no command waiting for a continuation");
        }
        String expanded = CommandTemplate.expand(line, new Placeholders(s)).segments().stream()
                .filter(g -> g instanceof CommandTemplate.Text).map(g -> ((CommandTemplate.Text) g).text())
                .findFirst().orElse("");
        try {
            s.client.connection().write((expanded + "\r\n").getBytes(StandardCharsets.UTF_8), "a continuation line");
        } catch (WireException e) {
            o.failure = e;
            finish(o);
            return o;
        }
        await(o);
        return o;
    }

    /** STARTTLS: the command, and on OK the TLS negotiation at once (its outcome recorded, not thrown). */
    Observation startTls(Session s) {
        Observation o = send(s, "STARTTLS");
        await(o);
        if (o.result != null && o.result.ok()) {
            s.tlsAttempted = true;
            try {
                s.tls = Optional.of(s.client.connection().startTls());
                s.tlsFailure = Optional.empty();
            } catch (WireException | RuntimeException e) {
                s.tlsFailure = Optional.of(e);
            }
        }
        return o;
    }

    /** Writes several commands back to back, then reads until each is completed. */
    Pipeline pipeline(Session s, List<String> templates) {
        requireConnected(s);
        List<Observation> sent = new ArrayList<>();
        for (String t : templates) {
            sent.add(send(s, t));
        }
        for (Observation o : sent) {
            try {
                o.result = s.client.await(o.pending);
            } catch (ImapProtocolViolation v) {
                throw verdicts.syntax(v, s.connection());
            } catch (WireException e) {
                o.failure = e;
                break;
            }
            finish(o);
        }
        pipeline = new Pipeline(s, sent);
        last = sent.get(sent.size() - 1);
        return pipeline;
    }

    private void finish(Observation o) {
        last = o;
        learning.observed(o);
    }

    private static void requireConnected(Session s) {
        if (s.client == null) {
            throw new HarnessError("harness defect: client " + s.name + " is used before a Given connects it");
        }
    }

    /** A command object for the wire from an expanded template. */
    static Command toCommand(List<CommandTemplate.Segment> segments) {
        if (segments.isEmpty() || !(segments.get(0) instanceof CommandTemplate.Text first)) {
            throw new HarnessError("harness defect: a command must start with its name");
        }
        String text = first.text();
        int sp = text.indexOf(' ');
        Command c = Command.of(sp < 0 ? text : text.substring(0, sp));
        if (sp >= 0 && !text.substring(sp + 1).isBlank()) {
            c = c.raw(text.substring(sp + 1).strip());
        }
        for (int i = 1; i < segments.size(); i++) {
            if (segments.get(i) instanceof CommandTemplate.Literal l) {
                c = c.literal(l.octets(), l.nonSynchronizing() ? LiteralMode.NON_SYNC : LiteralMode.SYNC);
            } else if (segments.get(i) instanceof CommandTemplate.Text t && !t.text().isBlank()) {
                c = c.raw(t.text().strip());
            }
        }
        return c;
    }

    // ---------------------------------------------------------------- what the assertions judge

    Observation last() {
        if (last == null) {
            throw new HarnessError("harness defect: an assertion about the last command before any command was sent");
        }
        return last;
    }

    Optional<Pipeline> pipeline() {
        return Optional.ofNullable(pipeline);
    }

    /** The UID recorded for message n of the mailbox the client has selected. */
    long uidOf(Session s, int n) {
        String box = s.selected.orElseThrow(() -> new HarnessError(
                "harness defect: <uid:" + n + "> needs a selected mailbox on client " + s.name));
        return seeds.uid(box, n);
    }

    /** The octets "the X message" stands for as message n of the client's selected mailbox. */
    byte[] expectedOctets(Session s, int n, String fixture) {
        return seeds.expectedOctets(s.selected, n, fixture);
    }

    /** What a command template's placeholders stand for on this client. */
    private final class Placeholders implements CommandTemplate.Placeholders {
        private final Session s;

        Placeholders(Session s) {
            this.s = s;
        }

        @Override
        public Optional<String> alias(String name) {
            return mailboxes.alias(name);
        }

        @Override
        public boolean utf8Accepted() {
            return s.utf8Accepted;
        }

        /** {@code <delim>} in a command; a server with flat names (delimiter NIL) has none to write: SKIP. */
        @Override
        public String delimiter() {
            String d = mailboxes.delimiter();
            if (d.isEmpty()) {
                throw Skip.because("the command needs the hierarchy delimiter, and the server's mailbox names are flat"
                        + " (delimiter NIL)");
            }
            return d;
        }

        @Override
        public String[] account(int which) {
            Account a = lease.account(which);
            return new String[] {a.user(), a.password()};
        }

        @Override
        public String wrongPassword() {
            return "mailspec-wrong-" + Integer.toHexString(context.runId().hashCode());
        }

        @Override
        public byte[] fixture(String name) {
            return seeds.placeholderFixture(name).bytes();
        }

        @Override
        public long uid(int sequenceNumber) {
            return uidOf(s, sequenceNumber);
        }
    }
}
