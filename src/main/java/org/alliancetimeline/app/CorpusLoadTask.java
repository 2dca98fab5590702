package org.alliancetimeline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.alliancetimeline.ingest.CorpusLoader;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.Corpus;
import org.alliancetimeline.model.LoadProblem;

/**
 * Loads a corpus off the FX thread, reporting progress ("Loading 12,345 of 100,000 files…") and
 * streaming what is loaded so far: it collects the articles the loader reports and, at most once
 * per publish interval, builds a {@link Corpus} snapshot of them on a background thread (the
 * sort happens there) and hands it to the FX thread. At most one snapshot waits for the FX thread
 * at a time; a newer one replaces a waiting one, and no snapshot is built while one waits. The
 * last snapshot ({@link Snapshot#last()}) is the whole corpus, or, after a cancel, everything
 * loaded until the cancel.
 */
final class CorpusLoadTask extends Task<Corpus> {
    /** The loading itself, given a listener and a cancellation check. */
    interface Job {
        Corpus run(CorpusLoader.Listener listener, BooleanSupplier cancelled) throws Exception;
    }

    /** What is loaded so far; {@code last} when loading has ended (done, or cancelled). */
    record Snapshot(Corpus corpus, boolean last, boolean cancelled, long filesDone, long filesTotal) {
    }

    static final long DEFAULT_PUBLISH_INTERVAL_MILLIS = 300;

    private final String what;
    private final Job job;
    private final Consumer<Snapshot> onSnapshot;
    private final long publishIntervalMillis;
    private final CorpusLoader.Listener hook;

    private final Object lock = new Object();
    private final List<Article> articles = new ArrayList<>();
    private final List<LoadProblem> problems = new ArrayList<>();
    /** Bumped under {@link #lock} on every article or problem collected. */
    private long version;
    private long publishedVersion;
    private boolean closed;
    private final AtomicLong filesDone = new AtomicLong();
    private final AtomicLong filesTotal = new AtomicLong(-1);
    private final AtomicReference<Snapshot> pending = new AtomicReference<>();

    /**
     * @param onSnapshot called on the FX thread with each snapshot (not after the app has dropped the task)
     * @param hook       also told of every article and problem, on the loader's worker threads (tests use it to pace loading)
     */
    CorpusLoadTask(String what, Job job, Consumer<Snapshot> onSnapshot, long publishIntervalMillis, CorpusLoader.Listener hook) {
        this.what = what;
        this.job = job;
        this.onSnapshot = onSnapshot;
        this.publishIntervalMillis = Math.max(1, publishIntervalMillis);
        this.hook = hook == null ? new CorpusLoader.Listener() { } : hook;
        updateTitle(what);
    }

    @Override
    protected Corpus call() throws Exception {
        updateMessage("Opening " + what + "\u2026");
        updateProgress(-1, 1);
        AtomicLong lastUpdate = new AtomicLong();
        CorpusLoader.Listener listener = new CorpusLoader.Listener() {
            @Override
            public void articleLoaded(Article article) {
                synchronized (lock) {
                    if (isCancelled()) {
                        return;
                    }
                    articles.add(article);
                    version++;
                }
                hook.articleLoaded(article);
            }

            @Override
            public void problem(LoadProblem problem) {
                synchronized (lock) {
                    if (isCancelled()) {
                        return;
                    }
                    problems.add(problem);
                    version++;
                }
                hook.problem(problem);
            }

            @Override
            public void progress(long done, long total) {
                if (isCancelled()) {
                    return;
                }
                filesDone.accumulateAndGet(done, Math::max);
                filesTotal.set(total);
                long now = System.nanoTime();
                // the Task coalesces updates itself; this only spares building strings per file
                if (done == total || now - lastUpdate.get() > 30_000_000L) {
                    lastUpdate.set(now);
                    updateProgress(done, Math.max(1, total));
                    updateMessage(loadingMessage(done, total));
                }
            }
        };
        ScheduledExecutorService snapshots = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "corpus-snapshot");
            t.setDaemon(true);
            return t;
        });
        Corpus corpus;
        try {
            snapshots.scheduleWithFixedDelay(this::snapshotIfDue, publishIntervalMillis, publishIntervalMillis,
                    TimeUnit.MILLISECONDS);
            corpus = job.run(listener, this::isCancelled);
        } finally {
            snapshots.shutdownNow();
        }
        if (isCancelled()) {
            Corpus partial;
            synchronized (lock) {
                partial = new Corpus(articles, problems);
            }
            publishLast(new Snapshot(partial, true, true, filesDone.get(), filesTotal.get()));
            return partial;
        }
        publishLast(new Snapshot(corpus, true, false, filesDone.get(), filesTotal.get()));
        updateMessage(corpus.size() + " articles");
        return corpus;
    }

    static String loadingMessage(long done, long total) {
        return total < 0 ? "Loading\u2026"
                : String.format(Locale.ROOT, "Loading %,d of %,d files\u2026", done, total);
    }

    /** On the snapshot thread: builds and offers a snapshot if articles came in and the FX thread took the last one. */
    private void snapshotIfDue() {
        if (pending.get() != null || isCancelled()) {
            return;
        }
        List<Article> a;
        List<LoadProblem> p;
        long v;
        synchronized (lock) {
            if (version == publishedVersion || closed) {
                return;
            }
            a = new ArrayList<>(articles);
            p = new ArrayList<>(problems);
            v = version;
        }
        Corpus corpus = new Corpus(a, p); // sorts and indexes, here rather than on the FX thread
        synchronized (lock) {
            if (closed) {
                return;
            }
            publishedVersion = v;
            offer(new Snapshot(corpus, false, false, filesDone.get(), filesTotal.get()));
        }
    }

    private void publishLast(Snapshot snapshot) {
        synchronized (lock) {
            closed = true;
            offer(snapshot);
        }
    }

    /** Hands a snapshot to the FX thread; replaces one still waiting there, so at most one runLater is pending. */
    private void offer(Snapshot snapshot) {
        if (pending.getAndSet(snapshot) == null) {
            Platform.runLater(() -> {
                Snapshot s = pending.getAndSet(null);
                if (s != null) {
                    onSnapshot.accept(s);
                }
            });
        }
    }
}
