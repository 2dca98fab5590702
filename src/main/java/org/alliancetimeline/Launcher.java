package org.alliancetimeline;

import java.util.Set;
import javafx.application.Application;
import org.alliancetimeline.app.AllianceTimelineApp;
import org.alliancetimeline.cli.Cli;

/**
 * The jar's main class. With no arguments it opens the explorer window; with a command
 * ({@code inspect}, {@code generate}, {@code bench}) it runs the command line. It does not extend
 * Application, so a shaded jar starts on the class path without the JavaFX launcher check.
 */
public final class Launcher {
    private static final Set<String> COMMANDS = Set.of("inspect", "generate", "bench");

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            Cli.main(args);
            return;
        }
        Application.launch(AllianceTimelineApp.class, args);
    }
}
