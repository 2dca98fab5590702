package org.alliancetimeline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.Corpus;
import org.alliancetimeline.model.LoadProblem;

/**
 * Loads a folder of articles into a {@link Corpus}, on all cores, one file per task, reporting each
 * article and each problem as soon as it is known so a window can fill in while loading goes on.
 * One bad file never stops the others: it becomes a {@link LoadProblem}.
 */
public final class CorpusLoader {
    /** Hears about loading as it happens; called from worker threads. */
    public interface Listener {
        default void articleLoaded(Article article) {
        }

        default void problem(LoadProblem problem) {
        }

        default void progress(long filesDone, long filesTotal) {
        }
    }

    /** The classpath folder of the bundled corpus (packed into the jar). */
    public static final String BUNDLED_CORPUS = "/corpus";

    private final ArticlePipeline pipeline;
    private final int threads;

    public CorpusLoader(ArticlePipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
    }

    public static CorpusLoader createDefault() {
        return new CorpusLoader(ArticlePipeline.createDefault(), Runtime.getRuntime().availableProcessors());
    }

    /**
     * Loads every {@code .txt} and {@code .json} article under {@code dir} (sub-folders included).
     *
     * @throws IOException when {@code dir} does not exist, is not a folder or cannot be listed
     */
    public Corpus load(Path dir, Listener listener, BooleanSupplier cancelled) throws IOException {
        if (!Files.exists(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no such folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir.toString());
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> !p.equals(dir))
                    .filter(p -> ArticleReader.isArticleFile(p.getFileName().toString()))
                    .sorted()
                    .forEach(files::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return loadFiles(dir, files, listener, cancelled);
    }

    private Corpus loadFiles(Path dir, List<Path> files, Listener listener, BooleanSupplier cancelled) {
        List<Article> articles = Collections.synchronizedList(new ArrayList<>(files.size()));
        List<LoadProblem> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicLong done = new AtomicLong();
        long total = files.size();
        listener.progress(0, total);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, files.size())), r -> {
            Thread t = new Thread(r, "ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    if (cancelled.getAsBoolean()) {
                        return;
                    }
                    String name = relativeName(dir, file);
                    try {
                        Article article = pipeline.process(file, name);
                        articles.add(article);
                        listener.articleLoaded(article);
                    } catch (ArticleFormatException e) {
                        report(problems, listener, new LoadProblem(name, e.getMessage()));
                    } catch (RuntimeException | StackOverflowError e) {
                        report(problems, listener, new LoadProblem(name, "could not be understood ("
                                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
                    }
                    listener.progress(done.incrementAndGet(), total);
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
        return new Corpus(articles, problems);
    }

    private static void report(List<LoadProblem> problems, Listener listener, LoadProblem problem) {
        problems.add(problem);
        listener.problem(problem);
    }

    private static String relativeName(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /** Loads the corpus bundled with the app (from the jar, or from the build's classes folder). */
    public Corpus loadBundled(Listener listener) {
        URL marker = CorpusLoader.class.getResource(BUNDLED_CORPUS + "/README.md");
        if (marker == null) {
            listener.problem(new LoadProblem("corpus", "the bundled corpus is missing from this build"));
            return new Corpus(List.of(), List.of(new LoadProblem("corpus", "the bundled corpus is missing from this build")));
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return load(fs.getPath(BUNDLED_CORPUS), listener, () -> false);
            }
            return load(Path.of(uri).getParent(), listener, () -> false);
        } catch (IOException | URISyntaxException e) {
            LoadProblem problem = new LoadProblem("corpus", "the bundled corpus cannot be read: " + e.getMessage());
            listener.problem(problem);
            return new Corpus(List.of(), List.of(problem));
        }
    }
}
