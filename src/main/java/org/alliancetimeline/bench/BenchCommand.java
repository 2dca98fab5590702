package org.alliancetimeline.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.alliancetimeline.ingest.ArticleCleaner;
import org.alliancetimeline.ingest.ArticleFormatException;
import org.alliancetimeline.ingest.ArticlePipeline;
import org.alliancetimeline.ingest.ArticleReader;
import org.alliancetimeline.ingest.CleanedArticle;
import org.alliancetimeline.ingest.CorpusLoader;
import org.alliancetimeline.ingest.DateExtractor;
import org.alliancetimeline.ingest.RawArticle;
import org.alliancetimeline.model.Corpus;

/**
 * {@code bench [--articles N] [--dir DIR] [--seed S] [--keep]}: for N = 1,000, 10,000 and 100,000
 * (or the given N, or the given folder) generates a corpus into a temporary folder, loads it on all
 * cores and prints ingest throughput, index build time, heap against size on disk, the time of a
 * partner-filter change, and where single-threaded ingest time goes per stage.
 */
public final class BenchCommand {
    public static final String USAGE = "bench [--articles N] [--dir DIR] [--seed S] [--keep] [--no-redraw] [--no-startup]";

    private static final int STARTUP_RUNS = 5;

    private BenchCommand() {
    }

