package org.alliancetimeline.ingest.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads paragraph fixtures: paragraphs separated by blank lines. */
final class QuoteTestSupport {
    private QuoteTestSupport() {
    }

    static String resource(String path) {
        try (InputStream in = QuoteTestSupport.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.split("\\r?\\n\\s*\\r?\\n")) {
            String p = block.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    static String norm(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").trim();
    }
}
