package org.alliancetimeline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.alliancetimeline.bench.GenData.PartnerDef;
import org.alliancetimeline.bench.GenData.SecretaryGeneral;

/**
 * Writes a synthetic corpus of raw news articles that look like the scraped ones in {@code corpus/}:
 * the header and date forms real sites use, bylines, breadcrumbs, site boilerplate, quotations in
 * several styles, partners named by name, capital, demonym and possessive. Dates follow the bursts
 * of real news (few early articles, growth after 1995, spikes around crises and summits), partners a
 * Zipf-like distribution limited to the years each was a partner. A few per cent of the files are
 * odd on purpose: no date, Windows-1252 bytes, a {@code .json} article, an empty file.
 *
 * <p>Next to the articles it writes {@value #TRUTH_FILE}: one JSON object per file with the intended
 * date, partners and quotations, so tests can measure what the ingest makes of them.
 *
 * <p>Deterministic: article {@code i} depends only on the seed and {@code i}, so the same seed gives
 * byte-identical files, whatever the number of threads. Plain Java, no JavaFX.
 */
public final class CorpusGenerator {
    public static final LocalDate FIRST_DATE = LocalDate.of(1949, 4, 4);
    public static final LocalDate LAST_DATE = LocalDate.of(2026, 10, 31);
    public static final int FILES_PER_FOLDER = 1000;
    public static final String TRUTH_FILE = "truth.jsonl";
    /** Message the loader gives for the intended empty files. */
    public static final String EMPTY_PROBLEM = "the file is empty";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate PARTNERSHIPS_START = LocalDate.of(1994, 1, 10);

    /** A quotation the article means to contain. */
    public record TruthQuote(String text, String speaker) {
    }

    /**
     * What a generated file means: the date a reader would put it at (null: the text gives none),
     * the partners its body names, its quotations, the layout used and what is odd about it.
     */
    public record Truth(String file, LocalDate date, List<String> partners, List<TruthQuote> quotes, String form,
                        String odd, String problem) {
    }

    /** One generated file: path relative to the corpus folder, its bytes, and its truth. */
    public record Generated(String file, byte[] bytes, Truth truth) {
    }

    /** What {@link #generate} wrote. */
    public record Summary(int files, long bytes, Path truthFile) {
    }

    private static final double[] CUMULATIVE_DAY_WEIGHT;
    private static final Pattern RUSSIA = Pattern.compile("\\b(?:Russia|Russian|Russians|Moscow|Kremlin)\\b");
    private static final Map<String, Pattern> PARTNER_WORD = new java.util.concurrent.ConcurrentHashMap<>();
    private static final double[] PARTNER_ZIPF;

