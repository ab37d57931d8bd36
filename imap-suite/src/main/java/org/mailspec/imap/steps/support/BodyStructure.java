package org.mailspec.imap.steps.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A view of a BODY or BODYSTRUCTURE value (RFC 9051 7.5.2): the part at a section path
 * ({@code ""} for the whole message, {@code "2.1"}), its type and subtype, encoding, and for
 * MESSAGE/RFC822 the encapsulated envelope, body and line count.
 */
public final class BodyStructure {

    /** One part: {@code type} is {@code TEXT/PLAIN} or {@code MULTIPART/MIXED}. */
    public record Part(String path, String type, Optional<String> encoding, Optional<Long> lines,
                       boolean messageFieldsPresent) {
    }

    private BodyStructure() {
    }

    public static List<Part> parts(Value body) {
        List<Part> out = new ArrayList<>();
        walk(body, "", out);
        return out;
    }

    private static void walk(Value v, String path, List<Part> out) {
        if (!(v instanceof Value.ListV l) || l.items().isEmpty()) {
            throw new IllegalArgumentException("a body is a parenthesized list, got " + v);
        }
        List<Value> items = l.items();
        if (items.get(0) instanceof Value.ListV) {
            int n = 0;
            int i = 0;
            List<Part> children = new ArrayList<>();
            while (i < items.size() && items.get(i) instanceof Value.ListV) {
                n++;
                walk(items.get(i), path.isEmpty() ? Integer.toString(n) : path + "." + n, children);
                i++;
            }
            String subtype = i < items.size() ? String.valueOf(Value.text(items.get(i))) : "?";
            out.add(new Part(path, "MULTIPART/" + subtype.toUpperCase(Locale.ROOT), Optional.empty(),
                    Optional.empty(), false));
            out.addAll(children);
            return;
        }
        String type = (String.valueOf(Value.text(items.get(0))) + "/" + Value.text(items.get(1))).toUpperCase(Locale.ROOT);
        Optional<String> encoding = items.size() > 5 ? Optional.ofNullable(Value.text(items.get(5)))
                .map(e -> e.toUpperCase(Locale.ROOT)) : Optional.empty();
        Optional<Long> lines = Optional.empty();
        boolean message = type.equals("MESSAGE/RFC822") || type.equals("MESSAGE/GLOBAL");
        boolean messageFields = false;
        if (message && items.size() >= 10 && items.get(7) instanceof Value.ListV && items.get(8) instanceof Value.ListV
                && items.get(9) instanceof Value.Num n) {
            messageFields = true;
            lines = Optional.of(n.value());
        } else if (type.startsWith("TEXT/") && items.size() > 7 && items.get(7) instanceof Value.Num n) {
            lines = Optional.of(n.value());
        }
        out.add(new Part(path.isEmpty() ? (message ? "" : "") : path, type, encoding, lines, messageFields));
        if (messageFields) {
            // the encapsulated message's body: a single part body is part path.1 (RFC 9051 6.4.5)
            Value inner = items.get(8);
            String innerPath = path.isEmpty() ? "1" : path;
            List<Part> innerParts = new ArrayList<>();
            walk(inner, innerPath, innerParts);
            for (Part p : innerParts) {
                if (p.path().equals(innerPath) && !p.type().startsWith("MULTIPART/")) {
                    out.add(new Part(innerPath + ".1", p.type(), p.encoding(), p.lines(), p.messageFieldsPresent()));
                } else if (!p.path().equals(innerPath)) {
                    out.add(p);
                }
            }
        }
    }
}
