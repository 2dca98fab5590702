package org.alliancetimeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Arrays;
import java.util.List;
import org.alliancetimeline.bench.BenchCommand;
import org.alliancetimeline.bench.GenerateCommand;

/** The command line: {@code inspect}, {@code generate} and {@code bench}. */
public final class Cli {
    private Cli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            usage(err);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "inspect":
                return InspectCommand.run(rest, out, err);
            case "generate":
                return GenerateCommand.run(rest, out, err);
            case "bench":
                return BenchCommand.run(rest, out, err);
            default:
                usage(err);
                return 2;
        }
    }

    static boolean isCommand(String name) {
        return List.of("inspect", "generate", "bench").contains(name);
    }

    private static void usage(PrintStream err) {
        err.println("usage: java -jar alliance-timeline.jar [" + InspectCommand.USAGE + "]");
        err.println("       java -jar alliance-timeline.jar " + GenerateCommand.USAGE);
        err.println("       java -jar alliance-timeline.jar " + BenchCommand.USAGE);
        err.println("       with no arguments the explorer window opens on the bundled corpus");
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        return e.getMessage();
    }
}
