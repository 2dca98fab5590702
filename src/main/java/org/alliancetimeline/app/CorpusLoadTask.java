package org.alliancetimeline.app;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.concurrent.Task;
import org.alliancetimeline.ingest.CorpusLoader;
import org.alliancetimeline.model.Corpus;

/** Loads a corpus off the FX thread, reporting progress ("Reading 12 of 340 files"). */
final class CorpusLoadTask extends Task<Corpus> {
    /** The loading itself, given a listener and a cancellation check. */
    interface Job {
        Corpus run(CorpusLoader.Listener listener, BooleanSupplier cancelled) throws Exception;
    }

    private final String what;
    private final Job job;

    CorpusLoadTask(String what, Job job) {
        this.what = what;
        this.job = job;
        updateTitle(what);
    }

    @Override
    protected Corpus call() throws Exception {
        updateMessage("Opening " + what + "\u2026");
        updateProgress(-1, 1);
        AtomicLong lastUpdate = new AtomicLong();
        CorpusLoader.Listener listener = new CorpusLoader.Listener() {
            @Override
            public void progress(long done, long total) {
                long now = System.nanoTime();
                // the Task coalesces updates itself; this only spares building strings per file
                if (done == total || now - lastUpdate.get() > 30_000_000L) {
                    lastUpdate.set(now);
                    updateProgress(done, Math.max(1, total));
                    updateMessage("Reading " + done + " of " + total + " files");
                }
            }
        };
        Corpus corpus = job.run(listener, this::isCancelled);
        updateMessage(corpus.size() + " articles");
        return corpus;
    }
}