    /** One row of the result table. */
    public record Row(int articles, int problems, long diskBytes, double generateSeconds, double ingestSeconds,
                      double ingestCpuSeconds,
                      double indexMillis, long heapBytes, double filterMedianMillis, double filterMaxMillis,
                      double[] stageMillisPerArticle, RedrawBench.Result redraw) {
        double ingestMBps() {
            return diskBytes / 1e6 / ingestSeconds;
        }

        double heapRatio() {
            return (double) heapBytes / diskBytes;
        }
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<Integer> sizes = new ArrayList<>(List.of(1_000, 10_000, 100_000));
        Path dir = null;
        long seed = 1;
        boolean keep = false;
        boolean redraw = true;
        boolean startup = true;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--articles" -> sizes = List.of(Integer.parseInt(GenerateCommand.value(args, ++i, a)));
                    case "--dir" -> dir = Path.of(GenerateCommand.value(args, ++i, a));
                    case "--seed" -> seed = Long.parseLong(GenerateCommand.value(args, ++i, a));
                    case "--keep" -> keep = true;
                    case "--no-redraw" -> redraw = false;
                    case "--no-startup" -> startup = false;
                    default -> throw new IllegalArgumentException("unknown argument " + a);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage());
            err.println("usage: " + USAGE);
            return 2;
        }
        out.printf(Locale.ROOT, "machine: %d cores, max heap %d MB, Java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        List<Row> rows = new ArrayList<>();
        StartupBench.Result startupResult = null;
        try {
            if (startup) {
                // first, while nothing else has warmed the machine's caches or filled this JVM's heap
                startupResult = StartupBench.run(STARTUP_RUNS);
            }
            if (dir != null) {
                rows.add(measure(dir, -1, 0, redraw));
            } else {
                for (int n : sizes) {
                    Path tmp = Files.createTempDirectory("alliance-bench-");
                    try {
                        long start = System.nanoTime();
                        new CorpusGenerator(seed).generate(n, tmp);
                        double gen = (System.nanoTime() - start) / 1e9;
                        rows.add(measure(tmp, n, gen, redraw));
                    } finally {
                        if (keep) {
                            out.println("kept " + tmp);
                        } else {
                            deleteTree(tmp);
                        }
                    }
                }
            }
        } catch (IOException e) {
            err.println("bench: " + e);
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("bench: interrupted");
            return 2;
        }
        print(rows, out);
        if (startupResult != null) {
            out.printf(Locale.ROOT, "startup, median of %d fresh JVMs: first frame of the window %d ms, bundled corpus on"
                            + " screen %d ms after the process started%n", startupResult.runs(),
                    startupResult.windowMillis(), startupResult.corpusMillis());
        }
        return 0;
    }

    /** Loads {@code dir} and measures; {@code generated} is -1 when the folder was given. */
    public static Row measure(Path dir, int generated, double generateSeconds, boolean redraw) throws IOException {
        long diskBytes = articleBytes(dir);
        long heapBefore = usedHeap();
        CorpusLoader loader = CorpusLoader.createDefault();
        double cpu0 = processCpuSeconds();
        long t0 = System.nanoTime();
        Corpus corpus = loader.load(dir, new CorpusLoader.Listener() { }, () -> false);
        double ingest = (System.nanoTime() - t0) / 1e9;
        double ingestCpu = processCpuSeconds() - cpu0;

        double index = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long s = System.nanoTime();
            Corpus rebuilt = new Corpus(corpus.articles(), corpus.problems());
            index = Math.min(index, (System.nanoTime() - s) / 1e6);
            if (rebuilt.size() != corpus.size()) {
                throw new IllegalStateException();
            }
        }
        long heap = usedHeap() - heapBefore;
        double[] filter = filterTimes(corpus);
        double[] stages = stageTimes(dir);
        RedrawBench.Result redrawResult = null;
        if (redraw) {
            try {
                redrawResult = RedrawBench.run(corpus);
            } catch (Exception e) {
                throw new IOException("redraw measurement failed: " + e, e);
            }
        }
        Row row = new Row(corpus.size(), corpus.problems().size(), diskBytes, generateSeconds, ingest, ingestCpu, index, heap,
                filter[0], filter[1], stages, redrawResult);
        if (corpus.size() == 0) {
            throw new IllegalStateException("nothing loaded");
        }
        return row;
    }

    /** Median and max time of a partner-filter change: the filtered set plus the count in the visible window. */
    static double[] filterTimes(Corpus corpus) {
        List<String> partners = new ArrayList<>(corpus.articleCountByPartner().keySet());
        List<Set<String>> filters = new ArrayList<>();
        filters.add(Set.of());
        for (int i = 0; i < Math.min(5, partners.size()); i++) {
            filters.add(Set.of(partners.get(i)));
        }
        if (partners.size() >= 3) {
            filters.add(Set.copyOf(partners.subList(1, 3)));
            filters.add(Set.copyOf(partners));
        }
        LocalDate last = corpus.lastDate().orElse(LocalDate.of(2026, 1, 1));
        LocalDate[][] windows = {
            {LocalDate.of(1949, 1, 1), last.plusDays(1)},
            {last.minusYears(10), last.plusDays(1)},
            {LocalDate.of(2022, 1, 1), LocalDate.of(2022, 4, 1)}};
        int reps = 30;
        double[] times = new double[reps * filters.size()];
        long sink = 0;
        int k = 0;
        for (int rep = 0; rep < reps; rep++) {
            for (Set<String> f : filters) {
                LocalDate[] w = windows[(rep + k) % windows.length];
                long s = System.nanoTime();
                BitSet set = corpus.articlesWithAnyPartner(f);
                int[] range = corpus.indexRange(w[0], w[1]);
                int visible = range[1] > range[0] ? countInRange(set, range[0], range[1]) : 0;
                times[k++] = (System.nanoTime() - s) / 1e6;
                sink += visible + set.cardinality();
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        // the first repetitions warm the JIT up; report over the rest
        double[] measured = Arrays.copyOfRange(times, filters.size() * 5, times.length);
        Arrays.sort(measured);
        return new double[] {measured[measured.length / 2], measured[measured.length - 1]};
    }

    static int countInRange(BitSet set, int from, int to) {
        return set.get(from, to).cardinality();
    }

    /**
     * Single-threaded CPU milliseconds per article on a sample of up to 2,000 files: read, clean, dates,
     * and the rest of the pipeline (chronology check, partner tagging, quotes), measured as thread CPU
     * time so that other load on the machine does not count.
     */
    static double[] stageTimes(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> ArticleReader.isArticleFile(p.getFileName().toString()) && Files.isRegularFile(p))
                    .sorted().limit(2000).toList();
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ArticleReader reader = new ArticleReader();
        ArticleCleaner cleaner = new ArticleCleaner();
        DateExtractor dates = new DateExtractor();
        ArticlePipeline pipeline = ArticlePipeline.createDefault();
        long read = 0;
        long clean = 0;
        long date = 0;
        long all = 0;
        int n = 0;
        for (int pass = 0; pass < 2; pass++) {
            read = clean = date = all = 0;
            n = 0;
            for (Path f : files) {
                long a = mx.getCurrentThreadCpuTime();
                RawArticle raw;
                try {
                    raw = reader.read(f, dir.relativize(f).toString());
                } catch (ArticleFormatException e) {
                    continue;
                }
                long b = mx.getCurrentThreadCpuTime();
                CleanedArticle c = cleaner.clean(raw);
                long d = mx.getCurrentThreadCpuTime();
                dates.extract(raw.date(), c);
                long e = mx.getCurrentThreadCpuTime();
                pipeline.process(raw);
                long g = mx.getCurrentThreadCpuTime();
                read += b - a;
                clean += d - b;
                date += e - d;
                all += g - e;
                n++;
            }
        }
        double per = Math.max(1, n) * 1e6;
        return new double[] {read / per, clean / per, date / per, Math.max(0, all - clean - date) / per};
    }

    /** CPU time of the whole process so far, in seconds (0 when the platform does not say). */
    static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return 0;
    }

    static long articleBytes(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> ArticleReader.isArticleFile(p.getFileName().toString()) && Files.isRegularFile(p))
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).sum();
        }
    }

    static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    static void print(List<Row> rows, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "%8s %5s %8s %6s %8s %6s %6s %8s %8s %8s %6s %13s %13s %19s %11s  %s%n", "articles", "probl",
                "disk MB", "gen s", "ingest s", "cpu s", "MB/s", "MB/cpu-s", "index ms", "heap MB", "heap/d",
                "filter med/max", "UI filter m/x", "redraw med/p99/max", "snap t/w", "CPU ms/article, 1 thread: read/clean/dates/rest");
        for (Row r : rows) {
            RedrawBench.Result d = r.redraw();
            out.printf(Locale.ROOT, "%8d %5d %8.1f %6.1f %8.2f %6.1f %6.1f %8.1f %8.1f %8.1f %6.2f %6.2f/%6.2f %13s %19s %11s  %.3f/%.3f/%.3f/%.3f%n",
                    r.articles(), r.problems(), r.diskBytes() / 1e6, r.generateSeconds(), r.ingestSeconds(),
                    r.ingestCpuSeconds(), r.ingestMBps(), r.diskBytes() / 1e6 / r.ingestCpuSeconds(),
                    r.indexMillis(), r.heapBytes() / 1e6, r.heapRatio(), r.filterMedianMillis(), r.filterMaxMillis(),
                    d == null ? "-" : String.format(Locale.ROOT, "%.1f/%.1f", d.filterMedianMillis(), d.filterMaxMillis()),
                    d == null ? "-" : String.format(Locale.ROOT, "%.1f/%.1f/%.1f", d.medianMillis(), d.p99Millis(), d.maxMillis()),
                    d == null ? "-" : String.format(Locale.ROOT, "%.1f/%.1f", d.snapshotOnlyMillis(), d.windowSnapshotOnlyMillis()),
                    r.stageMillisPerArticle()[0], r.stageMillisPerArticle()[1], r.stageMillisPerArticle()[2],
                    r.stageMillisPerArticle()[3]);
        }
        out.println("ingest: CorpusLoader.load wall time on all cores (cpu s: process CPU time meanwhile); index: new Corpus(...)"
                + " from the loaded list; heap: used heap after load and System.gc(), minus before; filter: Corpus.articlesWithAnyPartner"
                + " + visible-window count; UI filter: ExplorerState.setSelectedPartners until every view is laid out and the"
                + " whole 1600x900 window rendered (snapshot); redraw: TimelineView step + layout and snapshot() of the timeline alone"
                + " inside that window, scripted zoom full span to 1 day and back with pans; snap t/w: layout + snapshot() of the"
                + " timeline / the window with nothing changed (the headless render and readback inside each redraw / UI filter figure)");
        rows.stream().map(Row::redraw).filter(java.util.Objects::nonNull).findFirst().ifPresent(d -> out.printf(Locale.ROOT,
                "timeline area in the 1600x900 window: %dx%d%n", d.timelineWidth(), d.timelineHeight()));
        for (Row r : rows) {
            if (r.redraw() != null) {
                out.printf(Locale.ROOT, "%8d articles: zoom/pan step with every view laid out (quote list, counts, status"
                        + " bar follow the window) and the timeline rendered: median %.1f ms, p99 %.1f ms%n", r.articles(),
                        r.redraw().windowStepMedianMillis(), r.redraw().windowStepP99Millis());
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
