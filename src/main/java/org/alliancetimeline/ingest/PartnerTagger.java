package org.alliancetimeline.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancetimeline.ingest.Gazetteer.AliasKind;
import org.alliancetimeline.ingest.Gazetteer.AmbiguousSense;
import org.alliancetimeline.ingest.Gazetteer.Country;
import org.alliancetimeline.ingest.TextTokens.Token;
import org.alliancetimeline.model.PartnerMention;

/**
 * Finds the countries an article names and splits them into NATO partners (a partnership
 * framework is active on the article's date) and other mentions.
 *
 * <p>Matching is a single pass over the tokens with a trie of the gazetteer's names, aliases,
 * demonyms and capitals (longest match wins), so its cost does not grow with the number of
 * aliases. Matching is case-sensitive (proper nouns) except that words in capitals
 * ("UKRAINE") also match; diacritics are ignored. Possessives and hyphenated compounds
 * ("Ukraine’s", "NATO-Georgia") match because apostrophes and hyphens end a word.
 *
 * <p>Rules applied to each match:
 * <ul>
 *   <li>blockers: phrases that contain a country word but do not name the country ("Minsk Group",
 *       "Voice of America", "Georgia Tech") are matched like aliases and count for nothing;</li>
 *   <li>a capital followed by a year or by a summit/agreement noun ("Bucharest 2008", "Minsk
 *       agreements", "Vilnius Summit") names an event, not the country;</li>
 *   <li>aliases that are also given names or surnames ("Jordan", "Georgia", "Washington") are
 *       read as a person after a title ("Mr.", "Rep.", "coach"), after a capitalised word that
 *       is not a function word or country word ("Michael Jordan"), or before a capitalised word
 *       that is not one ("Jordan Peterson", "Georgia Smith");</li>
 *   <li>aliases with a second sense (Georgia the U.S. state) are decided per occurrence from the
 *       neighbouring words, the sentence and the article.</li>
 * </ul>
 * Thread-safe once constructed.
 */
public final class PartnerTagger {

    /** Countries named in an article, each list sorted by count (descending), then name. */
    public record TaggedCountries(List<PartnerMention> partners, List<PartnerMention> mentions) {
        public TaggedCountries {
            partners = List.copyOf(partners);
            mentions = List.copyOf(mentions);
        }
    }

    private static final Comparator<PartnerMention> ORDER = Comparator
            .comparingInt(PartnerMention::count).reversed()
            .thenComparing(PartnerMention::name);

