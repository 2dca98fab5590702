package org.alliancetimeline.app;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures how long the app takes to show its first frames, for the {@code bench} command: with the
 * system property {@value #PROPERTY} set, the app prints one line when the window's first frame has
 * been drawn and when the bundled corpus is on screen, both in milliseconds after the process
 * started, then exits.
 *
 * <p>A frame counts as drawn at the start of the pulse after it: JavaFX renders a pulse's frame
 * before it lays out the next one.
 */
public final class StartupProbe {
    public static final String PROPERTY = "alliancetimeline.startupProbe";
    /** The line's first word, which the bench looks for. */
    public static final String PREFIX = "startup:";

    private final Scene scene;
    private final long processStartMillis;
    private long windowFrameMillis = -1;
    private int pulsesToWait;
    private Runnable pulseListener;

    private StartupProbe(Scene scene) {
        this.scene = scene;
        this.processStartMillis = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /** A probe when the property asks for one, else null. Call on the FX thread once the stage is shown. */
    static StartupProbe installIfRequested(Scene scene) {
        if (System.getProperty(PROPERTY) == null) {
            return null;
        }
        StartupProbe probe = new StartupProbe(scene);
        probe.awaitFrame(() -> probe.windowFrameMillis = probe.sinceStart());
        return probe;
    }

    /** Called on the FX thread once the bundled corpus is in the state the views bind to. */
    void corpusShown() {
        awaitFrame(() -> {
            long corpusFrameMillis = sinceStart();
            if (windowFrameMillis < 0) {
                windowFrameMillis = corpusFrameMillis;
            }
            System.out.printf(Locale.ROOT, "%s window %d ms, bundled corpus %d ms after the process started%n",
                    PREFIX, windowFrameMillis, corpusFrameMillis);
            System.out.flush();
            Platform.exit();
        });
    }

    /** Runs {@code then} at the start of the second pulse from now, when the next frame has been drawn. */
    private void awaitFrame(Runnable then) {
        if (pulseListener != null) {
            scene.removePostLayoutPulseListener(pulseListener);
        }
        pulsesToWait = 2;
        pulseListener = () -> {
            if (--pulsesToWait > 0) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(pulseListener);
            pulseListener = null;
            then.run();
        };
        scene.addPostLayoutPulseListener(pulseListener);
        Platform.requestNextPulse();
    }

    private long sinceStart() {
        return System.currentTimeMillis() - processStartMillis;
    }
}
