package org.mailspec.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mailspec.imap.Command;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.ImapClient;
import org.mailspec.imap.response.MailboxList;
import org.mailspec.imap.response.NamespaceData;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.Settings;
import org.mailspec.settings.TlsMode;
import org.mailspec.target.ImapFacts;
import org.mailspec.target.ImapLayout;
import org.mailspec.target.Sessions;
import org.mailspec.target.Target;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ParserMode;
import org.mailspec.wire.Transcript;
import org.mailspec.wire.WireException;

/**
 * The IMAP server's facts, learnt once per run in the preflight: its capabilities in each state
 * the scenarios meet it in, and its layout (where the run may create mailboxes). A failure here
 * is one preflight line naming the setting to fix, not one ERROR per scenario.
 *
 * <p>Capabilities are learnt on the connection as configured: before STARTTLS, after it when
 * {@code imap.tls=starttls} (a run without TLS never sees the post-TLS list), and after LOGIN.
 *
 * <p>The layout: the {@code mailbox.prefix} setting when given; else NAMESPACE's first personal
 * namespace where NAMESPACE is advertised (RFC 2342; part of IMAP4rev2); else {@code LIST "" ""}
 * for the delimiter and a CREATE probe at the root, then under {@code INBOX<delimiter>}, each
 * probe mailbox deleted at once. What the discovery notices (a NAMESPACE without a personal
 * namespace, probes refused) goes into the layout's notes, never hidden.
 */
final class ImapProbe {

    private ImapProbe() {
    }

    static ImapFacts probe(Target target, Settings settings, String runId) {
        Endpoint e = target.imap();
        List<String> notes = new ArrayList<>();
        // lenient: a grammar slip is judged by the scenarios that meet it, it does not stop the run
        try (ImapClient c = Sessions.imap(target, Sessions.options(target, new Transcript()).withName("preflight")
                .withParserMode(ParserMode.LENIENT))) {
            List<String> beforeTls = e.tls() == TlsMode.IMPLICIT ? List.of() : c.capabilities();
            List<String> afterTls = List.of();
            if (e.tls() == TlsMode.STARTTLS) {
                Sessions.secureImap(c, e);
                afterTls = c.capabilities();
            } else if (e.tls() == TlsMode.IMPLICIT) {
                afterTls = c.capabilities();
            } else if (c.hasCapability("STARTTLS")) {
                notes.add("imap.tls=none: the capabilities after STARTTLS are not learnt (the scenarios do not use TLS)");
            }
            Account a = target.accounts().get(0);
            CommandResult login = c.hasCapability("LOGINDISABLED")
                    ? c.authenticatePlain(a, c.hasCapability("SASL-IR")) : c.login(a);
            if (!login.ok()) {
                throw new PreflightException("imap " + e + ": logging in as " + a.user() + " was answered "
                        + Ascii.escape(login.tagged().raw()) + " (check accounts=" + a.user() + ":...)");
            }
            List<String> afterLogin = c.capabilities();
            ImapLayout layout = layout(c, settings, runId, advertises(afterLogin, "NAMESPACE")
                    || advertises(afterLogin, "IMAP4rev2"));
            c.logout();
            return new ImapFacts(beforeTls, afterTls, afterLogin, layout, notes);
        } catch (PreflightException ex) {
            throw ex;
        } catch (WireException | RuntimeException ex) {
            throw new PreflightException(Preflights.explain("imap", e, ex));
        }
    }

    private static boolean advertises(List<String> caps, String cap) {
        return caps.stream().anyMatch(x -> x.equalsIgnoreCase(cap));
    }

    static ImapLayout layout(ImapClient c, Settings settings, String runId, boolean namespace) throws WireException {
        List<String> notes = new ArrayList<>();
        Optional<NamespaceData> ns = Optional.empty();
        if (namespace) {
            CommandResult r = c.execute(Command.of("NAMESPACE"));
            ns = r.ofType(NamespaceData.class).stream().findFirst();
            if (!r.ok() || ns.isEmpty()) {
                notes.add("NAMESPACE is advertised but was answered " + Ascii.escape(r.tagged().raw())
                        + (ns.isEmpty() ? " without a NAMESPACE response" : ""));
            } else if (ns.get().personal().isEmpty()) {
                notes.add("NAMESPACE answered " + Ascii.escape(ns.get().raw()).strip()
                        + ": no personal namespace (RFC 2342 5: the personal namespace holds INBOX); layout probed instead");
            }
        }
        List<String> otherUsers = ns.map(n -> n.otherUsers().stream().map(NamespaceData.Namespace::prefix).toList())
                .orElse(List.of());
        List<String> shared = ns.map(n -> n.shared().stream().map(NamespaceData.Namespace::prefix).toList())
                .orElse(List.of());

        Optional<String> setting = settings.get("mailbox.prefix");
        if (setting.isPresent()) {
            String prefix = setting.get();
            Optional<String> delimiter = ns.flatMap(n -> n.personal().stream()
                            .filter(p -> prefix.startsWith(p.prefix())).findFirst())
                    .map(NamespaceData.Namespace::delimiter).orElseGet(() -> rootDelimiter(c));
            return new ImapLayout(prefix, delimiter, ImapLayout.Source.SETTING, otherUsers, shared, notes);
        }
        if (ns.isPresent() && !ns.get().personal().isEmpty()) {
            NamespaceData.Namespace p = ns.get().personal().get(0);
            return new ImapLayout(p.prefix(), p.delimiter(), ImapLayout.Source.NAMESPACE, otherUsers, shared, notes);
        }
        Optional<String> delimiter = rootDelimiter(c);
        String probe = "mailspec-" + Ascii.lettersAndDigits(runId) + "-layout";
        if (created(c, probe)) {
            return new ImapLayout("", delimiter, ImapLayout.Source.PROBE, otherUsers, shared, notes);
        }
        if (delimiter.isPresent() && created(c, "INBOX" + delimiter.get() + probe)) {
            notes.add("a CREATE at the root was refused and one under INBOX" + delimiter.get() + " accepted");
            return new ImapLayout("INBOX" + delimiter.get(), delimiter, ImapLayout.Source.PROBE, otherUsers, shared, notes);
        }
        notes.add("the server refused a CREATE at the root" + (delimiter.isPresent() ? " and under INBOX" + delimiter.get() : "")
                + ": scenarios that create mailboxes will not be able to (set mailbox.prefix to a folder the account may create in)");
        return new ImapLayout("", delimiter, ImapLayout.Source.REFUSED, otherUsers, shared, notes);
    }

    /** The delimiter of {@code LIST "" ""}; empty for NIL (flat names) or no answer. */
    private static Optional<String> rootDelimiter(ImapClient c) {
        try {
            CommandResult r = c.execute(Command.of("LIST").raw("\"\" \"\""));
            return r.ofType(MailboxList.class).stream().findFirst().flatMap(MailboxList::delimiter);
        } catch (WireException e) {
            return Optional.empty();
        }
    }

    /** CREATE {@code name}; when the server accepts it, deletes it again at once. */
    private static boolean created(ImapClient c, String name) throws WireException {
        CommandResult r = c.execute(Command.of("CREATE").string(name));
        if (!r.ok()) {
            return false;
        }
        c.execute(Command.of("DELETE").string(name));
        return true;
    }
}
