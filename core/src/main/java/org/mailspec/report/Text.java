package org.mailspec.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Escaping and line handling shared by the writers. Everything from a server goes through here. */
final class Text {
    private Text() {
    }

    /** Split on LF; a CR right before the LF is part of the line end. A final empty line is dropped. */
    static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                int end = i > start && s.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(s.substring(start, end));
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    /** Whitespace runs (line breaks included) become one space; trimmed. */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        return s.strip().replaceAll("\\s+", " ");
    }

    /** At most {@code max} characters, an ellipsis marking the cut. */
    static String cap(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "…";
    }

    /**
     * Control characters other than TAB and LF shown as {@code \xNN} (CR as {@code \r}; a CR before LF is
     * dropped as part of the line end when newlines are kept), lone surrogates
     * as {@code \\uXXXX}: whatever a server sent stays visible and cannot break the document.
     */
    static String visible(String s, boolean keepNewlines) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = null;
            if (c == '\n') {
                rep = keepNewlines ? null : "\\n";
            } else if (c == '\t') {
                rep = null;
            } else if (c == '\r') {
                if (keepNewlines && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    if (sb == null) {
                        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                    }
                    continue;
                }
                rep = "\\r";
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0xfffe || c == 0xffff) {
                rep = String.format(Locale.ROOT, "\\x%02X", (int) c & 0xff);
                if (c > 0xff) {
                    rep = String.format(Locale.ROOT, "\\u%04X", (int) c);
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                rep = String.format(Locale.ROOT, "\\u%04X", (int) c);
            } else if (Character.isLowSurrogate(c)) {
                rep = String.format(Locale.ROOT, "\\u%04X", (int) c);
            }
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** HTML text and attribute values (quoted with {@code "}). */
    static String html(String s) {
        String v = visible(s == null ? "" : s, true);
        StringBuilder sb = new StringBuilder(v.length() + 16);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** XML 1.0 text and attribute values; in attributes, line breaks and tabs kept as character references. */
    static String xml(String s, boolean attribute) {
        String v = visible(s == null ? "" : s, true);
        StringBuilder sb = new StringBuilder(v.length() + 16);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Inside a Markdown table cell or list item: one line, pipes and markup characters neutralised. */
    static String md(String s) {
        String v = visible(oneLine(s), false);
        StringBuilder sb = new StringBuilder(v.length() + 16);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '|', '\\', '`', '*', '_', '[', ']', '#', '~' -> sb.append('\\').append(c);
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Inline code in Markdown: one line, fenced with enough backticks, pipes escaped for tables. */
    static String mdCode(String s) {
        String v = visible(oneLine(s), false).replace("|", "\\|");
        String fence = v.contains("`") ? "`` " : "`";
        String close = v.contains("`") ? " ``" : "`";
        return fence + v + close;
    }

    /** Seconds with three decimals, locale-independent. */
    static String seconds(long ms) {
        return String.format(Locale.ROOT, "%d.%03d", ms / 1000, ms % 1000);
    }

    /** A duration for people: {@code 840 ms}, {@code 12.3 s}, {@code 4 min 05 s}. */
    static String duration(long ms) {
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = ms / 1000;
        return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
