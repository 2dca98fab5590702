package org.alliancetimeline;

import java.util.Set;
import javafx.application.Application;
import org.alliancetimeline.app.AllianceTimelineApp;
import org.alliancetimeline.cli.Cli;
import org.alliancetimeline.ingest.ArticlePipeline;

/**
 * The jar's main class. With no arguments it opens the explorer window; with a command
 * ({@code inspect}, {@code generate}, {@code bench}) it runs the command line. It does not extend
 * Application, so a shaded jar starts on the class path without the JavaFX launcher check.
 */
public final class Launcher {
    private static final Set<String> COMMANDS = Set.of("inspect", "generate", "bench");

    private Launcher() {
    }

    /**
     * Reads the gazetteer and the chronology (and loads the JSON and ingest classes) on a second core
     * while JavaFX starts on the first, so the bundled corpus is on screen sooner. Both are cached
     * once read; a failure here is reported again, properly, by the load that needs them.
     */
    private static void readReferenceDataEarly() {
        Thread t = new Thread(() -> {
            try {
                ArticlePipeline.createDefault();
            } catch (RuntimeException e) {
                // the corpus load reads them again and shows the problem
            }
        }, "reference-data-early");
        t.setDaemon(true);
        t.start();
    }

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            Cli.main(args);
            return;
        }
        readReferenceDataEarly();
        Application.launch(AllianceTimelineApp.class, args);
    }
}