    static {
        int days = (int) ChronoUnit.DAYS.between(FIRST_DATE, LAST_DATE) + 1;
        double[] w = new double[days];
        for (int i = 0; i < days; i++) {
            LocalDate d = FIRST_DATE.plusDays(i);
            w[i] = GenData.yearWeight(d.getYear()) / d.lengthOfYear();
        }
        for (GenData.Event e : GenData.EVENTS) {
            double yearTotal = GenData.yearWeight(e.date().getYear());
            int at = (int) ChronoUnit.DAYS.between(FIRST_DATE, e.date());
            double norm = 0;
            double[] k = new double[121];
            for (int off = -20; off <= 100; off++) {
                k[off + 20] = off < 0 ? Math.exp(off / 3.0) * 0.3 : Math.exp(-off / e.decayDays());
                norm += k[off + 20];
            }
            for (int off = -20; off <= 100; off++) {
                int i = at + off;
                if (i >= 0 && i < days) {
                    w[i] += e.mass() * yearTotal * k[off + 20] / norm;
                }
            }
        }
        for (int i = 0; i < days; i++) {
            DayOfWeek dow = FIRST_DATE.plusDays(i).getDayOfWeek();
            if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
                w[i] *= 0.55;
            }
        }
        CUMULATIVE_DAY_WEIGHT = new double[days];
        double sum = 0;
        for (int i = 0; i < days; i++) {
            sum += w[i];
            CUMULATIVE_DAY_WEIGHT[i] = sum;
        }
        PARTNER_ZIPF = new double[GenData.PARTNERS.size()];
        for (int i = 0; i < PARTNER_ZIPF.length; i++) {
            PARTNER_ZIPF[i] = 1.0 / Math.pow(i + 1, 1.1);
        }
    }

    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** Relative path of article {@code index}: {@code 012/gen-012345.txt}. */
    public static String fileName(int index, String extension) {
        return String.format(Locale.ROOT, "%03d/gen-%06d.%s", index / FILES_PER_FOLDER, index, extension);
    }

    /** Writes {@code count} articles and {@value #TRUTH_FILE} under {@code out}, on all cores. */
    public Summary generate(int count, Path out) throws IOException {
        Files.createDirectories(out);
        int folders = (count + FILES_PER_FOLDER - 1) / FILES_PER_FOLDER;
        for (int f = 0; f < folders; f++) {
            Files.createDirectories(out.resolve(String.format(Locale.ROOT, "%03d", f)));
        }
        String[] truthLines = new String[count];
        long[] sizes = new long[count];
        try {
            IntStream.range(0, folders).parallel().forEach(f -> {
                int end = Math.min(count, (f + 1) * FILES_PER_FOLDER);
                for (int i = f * FILES_PER_FOLDER; i < end; i++) {
                    Generated g = article(i);
                    try {
                        Files.write(out.resolve(g.file()), g.bytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    sizes[i] = g.bytes().length;
                    truthLines[i] = truthJson(g.truth());
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Path truth = out.resolve(TRUTH_FILE);
        try (BufferedWriter w = Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
            for (String line : truthLines) {
                w.write(line);
                w.write('\n');
            }
        }
        return new Summary(count, Arrays.stream(sizes).sum(), truth);
    }

    /** Article {@code index}; depends only on the seed and the index. */
    public Generated article(int index) {
        long mixed = mix64(seed * 0x9E3779B97F4A7C15L + index + 1);
        return new Writer(index, new SplittableRandom(mixed)).write();
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static String truthJson(Truth t) {
        ObjectNode node = JSON.createObjectNode();
        node.put("file", t.file());
        node.put("date", t.date() == null ? null : t.date().toString());
        ArrayNode partners = node.putArray("partners");
        t.partners().forEach(partners::add);
        ArrayNode quotes = node.putArray("quotes");
        for (TruthQuote q : t.quotes()) {
            quotes.addObject().put("text", q.text()).put("speaker", q.speaker());
        }
        node.put("form", t.form());
        node.put("odd", t.odd());
        node.put("problem", t.problem());
        return node.toString();
    }

    /** Reads {@value #TRUTH_FILE} back. */
    public static List<Truth> readTruth(Path truthFile) throws IOException {
        List<Truth> result = new ArrayList<>();
        for (String line : Files.readAllLines(truthFile, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            var n = JSON.readTree(line);
            List<String> partners = new ArrayList<>();
            n.get("partners").forEach(p -> partners.add(p.asText()));
            List<TruthQuote> quotes = new ArrayList<>();
            n.get("quotes").forEach(q -> quotes.add(new TruthQuote(q.get("text").asText(),
                    q.get("speaker").isNull() ? null : q.get("speaker").asText())));
            result.add(new Truth(n.get("file").asText(),
                    n.get("date").isNull() ? null : LocalDate.parse(n.get("date").asText()),
                    partners, quotes, n.get("form").asText(), text(n.get("odd")), text(n.get("problem"))));
        }
        return result;
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    // ------------------------------------------------------------------------------------------

    private enum Form {
        ISO_BYLINE, DAY_MONTH_TIME_MORE, BREADCRUMB, US_WEEKDAY, ABBREVIATED, MONTH_DAY_PIPE, DATELINE, GLUED_BYLINE,
        NO_DATE, JSON_ARTICLE
    }

    private static final Form[] TEXT_FORMS = {Form.ISO_BYLINE, Form.DAY_MONTH_TIME_MORE, Form.BREADCRUMB, Form.US_WEEKDAY,
            Form.ABBREVIATED, Form.MONTH_DAY_PIPE, Form.DATELINE, Form.GLUED_BYLINE};
    private static final double[] TEXT_FORM_WEIGHTS = {14, 13, 14, 12, 12, 13, 11, 11};

    /** A person (or body) quoted in the article. */
    private static final class Speaker {
        final String truthName;
        final String firstRef;
        final String laterRef;
        final boolean person;
        boolean mentioned;

        Speaker(String truthName, String firstRef, String laterRef, boolean person) {
            this.truthName = truthName;
            this.firstRef = firstRef;
            this.laterRef = laterRef;
            this.person = person;
        }

        String ref() {
            String r = mentioned ? laterRef : firstRef;
            mentioned = true;
            return r;
        }
    }

    /** Writes one article; not thread-safe, one per article. */
    private static final class Writer {
        final int index;
        final SplittableRandom r;
        LocalDate date;
        LocalDate published;
        Form form;
        String odd;
        boolean cp1252;
        boolean curly;
        final List<PartnerDef> partners = new ArrayList<>();
        SecretaryGeneral sg;
        Speaker sgSpeaker;
        Speaker official;
        String officialRole;
        Speaker natoOfficial;
        Speaker nato;
        String when = "";
        String topic;
        String topic2;
        String member;
        String member2;
        String meetingCity;
        final List<TruthQuote> quotes = new ArrayList<>();
        Speaker lastQuoted;

        Writer(int index, SplittableRandom r) {
            this.index = index;
            this.r = r;
        }

        Generated write() {
            double oddRoll = r.nextDouble();
            if (oddRoll < 0.001) {
                String file = fileName(index, "txt");
                return new Generated(file, new byte[0], new Truth(file, null, List.of(), List.of(), "EMPTY", "empty", EMPTY_PROBLEM));
            }
            if (oddRoll < 0.016) {
                form = Form.NO_DATE;
                odd = "no-date";
            } else if (oddRoll < 0.028) {
                form = Form.JSON_ARTICLE;
                odd = "json";
            } else {
                form = TEXT_FORMS[pick(TEXT_FORM_WEIGHTS)];
                if (oddRoll < 0.038 && form != Form.DATELINE && form != Form.GLUED_BYLINE) {
                    cp1252 = true;
                    odd = "windows-1252";
                }
            }
            date = sampleDate();
            published = date;
            choosePartners();
            curly = r.nextDouble() < 0.45;
            sg = GenData.secretaryGeneralOn(date);
            if (sg != null) {
                sgSpeaker = new Speaker(sg.name(), sg.title() + " " + sg.name(), sg.surname(), true);
            }
            natoOfficial = new Speaker("NATO official", "a NATO official", "the NATO official", false);
            nato = new Speaker("NATO", "the Alliance", "NATO", false);
            if (!partners.isEmpty()) {
                PartnerDef p = partners.get(0);
                String first = p.firstNames()[r.nextInt(p.firstNames().length)];
                String last = p.lastNames()[r.nextInt(p.lastNames().length)];
                officialRole = pick("Foreign Minister", "Defence Minister", "Deputy Foreign Minister", "ambassador to NATO");
                official = new Speaker(first + " " + last, p.demonym() + " " + officialRole + " " + first + " " + last, last, true);
            }
            topic = pick(GenData.TOPICS);
            do {
                topic2 = pick(GenData.TOPICS);
            } while (topic2.equals(topic));
            String[] members = membersOn(date);
            member = pick(members);
            do {
                member2 = pick(members);
            } while (member2.equals(member));
            meetingCity = pick(GenData.MEETING_CITIES);

            boolean countBack = false;
            if (isHeaderForm() && r.nextDouble() < 0.08) {
                published = date.plusDays(1 + r.nextInt(4));
                when = " on " + weekdayName(date);
                countBack = true;
            } else if (isHeaderForm() && r.nextDouble() < 0.15) {
                when = " this " + weekdayName(date);
            } else if (form == Form.GLUED_BYLINE) {
                when = " on " + monthName(date) + " " + date.getDayOfMonth();
            }
            if (published.isAfter(LAST_DATE)) {
                published = date;
                when = "";
                countBack = false;
            }

            String title = fill(partners.isEmpty() ? pick(Phrases.COLD_TITLES) : pick(Phrases.TITLES));
            resetMentions();
            List<String> body = body();
            String footer = footer();
            String text = form == Form.JSON_ARTICLE ? null : assemble(title, body, footer);
            String ext = form == Form.JSON_ARTICLE ? "json" : "txt";
            String file = fileName(index, ext);
            byte[] bytes;
            if (form == Form.JSON_ARTICLE) {
                bytes = json(title, body, footer).getBytes(StandardCharsets.UTF_8);
            } else if (cp1252) {
                bytes = to1252(text);
            } else {
                bytes = text.getBytes(StandardCharsets.UTF_8);
            }
            List<String> partnerNames = new ArrayList<>(partners.stream().map(PartnerDef::name).toList());
            boolean russiaPartner = form == Form.NO_DATE
                    || !date.isBefore(GenData.RUSSIA_PARTNER_FROM) && date.isBefore(GenData.RUSSIA_PARTNER_TO);
            if (russiaPartner
                    && RUSSIA.matcher(title + "\n" + String.join("\n", body)).find()) {
                // Russia was a partner then (undated: it ever was one), and the text names it
                partnerNames.add("Russia");
            }
            LocalDate truthDate = form == Form.NO_DATE ? null : date;
            List<TruthQuote> truthQuotes = quotes;
            if (cp1252) {
                truthQuotes = quotes.stream().map(q -> new TruthQuote(transliterate(q.text()),
                        q.speaker() == null ? null : transliterate(q.speaker()))).toList();
            }
            String formName = form.name() + (countBack ? "+WEEKDAY" : "");
            return new Generated(file, bytes, new Truth(file, truthDate, List.copyOf(partnerNames), List.copyOf(truthQuotes),
                    formName, odd, null));
        }

        boolean isHeaderForm() {
            return form != Form.DATELINE && form != Form.GLUED_BYLINE && form != Form.NO_DATE && form != Form.JSON_ARTICLE;
        }

        void resetMentions() {
            for (Speaker s : new Speaker[] {sgSpeaker, official, natoOfficial, nato}) {
                if (s != null) {
                    s.mentioned = false;
                }
            }
        }

        // ---------------------------------------------------------------- date and partners

        LocalDate sampleDate() {
            double x = r.nextDouble() * CUMULATIVE_DAY_WEIGHT[CUMULATIVE_DAY_WEIGHT.length - 1];
            int i = Arrays.binarySearch(CUMULATIVE_DAY_WEIGHT, x);
            if (i < 0) {
                i = -i - 1;
            }
            return FIRST_DATE.plusDays(Math.min(i, CUMULATIVE_DAY_WEIGHT.length - 1));
        }

        void choosePartners() {
            if (date.isBefore(PARTNERSHIPS_START) || r.nextDouble() < 0.10) {
                return;
            }
            double[] w = new double[GenData.PARTNERS.size()];
            for (int i = 0; i < w.length; i++) {
                PartnerDef p = GenData.PARTNERS.get(i);
                boolean active = !date.isBefore(p.from()) && (p.to() == null || date.isBefore(p.to()));
                w[i] = active ? PARTNER_ZIPF[i] * boost(p) : 0;
            }
            int count = 1 + (r.nextDouble() < 0.45 ? 1 : 0) + (r.nextDouble() < 0.15 ? 1 : 0);
            for (int k = 0; k < count; k++) {
                double total = Arrays.stream(w).sum();
                if (total <= 0) {
                    break;
                }
                int i = pickWeighted(w, total);
                partners.add(GenData.PARTNERS.get(i));
                w[i] = 0;
            }
        }

        double boost(PartnerDef p) {
            int y = date.getYear();
            return switch (p.name()) {
                case "Ukraine" -> date.isAfter(LocalDate.of(2022, 2, 23)) ? 4 : y >= 2014 ? 2 : 1;
                case "Georgia" -> y == 2008 ? 3 : 1;
                case "Sweden", "Finland" -> date.isAfter(LocalDate.of(2022, 4, 30)) ? 3 : 1;
                case "Bosnia and Herzegovina", "Serbia" -> y >= 2006 && y <= 2009 ? 2 : 1;
                default -> 1;
            };
        }

        // ---------------------------------------------------------------- body

        List<String> body() {
            List<String> paragraphs = new ArrayList<>();
            int target = 1500 + r.nextInt(3500);
            int quoteParagraphs = 1 + r.nextInt(4);
            boolean yearSentence = form == Form.DATELINE || form == Form.GLUED_BYLINE;

            StringBuilder lead = new StringBuilder();
            if (form == Form.DATELINE) {
                lead.append(datelineCity()).append(", ").append(apMonth(date)).append(' ').append(date.getDayOfMonth())
                        .append(" (").append(pick(GenData.AGENCIES)).append(") - ");
            }
            lead.append(fill(partners.isEmpty() ? pick(Phrases.COLD_LEADS) : pick(Phrases.LEADS)));
            lead.append(' ').append(bodySentence());
            paragraphs.add(lead.toString());
            int size = lead.length() + 300;

            for (int k = 1; k < partners.size(); k++) {
                String s = fill(pick(Phrases.SECOND_PARTNER_SENTENCES), partners.get(k));
                paragraphs.add(s + " " + bodySentence());
            }
            int quotesDone = 0;
            while (paragraphs.size() < 12 && (size < target || paragraphs.size() < 2 || quotesDone == 0)) {
                String p;
                if (yearSentence && paragraphs.size() >= 1) {
                    p = bodySentence() + " " + fill(pick(Phrases.YEAR_SENTENCES));
                    yearSentence = false;
                } else if (quotesDone < quoteParagraphs && r.nextDouble() < 0.5 || quotesDone == 0 && paragraphs.size() >= 3) {
                    p = quoteParagraph();
                    quotesDone++;
                } else if (r.nextDouble() < 0.04 && sg != null) {
                    p = sg.name() + ", " + sg.title() + " of NATO (Photo: " + pick(GenData.AGENCIES) + ")";
                } else {
                    int n = 2 + r.nextInt(3);
                    StringBuilder b = new StringBuilder();
                    for (int s = 0; s < n; s++) {
                        if (s > 0) {
                            b.append(' ');
                        }
                        b.append(bodySentence());
                    }
                    p = b.toString();
                }
                if (!isQuote(p)) {
                    lastQuoted = null; // "he added" only right after the same speaker's quotation
                }
                paragraphs.add(p);
                size += p.length() + 2;
            }
            if (!partners.isEmpty() && r.nextDouble() < 0.5) {
                paragraphs.add(fill(pick(Phrases.CLOSINGS)));
            }
            String all = String.join("\n", paragraphs);
            for (PartnerDef p : partners) {
                if (!PARTNER_WORD.computeIfAbsent(p.name(), k -> Pattern.compile("\\b" + Pattern.quote(p.inText()) + "\\b"))
                        .matcher(all).find()) {
                    paragraphs.add(fill("NATO also values its partnership with {P2}.", p) + " " + bodySentence());
                }
            }
            while (size < target - 400) {
                int i = 1 + r.nextInt(paragraphs.size() - 1);
                if (isQuote(paragraphs.get(i))) {
                    if (i == paragraphs.size() - 1) {
                        break;
                    }
                    continue;
                }
                String s = bodySentence();
                paragraphs.set(i, paragraphs.get(i) + " " + s);
                size += s.length() + 1;
            }
            return paragraphs;
        }

        boolean isQuote(String p) {
            return p.indexOf('"') >= 0 || p.indexOf('“') >= 0 || p.indexOf('«') >= 0 || p.contains("(Photo:");
        }

        String bodySentence() {
            if (partners.isEmpty()) {
                return fill(pickFresh(Phrases.COLD_SENTENCES));
            }
            while (true) {
                String t = pickFresh(Phrases.PARTNER_SENTENCES);
                if (t.contains("{PSY}") && partners.get(0).from().getYear() >= date.getYear()) {
                    continue;
                }
                if (t.contains("{SGTS}") && sg == null) {
                    continue;
                }
                return fill(t);
            }
        }

        String datelineCity() {
            if (!partners.isEmpty() && r.nextDouble() < 0.5) {
                return capital(partners.get(0)).toUpperCase(Locale.ROOT);
            }
            return meetingCity.toUpperCase(Locale.ROOT);
        }

        // ---------------------------------------------------------------- quotations

        String quoteParagraph() {
            Speaker speaker = chooseSpeaker();
            String[] bank;
            if (partners.isEmpty()) {
                bank = Phrases.COLD_QUOTES;
            } else if (speaker == sgSpeaker) {
                PartnerDef p = partners.get(0);
                boolean war = (p.name().equals("Ukraine") && date.getYear() >= 2014)
                        || (p.name().equals("Georgia") && date.isAfter(LocalDate.of(2008, 8, 7)));
                bank = war && r.nextDouble() < 0.5 ? Phrases.SG_WAR_QUOTES : Phrases.SG_QUOTES;
            } else if (speaker == official) {
                bank = Phrases.OFFICIAL_QUOTES;
            } else {
                bank = Phrases.NATO_OFFICIAL_QUOTES;
            }
            String q1 = fill(pickFresh(bank));
            String open = curly ? "“" : "\"";
            String close = curly ? "”" : "\"";
            String verb = pick("said", "said", "stressed", "noted", "told reporters", "emphasised");
            double style = r.nextDouble();
            String paragraph;
            String truth;
            if (lastQuoted != null && lastQuoted == speaker && speaker.person && style < 0.35) {
                // follow-up: "…," he added.
                String who = speaker == sgSpeaker ? pick("he", "the Secretary General") : speaker.laterRef;
                paragraph = open + stripStop(q1) + "," + close + " " + who + " added.";
                truth = stripStop(q1);
            } else if (style < 0.30) {
                String ref = speaker.ref();
                paragraph = r.nextBoolean() || !speaker.person
                        ? open + stripStop(q1) + "," + close + " " + ref + " " + verb + "."
                        : open + stripStop(q1) + "," + close + " said " + ref + ".";
                truth = stripStop(q1);
            } else if (style < 0.50) {
                String ref = speaker.ref();
                paragraph = capitalise(ref) + " " + verb + ": " + open + q1 + close;
                truth = q1;
            } else if (style < 0.62) {
                String ref = speaker.ref();
                paragraph = "«" + stripStop(q1) + "», " + ref + " " + verb + ".";
                truth = stripStop(q1);
            } else if (style < 0.77) {
                // multi-paragraph: no closing mark at the end of the first paragraph
                String q2 = fill(pickFresh(bank));
                String ref = speaker.ref();
                if (r.nextBoolean()) {
                    paragraph = open + q1 + "\n\n" + open + stripStop(q2) + "," + close + " " + ref + " " + verb + ".";
                } else {
                    paragraph = open + q1 + "\n\n" + open + stripStop(q2) + close + ", - said " + ref + ".";
                }
                truth = q1 + " " + stripStop(q2);
            } else if (style < 0.80) {
                String ref = speaker.ref();
                paragraph = "“" + stripStop(q1) + "″ " + ref + " added.";
                truth = stripStop(q1);
            } else if (style < 0.90 && !partners.isEmpty()) {
                String frag = fillRaw(pick(Phrases.FRAGMENTS), partners.get(0));
                String ref = speaker.ref();
                paragraph = capitalise(ref) + " " + pick("said", "stressed") + " that the Alliance would " + open + frag + "." + close;
                truth = frag + ".";
            } else {
                String ref = speaker.ref();
                paragraph = "Speaking after the meeting, " + ref + " said: " + open + q1 + close;
                truth = q1;
            }
            quotes.add(new TruthQuote(truth, speaker.truthName));
            lastQuoted = speaker;
            return paragraph;
        }

        Speaker chooseSpeaker() {
            double x = r.nextDouble();
            if (sgSpeaker != null && (x < 0.5 || official == null && x < 0.7)) {
                return sgSpeaker;
            }
            if (official != null && x < 0.78) {
                return official;
            }
            return x < 0.9 ? natoOfficial : nato;
        }

        static String stripStop(String q) {
            return q.endsWith(".") ? q.substring(0, q.length() - 1) : q;
        }

        // ---------------------------------------------------------------- header, footer, assembly

        String assemble(String title, List<String> body, String footer) {
            StringBuilder b = new StringBuilder(6000);
            String journalist = pick(GenData.JOURNALIST_FIRST) + " " + pick(GenData.JOURNALIST_LAST);
            String site = pick(GenData.SITES);
            switch (form) {
                case ISO_BYLINE -> b.append(" date ").append(published).append(" By ").append(pick(GenData.OUTLETS)).append("\n\n");
                case DAY_MONTH_TIME_MORE -> b.append(published.getDayOfMonth()).append(' ').append(monthName(published))
                        .append(' ').append(published.getYear()).append(",\u00a0\u00a0 ").append(time()).append("\nmore\n")
                        .append(title).append("\n\n");
                case BREADCRUMB -> {
                    b.append(site).append(" » ").append(pick(GenData.SECTIONS)).append(" » ").append(title).append('\n');
                    b.append(published.getDayOfMonth()).append(' ').append(monthName(published)).append(' ')
                            .append(published.getYear()).append(" [").append(time()).append("] - ").append(site).append("\n\n\n");
                    if (r.nextBoolean()) {
                        b.append("By ").append(pick(GenData.AGENCIES)).append("\n\n");
                    }
                    b.append("By ").append(journalist).append("\n\n");
                }
                case US_WEEKDAY -> b.append(title).append('\n')
                        .append(published.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append(", ")
                        .append(String.format(Locale.ROOT, "%02d/%02d/%d", published.getMonthValue(), published.getDayOfMonth(), published.getYear()))
                        .append(" - ").append(time()).append("\n\n");
                case ABBREVIATED -> b.append(title).append('\n').append(published.getDayOfMonth()).append(' ')
                        .append(apMonth(published)).append(apMonth(published).length() == 3 ? "." : "").append(' ')
                        .append(published.getYear()).append('\n').append("By ").append(journalist).append("\n\n");
                case MONTH_DAY_PIPE -> b.append(title).append('\n').append(monthName(published)).append(' ')
                        .append(published.getDayOfMonth()).append(", ").append(published.getYear()).append(" | ")
                        .append(time()).append("\n\n");
                case DATELINE, NO_DATE -> b.append(title).append("\n\n");
                case GLUED_BYLINE -> {
                    b.append(title).append("\n\n").append(journalist).append(pick(GenData.SECTIONS[0], GenData.SECTIONS[1])).append('\n');
                    String sub = partners.isEmpty() ? "Allies meet in " + meetingCity : "Talks on " + topic + " continue";
                    b.append(sub).append('\n').append(sub).append("\n\n");
                }
                default -> throw new IllegalStateException(form.name());
            }
            for (int i = 0; i < body.size(); i++) {
                b.append(body.get(i)).append("\n\n");
            }
            b.append(footer);
            String text = b.toString();
            return curly ? text.replace('\'', '’') : text;
        }

        String footer() {
            String site = pick(GenData.SITES);
            double x = r.nextDouble();
            if (x < 0.2) {
                return "Only verified information on our Telegram " + site + " and Viber. Do not fall for fakes!\n\nOther News\n\n"
                        + pick(Phrases.RELATED_HEADLINES) + "\n\n" + pick(Phrases.RELATED_HEADLINES) + "\n\n"
                        + pick(Phrases.TEASERS) + "\n" + pick(Phrases.RELATED_HEADLINES) + "\n\n" + pick(Phrases.TEASERS) + "\n";
            } else if (x < 0.35) {
                return "\n\nCopyright © " + site + "\n";
            } else if (x < 0.45) {
                return "MORE HEADLINES\n";
            } else if (x < 0.6) {
                return "Related news\n\n" + pick(Phrases.RELATED_HEADLINES) + "\n" + pick(Phrases.RELATED_HEADLINES) + "\n"
                        + pick(Phrases.RELATED_HEADLINES) + "\n";
            } else if (x < 0.7) {
                return "© " + published.getYear() + " " + site + ". All rights reserved.\n\nTags: NATO, security, diplomacy\n";
            } else if (x < 0.78) {
                return "(with information from " + pick(GenData.AGENCIES) + ")\n";
            } else if (x < 0.85) {
                return "Follow us on Facebook and Twitter for the latest news.\n";
            }
            return "";
        }

        String json(String title, List<String> body, String footer) {
            ObjectNode node = JSON.createObjectNode();
            node.put("title", title);
            String d = switch (r.nextInt(3)) {
                case 0 -> date.toString();
                case 1 -> monthName(date) + " " + date.getDayOfMonth() + ", " + date.getYear();
                default -> date + "T" + time() + ":00Z";
            };
            node.put("date", d);
            node.put("outlet", pick(GenData.OUTLETS));
            node.put("url", "https://www." + pick(GenData.SITES).toLowerCase(Locale.ROOT) + "/news/" + index + "-"
                    + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
            String text = String.join("\n\n", body) + (footer.isEmpty() ? "" : "\n\n" + footer.strip());
            node.put("body", curly ? text.replace('\'', '’') : text);
            return node.toPrettyString() + "\n";
        }

        String time() {
            return String.format(Locale.ROOT, "%02d:%02d", r.nextInt(24), r.nextInt(60));
        }

        // ---------------------------------------------------------------- template filling

        String fill(String template) {
            return fill(template, partners.isEmpty() ? null : partners.get(0));
        }

        String fill(String template, PartnerDef p2) {
            return capitalise(fillRaw(template, p2));
        }

        String fillRaw(String template, PartnerDef p2) {
            StringBuilder b = new StringBuilder(template.length() + 64);
            int i = 0;
            while (i < template.length()) {
                char c = template.charAt(i);
                if (c == '{') {
                    int end = template.indexOf('}', i);
                    b.append(slot(template.substring(i + 1, end), p2));
                    i = end + 1;
                } else {
                    b.append(c);
                    i++;
                }
            }
            String s = b.toString();
            return curly ? s.replace('\'', '’') : s;
        }

        String slot(String key, PartnerDef second) {
            PartnerDef p = partners.isEmpty() ? null : partners.get(0);
            return switch (key) {
                case "P" -> p.inText();
                case "PS" -> p.inText() + "'s";
                case "PC" -> capital(p);
                case "PD" -> p.demonym();
                case "PSY" -> Integer.toString(p.from().getYear());
                case "FW" -> p.framework();
                case "REGION" -> p == null ? "North Atlantic area" : p.region();
                case "FORUM" -> forum(p);
                case "P2" -> second.inText();
                case "P2C" -> capital(second);
                case "T" -> topic;
                case "T2" -> topic2;
                case "T3" -> pick(GenData.TOPICS);
                case "TC" -> pick(GenData.COLD_TOPICS);
                case "N" -> Integer.toString(GenData.membersOn(date));
                case "RU" -> date.isBefore(LocalDate.of(1991, 12, 26)) ? pick("the Soviet Union", "Moscow") : pick("Russia", "Moscow");
                case "M" -> member;
                case "M2" -> member2;
                case "CITY" -> meetingCity;
                case "Y" -> Integer.toString(date.getYear());
                case "WHEN" -> when;
                case "SGT" -> sgSpeaker == null ? "Council chairman" : sgSpeaker.ref();
                case "SGS" -> sg == null ? "NATO" : sg.surname();
                case "SGTS" -> sg.title();
                case "ROLE" -> official == null ? "officials" : officialRole;
                case "OFN" -> {
                    if (official == null) {
                        yield "";
                    }
                    official.mentioned = true;
                    yield official.truthName;
                }
                default -> throw new IllegalArgumentException("unknown slot {" + key + "}");
            };
        }

        String capital(PartnerDef p) {
            String[] caps = p.capitals();
            if (p.name().equals("Ukraine")) {
                int y = date.getYear();
                return y < 2014 ? "Kiev" : y >= 2022 ? "Kyiv" : caps[r.nextInt(caps.length)];
            }
            if (p.name().equals("Kazakhstan")) {
                if (date.isBefore(LocalDate.of(1997, 12, 10))) {
                    return "Almaty";
                }
                if (!date.isBefore(LocalDate.of(2019, 3, 23)) && date.isBefore(LocalDate.of(2022, 9, 17))) {
                    return "Nur-Sultan";
                }
            }
            return cp1252 ? caps[caps.length - 1] : caps[r.nextInt(caps.length)];
        }

        String forum(PartnerDef p) {
            if (p != null && p.name().equals("Ukraine") && !date.isBefore(LocalDate.of(1997, 7, 9))) {
                return date.isBefore(LocalDate.of(2023, 7, 12)) ? "NATO-Ukraine Commission" : "NATO-Ukraine Council";
            }
            if (p != null && p.name().equals("Georgia") && !date.isBefore(LocalDate.of(2008, 9, 15))) {
                return "NATO-Georgia Commission";
            }
            if (p != null && p.framework().equals("Partnership for Peace")) {
                return date.isBefore(LocalDate.of(1997, 5, 30)) ? "North Atlantic Cooperation Council" : "Euro-Atlantic Partnership Council";
            }
            return "North Atlantic Council";
        }

        static String[] membersOn(LocalDate date) {
            List<String> m = new ArrayList<>(Arrays.asList(GenData.FOUNDERS));
            if (!date.isBefore(LocalDate.of(1952, 2, 18))) {
                m.add("Greece");
                m.add("Turkey");
            }
            if (!date.isBefore(LocalDate.of(1955, 5, 6))) {
                m.add(date.isBefore(LocalDate.of(1990, 10, 3)) ? "West Germany" : "Germany");
            }
            if (!date.isBefore(LocalDate.of(1982, 5, 30))) {
                m.add("Spain");
            }
            if (!date.isBefore(LocalDate.of(1999, 3, 12))) {
                m.add("Poland");
            }
            return m.toArray(String[]::new);
        }

        // ---------------------------------------------------------------- helpers

        int pick(double[] weights) {
            return pickWeighted(weights, Arrays.stream(weights).sum());
        }

        int pickWeighted(double[] weights, double total) {
            double x = r.nextDouble() * total;
            for (int i = 0; i < weights.length; i++) {
                x -= weights[i];
                if (x < 0 && weights[i] > 0) {
                    return i;
                }
            }
            for (int i = weights.length - 1; i >= 0; i--) {
                if (weights[i] > 0) {
                    return i;
                }
            }
            return 0;
        }

        final java.util.Set<String> used = new java.util.HashSet<>();

        /** A template not used yet in this article (any once the bank is used up). */
        String pickFresh(String[] bank) {
            for (int attempt = 0; attempt < 12; attempt++) {
                String t = bank[r.nextInt(bank.length)];
                if (used.add(t)) {
                    return t;
                }
            }
            return bank[r.nextInt(bank.length)];
        }

        String pick(String... options) {
            return options[r.nextInt(options.length)];
        }

        static String capitalise(String s) {
            return s.isEmpty() || !Character.isLowerCase(s.charAt(0)) ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        static String monthName(LocalDate d) {
            return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }

        static String weekdayName(LocalDate d) {
            return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }

        /** News-agency month style: Jan, Feb, March, April, May, June, July, Aug, Sept, Oct, Nov, Dec. */
        static String apMonth(LocalDate d) {
            Month m = d.getMonth();
            return switch (m) {
                case MARCH, APRIL, MAY, JUNE, JULY -> monthName(d);
                case SEPTEMBER -> "Sept";
                default -> m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            };
        }
    }

    private static final Map<Character, String> TRANSLIT = new LinkedHashMap<>();

    static {
        TRANSLIT.put('ș', "s");
        TRANSLIT.put('ț', "t");
        TRANSLIT.put('ă', "a");
        TRANSLIT.put('Ș', "S");
        TRANSLIT.put('ć', "c");
        TRANSLIT.put('č', "c");
        TRANSLIT.put('ž', "z");
        TRANSLIT.put('″', "\"");
    }

    /** Replaces the letters Windows-1252 lacks, as a scraper saving in that charset would have. */
    static String transliterate(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            String t = TRANSLIT.get(s.charAt(i));
            if (t != null) {
                if (b == null) {
                    b = new StringBuilder(s.substring(0, i));
                }
                b.append(t);
            } else if (b != null) {
                b.append(s.charAt(i));
            }
        }
        return b == null ? s : b.toString();
    }

    static byte[] to1252(String text) {
        return transliterate(text).getBytes(WINDOWS_1252);
    }
}
