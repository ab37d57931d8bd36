package org.mailspec.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An RFC reference as tags write it, {@code rfc9051-6.3.2}: sortable, linkable. */
public record RfcSection(String key, int rfc, String section) implements Comparable<RfcSection> {
    private static final Pattern FORM = Pattern.compile("(?i)@?rfc(\\d+)(?:-([0-9a-z.]+))?");

    public static RfcSection parse(String key) {
        Matcher m = FORM.matcher(key);
        if (m.matches()) {
            return new RfcSection(key, Integer.parseInt(m.group(1)), m.group(2) == null ? "" : m.group(2));
        }
        return new RfcSection(key, Integer.MAX_VALUE, key);
    }

    /** {@code RFC 9051 §6.3.2}. */
    public String label() {
        if (rfc == Integer.MAX_VALUE) {
            return key;
        }
        return "RFC " + rfc + (section.isEmpty() ? "" : " §" + section);
    }

    /** The rfc-editor.org page, at the section when there is one. */
    public String url() {
        if (rfc == Integer.MAX_VALUE) {
            return "";
        }
        return "https://www.rfc-editor.org/rfc/rfc" + rfc + (section.isEmpty() ? "" : "#section-" + section);
    }

    private List<Integer> numbers() {
        List<Integer> out = new ArrayList<>();
        for (String part : section.split("\\.")) {
            try {
                out.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                out.add(Integer.MAX_VALUE);
            }
        }
        return out;
    }

    private static final Comparator<RfcSection> ORDER = Comparator.comparingInt(RfcSection::rfc)
            .thenComparing((a, b) -> {
                List<Integer> x = a.numbers();
                List<Integer> y = b.numbers();
                for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                    int c = Integer.compare(x.get(i), y.get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return Integer.compare(x.size(), y.size());
            })
            .thenComparing(RfcSection::key);

    @Override
    public int compareTo(RfcSection o) {
        return ORDER.compare(this, o);
    }
}