    /** What a trie node stands for: a country alias, or a blocker when country is null. */
    private record Entry(Country country, AliasKind kind, String alias) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        Entry entry;
    }

    private final class SenseRule {
        final AmbiguousSense sense;
        final Set<String> nextWords;
        final Set<String> prevWords;
        final Pattern sentenceCues;
        final Pattern articleCues;
        final Pattern countryCues;

        SenseRule(AmbiguousSense sense) {
            this.sense = sense;
            this.nextWords = Set.copyOf(sense.nextWords());
            this.prevWords = Set.copyOf(sense.prevWords());
            this.sentenceCues = phrases(sense.sentenceCues());
            this.articleCues = phrases(sense.articleCues());
            this.countryCues = phrases(sense.countryCues());
        }
    }

    private final Gazetteer gazetteer;
    private final Node root = new Node();
    private final Map<String, SenseRule> senses = new HashMap<>();
    /**
     * The characters phrases start with, indexed by char: most words ("the", "said") start with none
     * of them, so the scan rules them out before hashing them.
     */
    private final boolean[] firstCharsOfPhrases;

    public PartnerTagger(Gazetteer g) {
        this.gazetteer = g;
        for (Country c : g.countries()) {
            add(c.name(), new Entry(c, AliasKind.NAME, c.name()));
            c.aliases().forEach(a -> add(a, new Entry(c, AliasKind.ALIAS, a)));
            c.demonyms().forEach(a -> add(a, new Entry(c, AliasKind.DEMONYM, a)));
            c.capitals().forEach(a -> add(a, new Entry(c, AliasKind.CAPITAL, a)));
            c.metonyms().forEach(a -> add(a, new Entry(c, AliasKind.METONYM, a)));
        }
        for (String b : g.blockers()) {
            add(b, new Entry(null, null, b));
        }
        for (AmbiguousSense s : g.ambiguousSenses()) {
            senses.put(s.alias(), new SenseRule(s));
        }
        int size = 1 + root.next.keySet().stream().mapToInt(k -> k.charAt(0)).max().orElse(0);
        firstCharsOfPhrases = new boolean[size];
        root.next.keySet().forEach(k -> firstCharsOfPhrases[k.charAt(0)] = true);
    }

    private void add(String phrase, Entry entry) {
        Node node = root;
        for (Token t : TextTokens.tokenize(phrase, 0)) {
            node = node.next.computeIfAbsent(t.text(), k -> new Node());
        }
        if (node == root) {
            return;
        }
        if (node.entry != null && node.entry.country() != entry.country() && entry.country() != null
                && node.entry.country() != null) {
            throw new IllegalArgumentException("alias '" + phrase + "' names both " + node.entry.country().name()
                    + " and " + entry.country().name());
        }
        if (node.entry == null || entry.country() == null) {
            node.entry = entry;
        }
    }

    private static Pattern phrases(List<String> phrases) {
        if (phrases.isEmpty()) {
            return null;
        }
        // the lookahead on the cues' first letters lets the scan skip most positions at once
        StringBuilder firstLetters = new StringBuilder();
        phrases.forEach(c -> firstLetters.append(Pattern.quote(c.substring(0, 1))));
        StringBuilder sb = new StringBuilder("(?=[" + firstLetters + "])(?<![\\p{L}\\p{N}])(?:");
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        for (int i = 0; i < sorted.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
        }
        // a cue that ends in a letter must end at a word boundary; "Gov." ends in a dot already
        sb.append(")(?:(?<=\\.)|(?![\\p{L}\\p{N}]))");
        return Pattern.compile(sb.toString());
    }

    /** The gazetteer this tagger uses. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Tags one article.
     *
     * @param title      the headline (may be null)
     * @param paragraphs the cleaned body, boilerplate removed
     * @param date       the article's date, or null (then a country is a partner if it ever was one)
     */
    public TaggedCountries tag(String title, List<String> paragraphs, LocalDate date) {
        List<String> blocks = new ArrayList<>(paragraphs.size() + 1);
        if (title != null && !title.isBlank()) {
            blocks.add(title);
        }
        blocks.addAll(paragraphs);
        Article article = new Article(blocks);
        Map<Country, Integer> counts = new LinkedHashMap<>();
        int sentence = 0;
        for (int b = 0; b < blocks.size(); b++) {
            String text = blocks.get(b);
            List<Token> tokens = TextTokens.tokenize(text, sentence);
            if (!tokens.isEmpty()) {
                sentence = tokens.get(tokens.size() - 1).sentence() + 1;
            }
            boolean headline = b == 0 && title != null && !title.isBlank() && isHeadlineCase(tokens);
            scan(text, tokens, headline, article, counts);
        }
        List<PartnerMention> partners = new ArrayList<>();
        List<PartnerMention> mentions = new ArrayList<>();
        for (Map.Entry<Country, Integer> e : counts.entrySet()) {
            PartnerMention m = new PartnerMention(e.getKey().name(), e.getValue());
            (e.getKey().isPartnerOn(date) ? partners : mentions).add(m);
        }
        partners.sort(ORDER);
        mentions.sort(ORDER);
        return new TaggedCountries(partners, mentions);
    }

    /** Whole-article context, computed lazily for the ambiguous-sense rule. */
    private static final class Article {
        final List<String> blocks;
        final Map<SenseRule, Boolean> otherSense = new HashMap<>();

        Article(List<String> blocks) {
            this.blocks = blocks;
        }

        boolean articleFavoursOtherSense(SenseRule rule) {
            return otherSense.computeIfAbsent(rule, r -> {
                int other = 0;
                for (String block : blocks) {
                    other += count(r.articleCues, block);
                }
                if (other == 0) {
                    return false;
                }
                // the country's cues only need counting until they reach the other sense's
                int country = 0;
                for (int b = 0; b < blocks.size() && country < other; b++) {
                    country += count(r.countryCues, blocks.get(b));
                }
                return other > country;
            });
        }
    }

    private static int count(Pattern p, CharSequence text) {
        if (p == null) {
            return 0;
        }
        int n = 0;
        Matcher m = p.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static boolean hasAny(Pattern p, CharSequence text) {
        return p != null && p.matcher(text).find();
    }

    private static boolean isHeadlineCase(List<Token> tokens) {
        int long4 = 0;
        int caps = 0;
        for (Token t : tokens) {
            if (t.word() && t.text().length() >= 4 && Character.isLetter(t.text().charAt(0))) {
                long4++;
                if (Character.isUpperCase(t.text().charAt(0))) {
                    caps++;
                }
            }
        }
        return long4 >= 3 && caps * 10 >= long4 * 7;
    }

    private Node child(Node node, Token t) {
        char first = t.text().charAt(0);
        if (node == root && (first >= firstCharsOfPhrases.length || !firstCharsOfPhrases[first])) {
            return null;
        }
        Node next = node.next.get(t.text());
        if (next == null && t.word() && t.text().length() >= 4 && t.isAllCaps()) {
            String s = t.text();
            next = node.next.get(s.charAt(0) + s.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return next;
    }

    private void scan(String text, List<Token> tokens, boolean headline, Article article,
                      Map<Country, Integer> counts) {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Token first = tokens.get(i);
            if (!first.word()) {
                i++;
                continue;
            }
            Node node = root;
            Entry best = null;
            int bestEnd = -1;
            for (int j = i; j < n; j++) {
                Token t = tokens.get(j);
                if (j > i && t.word() && tokens.get(j - 1).word() && !t.spaceBefore()) {
                    break;
                }
                node = child(node, t);
                if (node == null) {
                    break;
                }
                if (node.entry != null) {
                    best = node.entry;
                    bestEnd = j + 1;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            if (best.country() != null && counts(text, tokens, i, bestEnd, best, headline, article)) {
                counts.merge(best.country(), 1, Integer::sum);
            }
            i = bestEnd;
        }
    }

    /** Whether the match tokens[from, to) of {@code entry} names its country. */
    private boolean counts(String text, List<Token> tokens, int from, int to, Entry entry, boolean headline,
                           Article article) {
        Token next = to < tokens.size() ? tokens.get(to) : null;
        Token prev = from > 0 ? tokens.get(from - 1) : null;
        if (entry.kind() == AliasKind.CAPITAL || entry.kind() == AliasKind.METONYM) {
            // "Bucharest 2008", "Bucharest-2008", "Minsk agreements", "Vilnius Summit"
            Token after = next;
            if (after != null && !after.word() && after.text().equals("-") && to + 1 < tokens.size()) {
                after = tokens.get(to + 1);
            }
            if (after != null && after.word() && (after.isYear() || gazetteer.eventNouns().contains(after.text()))) {
                return false;
            }
        }
        if (to - from == 1 && gazetteer.personNameAliases().contains(entry.alias())
                && looksLikePerson(tokens, from, prev, next, headline)) {
            return false;
        }
        SenseRule rule = to - from == 1 ? senses.get(entry.alias()) : null;
        if (rule != null && isOtherSense(rule, text, tokens, from, to, article)) {
            return false;
        }
        return true;
    }

    private boolean isNameLike(Token t) {
        return t != null && t.word() && t.isCapitalisedWord() && !gazetteer.notNameWords().contains(t.text())
                && !root.next.containsKey(t.text());
    }

    private boolean looksLikePerson(List<Token> tokens, int from, Token prev, Token next, boolean headline) {
        Token self = tokens.get(from);
        // title before: "Mr. Jordan", "Rep. Jordan", "coach Jordan"
        if (prev != null && !prev.word() && prev.text().equals(".") && from >= 2) {
            Token beforeDot = tokens.get(from - 2);
            if (beforeDot.word() && gazetteer.personTitles().contains(beforeDot.text())) {
                return true;
            }
        }
        if (prev != null && prev.word() && self.spaceBefore() && gazetteer.personTitles().contains(prev.text())) {
            return true;
        }
        if (headline) {
            return false;
        }
        // given name before: "Michael Jordan"
        if (prev != null && self.spaceBefore() && prev.sentence() == self.sentence() && isNameLike(prev)) {
            return true;
        }
        // surname after: "Jordan Peterson", "Georgia Smith"; but after "of" the next name is the
        // office holder: "President of Georgia Salome Zourabichvili", "King of Jordan Abdullah II"
        if (prev != null && prev.word() && prev.text().equals("of")) {
            return false;
        }
        return next != null && next.spaceBefore() && next.sentence() == self.sentence() && isNameLike(next)
                && !gazetteer.countryNextWords().contains(next.text())
                && !gazetteer.eventNouns().contains(next.text());
    }

    private boolean isOtherSense(SenseRule rule, String text, List<Token> tokens, int from, int to,
                                 Article article) {
        // the word right after the alias, or after its possessive: "Georgia governor", "Georgia's governor"
        int k = to;
        if (k + 1 < tokens.size() && tokens.get(k).text().equals("'") && tokens.get(k + 1).text().equals("s")) {
            k += 2;
        }
        if (k < tokens.size() && tokens.get(k).word() && rule.nextWords.contains(tokens.get(k).text())) {
            return true;
        }
        // the word right before, a comma may sit between: "Atlanta, Georgia"
        int p = from - 1;
        if (p >= 0 && tokens.get(p).text().equals(",")) {
            p--;
        }
        if (p >= 0 && tokens.get(p).word() && rule.prevWords.contains(tokens.get(p).text())) {
            return true;
        }
        // the sentence
        int sentence = tokens.get(from).sentence();
        int s = from;
        while (s > 0 && tokens.get(s - 1).sentence() == sentence) {
            s--;
        }
        int e = to;
        while (e < tokens.size() && tokens.get(e).sentence() == sentence) {
            e++;
        }
        CharSequence sentenceText = text.subSequence(tokens.get(s).start(), tokens.get(e - 1).end());
        if (hasAny(rule.countryCues, sentenceText)) {
            return false;
        }
        if (hasAny(rule.sentenceCues, sentenceText)) {
            return true;
        }
        // the article
        return article.articleFavoursOtherSense(rule);
    }
}
