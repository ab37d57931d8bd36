package org.mailspec.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The style sheets and scripts of the HTML pages, kept as resources beside this class
 * ({@code report.css}, {@code report.js}, ...) and inlined into each page at write time, so a page stays
 * one self-contained file that opens offline.
 *
 * <p>A resource that would end its own element early ({@code </style} in CSS, {@code </script} in a
 * script) is refused: inlined, it would turn the rest of the page into markup.
 */
final class PageAssets {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private PageAssets() {
    }

    /** {@code report.css} or another {@code .css} resource of this package. */
    static String css(String name) {
        return load(name, "</style");
    }

    /** {@code report.js} or another {@code .js} resource of this package. */
    static String script(String name) {
        return load(name, "</script");
    }

    private static String load(String name, String closer) {
        return CACHE.computeIfAbsent(name, n -> {
            String text = read(n);
            if (text.toLowerCase(Locale.ROOT).contains(closer)) {
                throw new IllegalStateException("page resource " + n + " contains \"" + closer
                        + "\", which would end its element when inlined");
            }
            return text.endsWith("\n") ? text : text + "\n";
        });
    }

    private static String read(String name) {
        try (InputStream in = PageAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("page resource " + name + " is missing from the classpath (next to "
                        + PageAssets.class.getName() + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page resource " + name, e);
        }
    }
}
