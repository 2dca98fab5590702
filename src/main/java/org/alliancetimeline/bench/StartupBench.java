package org.alliancetimeline.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancetimeline.Launcher;
import org.alliancetimeline.app.StartupProbe;

/**
 * Start-up time to the first frame: launches the app in a fresh JVM with the {@link StartupProbe}
 * switched on, several times, and keeps the median. Headless (Monocle) when there is no display,
 * as {@link RedrawBench} is.
 */
final class StartupBench {
    /** Milliseconds after the process started: the empty window's first frame, the bundled corpus on screen. */
    record Result(long windowMillis, long corpusMillis, int runs) {
    }

    private static final Pattern LINE = Pattern.compile(Pattern.quote(StartupProbe.PREFIX)
            + " window (\\d+) ms, bundled corpus (\\d+) ms");
    private static final long TIMEOUT_SECONDS = 60;

    private StartupBench() {
    }

    static Result run(int runs) throws IOException, InterruptedException {
        List<long[]> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            results.add(once());
        }
        results.sort((a, b) -> Long.compare(a[1], b[1]));
        long[] median = results.get(results.size() / 2);
        return new Result(median[0], median[1], runs);
    }

    private static long[] once() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.add("-D" + StartupProbe.PROPERTY + "=true");
        RedrawBench.configureHeadless();
        for (String key : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text", "headless.geometry")) {
            String value = System.getProperty(key);
            if (value != null) {
                command.add("-D" + key + "=" + value);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Launcher.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long[] found = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.append(line).append('\n');
                Matcher m = LINE.matcher(line);
                if (m.find()) {
                    found = new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
                }
            }
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (found == null) {
            throw new IOException("the app did not report its first frame; it printed:\n" + output);
        }
        return found;
    }
}
