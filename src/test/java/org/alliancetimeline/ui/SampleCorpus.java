package org.alliancetimeline.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.Corpus;
import org.alliancetimeline.model.DateConfidence;
import org.alliancetimeline.model.DatePrecision;
import org.alliancetimeline.model.LoadProblem;
import org.alliancetimeline.model.PartnerMention;
import org.alliancetimeline.model.Quote;

/**
 * Hand-made corpora for the UI tests: illustrative articles (outlet "Example News"), not real
 * reporting. Quotes are written in the paragraphs between “ and ”, and their offsets computed.
 */
public final class SampleCorpus {
    private SampleCorpus() {
    }

    /** Builds an article; each “…” in the paragraphs becomes a quote by {@code speaker}. */
    public static Article article(String id, LocalDate date, String title, List<String> partners, String speaker,
                                  List<String> warnings, String... paragraphs) {
        List<String> paras = List.of(paragraphs);
        String text = String.join(Article.PARAGRAPH_SEPARATOR, paras);
        List<Quote> quotes = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf('\u201C', from);
            if (open < 0) {
                break;
            }
            int close = text.indexOf('\u201D', open);
            if (close < 0) {
                break;
            }
            int paragraph = 0;
            for (int p = 1; p < paras.size(); p++) {
                if (offset(paras, p) <= open) {
                    paragraph = p;
                }
            }
            quotes.add(new Quote(text.substring(open + 1, close), speaker, paragraph, open + 1, close));
            from = close + 1;
        }
        List<PartnerMention> mentions = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            mentions.add(new PartnerMention(partners.get(i), partners.size() - i + 1));
        }
        return new Article(id, id + ".txt", title, "Example News", "Sample Desk", null, date,
                date == null ? DatePrecision.NONE : DatePrecision.DAY,
                date == null ? DateConfidence.NONE : (id.hashCode() % 3 == 0 ? DateConfidence.INFERRED : DateConfidence.STATED),
                date == null ? null : date.toString(), warnings, mentions, List.of(new PartnerMention("Belgium", 1)),
                paras, quotes, text.length());
    }

    private static int offset(List<String> paras, int index) {
        int o = 0;
        for (int i = 0; i < index; i++) {
            o += paras.get(i).length() + 2;
        }
        return o;
    }

    /** A dozen articles from 2008 to 2024 across five partners; two quotes per quoted article. */
    public static Corpus small() {
        List<Article> a = new ArrayList<>();
        a.add(article("georgia-2008", LocalDate.of(2008, 4, 3), "Allies discuss closer ties with Georgia and Ukraine",
                List.of("Georgia", "Ukraine"), "a NATO spokesperson", List.of(),
                "Leaders met to discuss the future of cooperation with partners in the east.",
                "\u201CThe door remains open to those who meet the standards,\u201D the spokesperson said.",
                "Officials added that \u201Cpractical cooperation will continue at every level.\u201D"));
        a.add(article("georgia-2010", LocalDate.of(2010, 6, 15), "NATO-Georgia Commission reviews reforms",
                List.of("Georgia"), "a Georgian minister", List.of(),
                "The commission reviewed progress on defence reform.",
                "\u201CWe have made real progress on reform,\u201D the minister told reporters."));
        a.add(article("moldova-2012", LocalDate.of(2012, 9, 20), "Moldova and NATO sign a new partnership plan",
                List.of("Moldova"), "an official in Chisinau", List.of(),
                "The plan sets out cooperation on training and civil emergencies.",
                "\u201CThis plan reflects our own priorities,\u201D an official said."));
        a.add(article("ukraine-2014", LocalDate.of(2014, 9, 4), "Partners attend summit in Wales",
                List.of("Ukraine", "Georgia"), "a summit delegate", List.of(),
                "Partners from across the region joined the summit.",
                "\u201CSupport for Ukraine is a priority for this meeting,\u201D a delegate said."));
        a.add(article("finland-2016", LocalDate.of(2016, 7, 8), "Finland and Sweden join partner session in Warsaw",
                List.of("Finland", "Sweden"), "a Finnish diplomat", List.of(),
                "Enhanced opportunity partners met allied leaders.",
                "\u201CWe value the dialogue with the Alliance,\u201D a Finnish diplomat said."));
        a.add(article("moldova-2018", LocalDate.of(2018, 3, 12), "Training centre opens in Moldova",
                List.of("Moldova"), null, List.of("date inferred from a weekday in the text"),
                "A new training centre opened with allied support.",
                "No quotations were recorded at the ceremony."));
        a.add(article("ukraine-2019", LocalDate.of(2019, 10, 30), "Council meets in Kyiv",
                List.of("Ukraine"), "a Ukrainian official", List.of(),
                "The council met in Kyiv for the first time in years.",
                "\u201CThis visit sends a strong signal,\u201D an official said."));
        a.add(article("sweden-2021", LocalDate.of(2021, 5, 3), "Sweden hosts partner exercise",
                List.of("Sweden", "Finland"), "an exercise planner", List.of(),
                "Forces from several partner countries trained together.",
                "\u201CInteroperability is built in the field,\u201D a planner said."));
        a.add(article("ukraine-2022", LocalDate.of(2022, 3, 24), "Extraordinary summit on the war in Ukraine",
                List.of("Ukraine"), "a NATO spokesperson", List.of(),
                "Leaders met in Brussels a month after the invasion.",
                "\u201CWe stand with Ukraine,\u201D the spokesperson said.",
                "She added: \u201CAllies will keep up their support for as long as it takes.\u201D"));
        a.add(article("georgia-2022", LocalDate.of(2022, 11, 29), "Foreign ministers meet partners in Bucharest",
                List.of("Georgia", "Moldova"), "a foreign minister", List.of(),
                "Ministers met Georgia and Moldova on the margins of the meeting.",
                "\u201CThese partners face pressure every day,\u201D a minister said."));
        a.add(article("ukraine-2024", LocalDate.of(2024, 1, 10), "NATO-Ukraine Council discusses air defence",
                List.of("Ukraine"), "a council member", List.of(),
                "The council discussed air defence after a wave of strikes.",
                "\u201CAir defence saves lives,\u201D a member of the council said."));
        a.add(article("undated-note", null, "An undated briefing note on partnerships",
                List.of("Georgia"), null, List.of("no date found in the text"),
                "This note carries no date."));
        return new Corpus(a, List.of(new LoadProblem("broken.txt", "the file is empty"),
                new LoadProblem("binary.txt", "looks like a binary file, not text")));
    }

    /** A denser corpus for screenshots: the small one plus ~180 generated articles, clustered around events. */
    public static Corpus rich() {
        List<Article> a = new ArrayList<>(small().articles());
        String[] partners = {"Ukraine", "Georgia", "Moldova", "Finland", "Sweden", "Bosnia and Herzegovina",
                "Azerbaijan", "Armenia", "Israel", "Japan", "Australia", "Jordan"};
        String[] topics = {"defence reform talks", "joint exercise", "training mission", "political dialogue",
                "cyber defence cooperation", "science for peace project", "civil emergency planning", "liaison office visit"};
        String[] lines = {"We will deepen our practical cooperation", "Reform takes patience and partners",
                "Our dialogue has never been more important", "The exercise showed what we can do together",
                "This is a long-term commitment", "Security in the region concerns us all"};
        String[] roles = {"a NATO spokesperson", "a defence minister", "a foreign minister", "an ambassador", "a senior official"};
        Random r = new Random(7);
        LocalDate[] hot = {LocalDate.of(2008, 8, 10), LocalDate.of(2014, 3, 1), LocalDate.of(2022, 2, 24),
                LocalDate.of(2023, 7, 11), LocalDate.of(2016, 7, 8)};
        for (int i = 0; i < 180; i++) {
            LocalDate d = r.nextDouble() < 0.55
                    ? hot[r.nextInt(hot.length)].plusDays((long) (r.nextGaussian() * 40))
                    : LocalDate.of(2006, 1, 1).plusDays(r.nextInt(19 * 365));
            String p = partners[Math.min(partners.length - 1, (int) Math.floor(Math.abs(r.nextGaussian()) * 3.2))];
            String topic = topics[r.nextInt(topics.length)];
            String other = partners[r.nextInt(partners.length)];
            List<String> ps = other.equals(p) || r.nextBoolean() ? List.of(p) : List.of(p, other);
            boolean quoted = r.nextDouble() < 0.6;
            String para2 = quoted ? "\u201C" + lines[r.nextInt(lines.length)] + ",\u201D " + roles[r.nextInt(roles.length)] + " said."
                    : "Officials gave no statement.";
            a.add(article("gen-" + i, d, p + ": " + topic, ps, quoted ? roles[r.nextInt(roles.length)] : null, List.of(),
                    "Representatives of " + p + " and the Alliance met for " + topic + ".", para2));
        }
        return new Corpus(a, small().problems());
    }
}
