package org.alliancetimeline.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code generate --articles N --out DIR [--seed S]}: writes a synthetic corpus of N raw articles
 * (in sub-folders of 1,000) and {@code DIR/truth.jsonl}. Exit 0 on success, 2 on bad arguments or
 * an unwritable folder.
 */
public final class GenerateCommand {
    public static final String USAGE = "generate --articles N --out DIR [--seed S]";

    private GenerateCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Integer articles = null;
        Path dir = null;
        long seed = 1;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--articles" -> articles = Integer.parseInt(value(args, ++i, a));
                    case "--out" -> dir = Path.of(value(args, ++i, a));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                    default -> throw new IllegalArgumentException("unknown argument " + a);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            err.println("usage: " + USAGE);
            return 2;
        }
        if (articles == null || dir == null || articles < 0) {
            err.println("usage: " + USAGE);
            return 2;
        }
        long start = System.nanoTime();
        CorpusGenerator.Summary summary;
        try {
            summary = new CorpusGenerator(seed).generate(articles, dir);
        } catch (IOException e) {
            err.println("generate: " + dir + ": " + e);
            return 2;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "wrote %d articles (%.1f MB) to %s in %.1f s; truth in %s%n", summary.files(),
                summary.bytes() / 1e6, dir, seconds, summary.truthFile());
        return 0;
    }

    static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
