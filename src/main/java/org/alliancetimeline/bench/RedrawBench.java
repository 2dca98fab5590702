package org.alliancetimeline.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.alliancetimeline.model.Corpus;
import org.alliancetimeline.ui.ExplorerPane;
import org.alliancetimeline.ui.state.ExplorerState;
import org.alliancetimeline.ui.state.TimeWindow;
import org.alliancetimeline.ui.timeline.TimelineView;

/**
 * Times the timeline's redraw: the whole explorer window ({@link ExplorerPane}, 1600×900) on a
 * corpus, its {@link TimelineView} stepped through a scripted sequence of zooms (full span down to
 * one day and back) and pans, each step followed by a layout pass and a {@code snapshot()} of the
 * timeline so the Canvas drawing is included. Also times partner-filter changes until every view
 * has been laid out and the whole window rendered by a snapshot. Runs headless (Monocle, software
 * rendering) when no display is set or {@code -Dbench.headless=true}.
 */
public final class RedrawBench {
    /**
     * Redraw times in ms (median, p99, max) over {@code steps} steps, laying out and rendering the
     * timeline alone, and the snapshot of the unchanged timeline alone; the same steps' median and p99
     * when every view is laid out too (quote list, partner counts, status bar follow the window); filter change median/max ms until the whole window is rendered, and the snapshot
     * of the unchanged window alone; the timeline's size in the window.
     */
    public record Result(int steps, double medianMillis, double p99Millis, double maxMillis, double snapshotOnlyMillis,
                         double filterMedianMillis, double filterMaxMillis, double windowSnapshotOnlyMillis,
                         int timelineWidth, int timelineHeight, double windowStepMedianMillis, double windowStepP99Millis) {
    }

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;
    private static boolean started;

    private RedrawBench() {
    }

    /** Sets the Monocle headless properties unless a display is there (call before the toolkit starts). */
    static void configureHeadless() {
        boolean headless = Boolean.parseBoolean(System.getProperty("bench.headless",
                String.valueOf(System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank())));
        if (headless) {
            setIfAbsent("glass.platform", "Monocle");
            setIfAbsent("monocle.platform", "Headless");
            setIfAbsent("prism.order", "sw");
            setIfAbsent("prism.text", "t2k");
            setIfAbsent("headless.geometry", "1920x1200-32");
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    static synchronized void startToolkit() throws InterruptedException {
        if (started) {
            return;
        }
        configureHeadless();
        CountDownLatch latch = new CountDownLatch(1);
        try {
            Platform.startup(latch::countDown);
        } catch (IllegalStateException alreadyRunning) {
            latch.countDown();
        }
        Platform.setImplicitExit(false);
        latch.await();
        started = true;
    }

    public static Result run(Corpus corpus) throws Exception {
        startToolkit();
        CompletableFuture<Result> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(measure(corpus));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(20, TimeUnit.MINUTES);
    }

    private static Result measure(Corpus corpus) {
        ExplorerState state = new ExplorerState();
        state.setCorpus(corpus);
        ExplorerPane root = new ExplorerPane(state);
        TimelineView view = root.getTimeline();
        Stage stage = new Stage();
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(ExplorerPane.stylesheet());
        stage.setScene(scene);
        stage.show();
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        WritableImage windowImage = new WritableImage(WIDTH, HEIGHT);
        view.fitAll();
        frame(root, view, image);

        TimeWindow full = state.getFullWindow();
        double center = LocalDate.of(2022, 2, 24).toEpochDay() + 0.5;
        if (!full.contains(center)) {
            center = full.center();
        }
        List<Runnable> steps = new ArrayList<>();
        int zoomSteps = 40;
        double ratio = Math.pow(1.0 / full.span(), 1.0 / zoomSteps);
        for (int i = 1; i <= zoomSteps; i++) {
            double span = full.span() * Math.pow(ratio, i);
            double c = center;
            steps.add(() -> state.setWindow(new TimeWindow(c - span / 2, c + span / 2)));
            if (i % 8 == 0) {
                for (int k = 0; k < 6; k++) {
                    double f = k % 2 == 0 ? 0.25 : -0.2;
                    steps.add(() -> view.panBy(f));
                }
            }
        }
        for (int k = 0; k < 10; k++) {
            steps.add(() -> view.panBy(0.5));
        }
        for (int i = zoomSteps - 1; i >= 0; i--) {
            double span = full.span() * Math.pow(ratio, i);
            double c = center;
            steps.add(() -> state.setWindow(new TimeWindow(c - span / 2, c + span / 2)));
        }
        // warm-up pass, then the measured passes: the timeline alone, then every view
        for (Runnable s : steps) {
            s.run();
            frame(root, view, image);
        }
        double[] times = timeSteps(steps, () -> frame(view, view, image));
        double[] windowTimes = timeSteps(steps, () -> frame(root, view, image));
        // the cost of layout + snapshot alone, with nothing changed: what the headless readback adds to every step
        double[] still = new double[30];
        for (int i = 0; i < still.length; i++) {
            long t = System.nanoTime();
            frame(view, view, image);
            still[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(still);

        List<String> partners = new ArrayList<>(corpus.articleCountByPartner().keySet());
        List<Set<String>> filters = new ArrayList<>();
        for (int i = 0; i < Math.min(6, partners.size()); i++) {
            filters.add(Set.of(partners.get(i)));
        }
        if (partners.size() > 3) {
            filters.add(Set.copyOf(partners.subList(1, 4)));
        }
        filters.add(Set.copyOf(partners));
        view.fitAll();
        List<Double> filterTimes = new ArrayList<>();
        for (int rep = 0; rep < 4; rep++) {
            for (Set<String> f : filters) {
                long t = System.nanoTime();
                state.setSelectedPartners(f);
                windowFrame(root, windowImage);
                double ms = (System.nanoTime() - t) / 1e6;
                if (rep > 0) {
                    filterTimes.add(ms);
                }
            }
        }
        filterTimes.sort(null);
        double[] windowStill = new double[10];
        for (int i = 0; i < windowStill.length; i++) {
            long t = System.nanoTime();
            windowFrame(root, windowImage);
            windowStill[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(windowStill);
        int timelineWidth = (int) view.getWidth();
        int timelineHeight = (int) view.getHeight();
        stage.close();
        return new Result(times.length, times[times.length / 2], times[(int) Math.ceil(times.length * 0.99) - 1],
                times[times.length - 1], still[still.length / 2], filterTimes.get(filterTimes.size() / 2),
                filterTimes.get(filterTimes.size() - 1), windowStill[windowStill.length / 2], timelineWidth, timelineHeight,
                windowTimes[windowTimes.length / 2], windowTimes[(int) Math.ceil(windowTimes.length * 0.99) - 1]);
    }

    /** Each step's time with {@code frame} after it, sorted. */
    private static double[] timeSteps(List<Runnable> steps, Runnable frame) {
        double[] times = new double[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            long t = System.nanoTime();
            steps.get(i).run();
            frame.run();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        return times;
    }

    /** Every view laid out and the whole window rendered. */
    private static void windowFrame(Parent root, WritableImage image) {
        root.applyCss();
        root.layout();
        root.snapshot(null, image);
    }

    private static void frame(Parent root, TimelineView view, WritableImage image) {
        root.applyCss();
        root.layout();
        view.snapshot(null, image);
    }
}
