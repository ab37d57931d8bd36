package org.mailspec.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The markup builder the HTML pages share: raw markup ({@link #a}), escaped text ({@link #t}), and the
 * pieces both pages draw the same way (verdict badges, verdict bars). Everything from a server or a
 * scenario goes through {@link #t}, which escapes it ({@link Text#html}).
 */
class HtmlOut {
    protected final StringBuilder out = new StringBuilder(64 * 1024);

    /** Markup, as is. */
    HtmlOut a(String raw) {
        out.append(raw);
        return this;
    }

    /** Text or an attribute value, escaped. */
    HtmlOut t(String text) {
        out.append(Text.html(text));
        return this;
    }

    /** {@code pass}, {@code fail}, ...: the class suffix of a verdict ({@code v-pass}). */
    static String css(Verdict v) {
        return v.name().toLowerCase(Locale.ROOT);
    }

    void badge(Verdict v) {
        a("<span class=\"badge v-").a(css(v)).a("\">").a(v.name()).a("</span>");
    }

    /** A bar of the verdicts' shares of {@code total}, labelled with the counts for screen readers. */
    void bar(Map<Verdict, Integer> counts, int total, String cls) {
        a("<div class=\"bar ").a(cls).a("\" role=\"img\" aria-label=\"");
        List<String> parts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            parts.add(counts.getOrDefault(v, 0) + " " + v);
        }
        t(String.join(", ", parts)).a("\">");
        if (total > 0) {
            for (Verdict v : Verdict.values()) {
                int n = counts.getOrDefault(v, 0);
                if (n > 0) {
                    a("<i class=\"v-").a(css(v)).a("\" style=\"width:")
                            .a(String.format(Locale.ROOT, "%.3f", 100.0 * n / total)).a("%\"></i>");
                }
            }
        }
        a("</div>");
    }

    /** The callout of a suite its preflight stopped: the line, and the rule it broke where it broke one. */
    void stopCallout(SuiteStop stop) {
        a("<p class=\"callout stop\"><b>").t("The " + stop.protocolLabel() + " suite stopped in its preflight").a("</b> ");
        badge(stop.verdict());
        a(" ").t(stop.line());
        if (stop.rule() != null) {
            a("<br><span class=\"muted\">Rule broken: </span>").t(stop.rule());
        } else {
            a("<br><span class=\"muted\">No rule broken: the harness could not judge the server.</span>");
        }
        a("</p>\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
