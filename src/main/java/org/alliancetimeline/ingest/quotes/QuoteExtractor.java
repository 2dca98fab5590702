package org.alliancetimeline.ingest.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.alliancetimeline.model.Quote;

/**
 * Extracts direct quotations from an article's cleaned paragraphs and attributes each to its speaker.
 *
 * <p>Spans: “…”, "…", «…», „…“, ″ as a closer, strict top-level ‘…,’ / '…,' (closed right after punctuation);
 * nested single quotes and apostrophes stay inside. A quotation left open at the end of its paragraph continues
 * when the next paragraph opens with a mark (newspaper style) or when mark-less paragraphs are followed by one
 * whose first mark closes it with an attribution ("…”, - said X"); otherwise it ends with its paragraph, minus
 * a trailing ", X said." Scare quotes (one or two words), title-case names, terms introduced by "so-called",
 * "dubbed" or an article, short phrases with no reporting verb nearby, and colon headlines are dropped.
 *
 * <p>Speakers: the attribution after the closing mark ("…,” X said", "said X", "” - X"), else the reporting
 * clause before it in the same sentence ("X said: “", "X said that … “", "according to X"), else a colon
 * introduction ending the previous paragraph, else the previous quotation of the same paragraph or of the
 * preceding quotation paragraph, else null. Names resolve to the longest full name in the article; titles and
 * epithets to the person named with that role; pronouns to the latest speaker or subject; NATO paraphrases to
 * "NATO"; unnamed officials keep their role ("NATO official").
 *
 * <p>Stateless and thread-safe: one instance may be shared by many threads. All patterns are precompiled
 * and bounded, so the cost is linear in the text length.
 */
public final class QuoteExtractor {

    static final int FAM_DOUBLE = 1; // “ … ” (also closed by ″)
    static final int FAM_LOW = 2; // „ … “ / ”
    static final int FAM_GUIL = 3; // « … »
    static final int FAM_STRAIGHT = 4; // " … "
    static final int FAM_SINGLE = 5; // ‘ … ’ or ' … ' at top level, only when clearly closed: ‘…,’ he said

    /** How many paragraphs a mark-less middle of a quotation may span (seed-002 style). */
    private static final int MAX_OPEN_PARAGRAPHS = 15;

    /** Extracts the quotations of one article, in reading order. */
    public List<Quote> extract(List<String> paragraphs) {
        if (paragraphs == null || paragraphs.isEmpty()) {
            return List.of();
        }
        Doc doc = new Doc(paragraphs);
        List<Span> spans = findSpans(doc);
        List<Span> kept = new ArrayList<>(spans.size());
        for (Span s : spans) {
            s.text = buildText(doc, s);
            if (!s.text.isBlank() && !Filters.reject(doc, s)) {
                kept.add(s);
            }
        }
        new SpeakerResolver(doc, kept).resolve();
        List<Quote> out = new ArrayList<>(kept.size());
        for (Span s : kept) {
            int[] first = s.segs.get(0);
            int[] last = s.segs.get(s.segs.size() - 1);
            out.add(new Quote(s.text, s.speaker, s.para, first[0], last[1]));
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ document

    /** The joined cleaned text with paragraph bounds. */
    static final class Doc {
        final String text;
        final int[] pStart;
        final int[] pEnd;
        final int n;

        Doc(List<String> paragraphs) {
            this.n = paragraphs.size();
            this.text = String.join("\n\n", paragraphs);
            pStart = new int[n];
            pEnd = new int[n];
            int off = 0;
            for (int i = 0; i < n; i++) {
                pStart[i] = off;
                pEnd[i] = off + paragraphs.get(i).length();
                off = pEnd[i] + 2;
            }
        }

        char at(int i) {
            return text.charAt(i);
        }

        private int singleQuoteStyle = -1;

        /**
         * Whether the article quotes with ‘…’ as its outer marks (British style: ‘…’, Stoltenberg said), which it
         * does when it opens ‘ and uses no double marks at all, or opens ‘ before words more often than it opens
         * double marks (those then quote inside quotations: ‘The so-called “Nato target” …’).
         */
        boolean singleQuoteStyle() {
            if (singleQuoteStyle < 0) {
                int singles = 0;
                int doubles = 0;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '‘' && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
                            && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                        singles++;
                    } else if (c == '“' || c == '«' || c == '„' || c == '"') {
                        doubles++;
                    }
                }
                boolean opens = singles > 0;
                // a straight " both opens and closes, so counts twice
                singleQuoteStyle = opens && (doubles == 0 || singles >= 2 && singles > doubles) ? 1 : 0;
            }
            return singleQuoteStyle == 1;
        }

        int paraOf(int pos) {
            int lo = 0;
            int hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (pStart[mid] <= pos) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }
    }

    /** One quotation span under construction. */
    static final class Span {
        final int para;
        final int openMark;
        final int family;
        final List<int[]> segs = new ArrayList<>(2);
        int closeMark = -1;
        int lastPara;
        boolean unclosed;
        String tailNp; // attribution stripped from the end of an unclosed quotation
        boolean tailInverted;
        String text;
        String speaker;
        boolean attributed; // speaker came from an explicit attribution

        Span(int para, int openMark, int family) {
            this.para = para;
            this.openMark = openMark;
            this.family = family;
        }

        int endPos() {
            return closeMark >= 0 ? closeMark + 1 : segs.get(segs.size() - 1)[1];
        }
    }

    // ------------------------------------------------------------------ spans

    private static boolean openerContext(Doc d, int i, int p) {
        boolean before = i == d.pStart[p] || isOpenPunct(d.at(i - 1));
        boolean after = i + 1 < d.pEnd[p] && !Lexicon.isWs(d.at(i + 1));
        return before && after;
    }

    private static boolean isOpenPunct(char c) {
        return Lexicon.isWs(c) || c == '(' || c == '[' || c == '{' || c == '—' || c == '–' || c == '-' || c == '/'
                || c == ':' || c == '‘' || c == '«';
    }

    private static boolean closerContext(Doc d, int i, int p) {
        if (i == d.pStart[p] || Lexicon.isWs(d.at(i - 1))) {
            return false;
        }
        if (i + 1 >= d.pEnd[p]) {
            return true;
        }
        char c = d.at(i + 1);
        return !Character.isLetterOrDigit(c);
    }

    /** Next opening mark in paragraph p at or after pos: {position, family}, or null. */
    static int[] nextOpener(Doc d, int p, int pos) {
        int end = d.pEnd[p];
        for (int i = pos; i < end; i++) {
            char c = d.at(i);
            if (c > '\'' && c < '«') {
                continue; // letters, digits and most punctuation: no mark lies in this range
            }
            switch (c) {
                case '“':
                    return new int[] {i, FAM_DOUBLE};
                case '„':
                    return new int[] {i, FAM_LOW};
                case '«':
                    return new int[] {i, FAM_GUIL};
                case '"':
                    if (openerContext(d, i, p)) {
                        return new int[] {i, FAM_STRAIGHT};
                    }
                    break;
                case '”':
                case '″':
                    if (openerContext(d, i, p) && Character.isLetterOrDigit(d.at(i + 1))) {
                        return new int[] {i, FAM_DOUBLE};
                    }
                    break;
                case '‘':
                case '\'':
                    boolean british = c == '‘' && d.singleQuoteStyle();
                    if (openerContext(d, i, p) && (Character.isUpperCase(d.at(i + 1))
                            || british && Character.isLetterOrDigit(d.at(i + 1)))
                            && findClose(d, FAM_SINGLE, p, i + 1) >= 0) {
                        return new int[] {i, FAM_SINGLE};
                    }
                    break;
                default:
                    break;
            }
        }
        return null;
    }

    /** Closing mark for a span of the given family in paragraph p from pos, or -1. */
    static int findClose(Doc d, int family, int p, int pos) {
        int depth = 0;
        for (int i = pos; i < d.pEnd[p]; i++) {
            char c = d.at(i);
            switch (family) {
                case FAM_DOUBLE:
                    if (c == '“') {
                        if (closerContext(d, i, p) && !openerContext(d, i, p)) {
                            if (depth == 0) {
                                return i;
                            }
                            depth--;
                        } else {
                            depth++;
                        }
                    } else if (c == '”' || c == '″') {
                        if (depth == 0) {
                            return i;
                        }
                        depth--;
                    }
                    break;
                case FAM_LOW:
                    if (c == '„') {
                        depth++;
                    } else if (c == '“' || c == '”') {
                        if (depth == 0) {
                            return i;
                        }
                        depth--;
                    }
                    break;
                case FAM_GUIL:
                    if (c == '«') {
                        depth++;
                    } else if (c == '»') {
                        if (depth == 0) {
                            return i;
                        }
                        depth--;
                    }
                    break;
                case FAM_SINGLE:
                    // British style quotes inside its quotations with double marks: ‘The so-called “Nato target” …’
                    boolean doubleMark = c == '“' || c == '”' || c == '"' || c == '«' || c == '»' || c == '„';
                    if (doubleMark && !d.singleQuoteStyle() || i - pos > 1500 || !d.singleQuoteStyle() && i - pos > 600) {
                        return -1;
                    }
                    if ((c == '’' || c == '\'') && i > pos) {
                        char b = d.at(i - 1);
                        boolean punctBefore = b == ',' || b == '.' || b == '?' || b == '!';
                        boolean end = i + 1 >= d.pEnd[p] || !Character.isLetterOrDigit(d.at(i + 1));
                        if (punctBefore && end) {
                            return i;
                        }
                        // British style closes before the punctuation: ‘…’, he said; "allies’ plans" is a plural
                        // possessive, "Armenia’s" an apostrophe
                        boolean possessive = b == 's' && i + 2 < d.pEnd[p] && d.at(i + 1) == ' '
                                && Character.isLowerCase(d.at(i + 2)) && !linkWordAt(d, i + 2, p);
                        if (c == '’' && d.singleQuoteStyle() && end && (Character.isLetterOrDigit(b) || b == ')')
                                && !possessive) {
                            return i;
                        }
                    }
                    break;
                default:
                    if (c == '"' && closerContext(d, i, p)) {
                        return i;
                    }
                    break;
            }
        }
        return -1;
    }

    private static final java.util.Set<String> LINK_WORDS = java.util.Set.of("and", "or", "but", "that", "which",
            "as", "to", "in", "on", "at", "for", "from", "with", "while", "when", "after", "before", "because", "he",
            "she", "they", "it", "said", "says", "adding");

    /**
     * Whether the word at pos is a conjunction, preposition or pronoun: "about this’ and" closes a quotation, but
     * "the allies’ and partners’ support" joins two plural possessives.
     */
    private static boolean linkWordAt(Doc d, int pos, int p) {
        int e = pos;
        while (e < d.pEnd[p] && Character.isLetter(d.at(e))) {
            e++;
        }
        if (!LINK_WORDS.contains(d.text.substring(pos, e))) {
            return false;
        }
        int n = e + 1;
        while (n < d.pEnd[p] && Character.isLetter(d.at(n))) {
            n++;
        }
        return !(n < d.pEnd[p] && n > e + 2 && d.at(n - 1) == 's' && (d.at(n) == '’' || d.at(n) == '\''));
    }

    private static boolean isCloserOf(Doc d, int family, int i, int p) {
        char c = d.at(i);
        switch (family) {
            case FAM_DOUBLE:
                return c == '”' || c == '″';
            case FAM_LOW:
                return c == '“' || c == '”';
            case FAM_GUIL:
                return c == '»';
            case FAM_SINGLE:
                return false;
            default:
                return c == '"' && closerContext(d, i, p);
        }
    }

    private static boolean isMark(char c) {
        return c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '"' || c == '″';
    }

    /** Position of an opening mark that starts paragraph p, or -1. */
    private static int openerAtStart(Doc d, int p) {
        int i = d.pStart[p];
        if (i < d.pEnd[p]) {
            char c = d.at(i);
            if (c == '“' || c == '„' || c == '«' || ((c == '"' || c == '”') && openerContext(d, i, p))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Seed-002 style: mark-less middle paragraphs and a later paragraph whose first mark closes the quotation,
     * followed by an attribution. Returns the closing mark position or -1.
     */
    private static int laterClose(Doc d, int family, int fromPara, boolean openedParagraph) {
        int limit = Math.min(d.n - 1, fromPara + MAX_OPEN_PARAGRAPHS);
        for (int q = fromPara; q <= limit; q++) {
            int first = -1;
            for (int i = d.pStart[q]; i < d.pEnd[q]; i++) {
                if (isMark(d.at(i))) {
                    first = i;
                    break;
                }
            }
            if (first < 0) {
                continue;
            }
            if (!isCloserOf(d, family, first, q)) {
                return -1;
            }
            if (openedParagraph && endsParagraph(d, first, q)) {
                return first; // said: «… (paragraphs) … deepen».
            }
            Matcher m = Lexicon.AFTER.matcher(d.text);
            m.region(first + 1, d.pEnd[q]);
            if (m.lookingAt() && SubjectPhrases.validSubject(m.group("inv") != null ? m.group("inv")
                    : m.group("sub"), m.group("inv") != null)) {
                return first;
            }
            return -1;
        }
        return -1;
    }

    /** Whether only closing punctuation follows position i in paragraph q. */
    private static boolean endsParagraph(Doc d, int i, int q) {
        for (int k = i + 1; k < d.pEnd[q]; k++) {
            char c = d.at(k);
            if (c != '.' && c != '!' && c != '?' && !Lexicon.isWs(c)) {
                return false;
            }
        }
        return true;
    }

    /** Trailing attribution of an unclosed quotation: {cut position} with np, or null. */
    private static Object[] trailingAttribution(Doc d, int from, int to) {
        int lo = Math.max(from, to - 220);
        Matcher m = Lexicon.TAIL.matcher(d.text);
        for (int i = to - 1; i >= lo; i--) {
            if (d.at(i) != ',') {
                continue;
            }
            m.region(i, to);
            if (m.matches()) {
                boolean inv = m.group("inv") != null;
                String np = inv ? m.group("inv") : m.group("sub");
                if (SubjectPhrases.validSubject(np, inv)) {
                    return new Object[] {i, np, inv};
                }
            }
        }
        return null;
    }

    static List<Span> findSpans(Doc d) {
        List<Span> out = new ArrayList<>();
        int p = 0;
        int pos = d.pStart[0];
        while (p < d.n) {
            int[] op = nextOpener(d, p, pos);
            if (op == null) {
                p++;
                if (p < d.n) {
                    pos = d.pStart[p];
                }
                continue;
            }
            Span s = new Span(p, op[0], op[1]);
            int segStart = op[0] + 1;
            int cp = p;
            while (true) {
                int close = findClose(d, s.family, cp, segStart);
                if (close >= 0) {
                    s.segs.add(new int[] {segStart, close});
                    s.closeMark = close;
                    s.lastPara = cp;
                    p = cp;
                    pos = close + 1;
                    break;
                }
                int pe = d.pEnd[cp];
                if (s.family == FAM_SINGLE) {
                    s.segs.clear();
                    p = cp;
                    pos = s.openMark + 1;
                    break;
                }
                Object[] ta = trailingAttribution(d, segStart, pe);
                if (ta != null) {
                    s.segs.add(new int[] {segStart, (Integer) ta[0]});
                    s.tailNp = (String) ta[1];
                    s.tailInverted = (Boolean) ta[2];
                    s.unclosed = true;
                    s.lastPara = cp;
                    p = cp;
                    pos = pe;
                    break;
                }
                if (cp + 1 < d.n && openerAtStart(d, cp + 1) >= 0) {
                    s.segs.add(new int[] {segStart, pe});
                    cp++;
                    segStart = d.pStart[cp] + 1;
                    continue;
                }
                int later = cp + 1 < d.n ? laterClose(d, s.family, cp + 1,
                        s.openMark == d.pStart[s.para] && d.at(s.openMark) != '"') : -1;
                if (later >= 0) {
                    s.segs.add(new int[] {segStart, pe});
                    int lp = d.paraOf(later);
                    for (int m = cp + 1; m < lp; m++) {
                        if (d.pEnd[m] > d.pStart[m]) {
                            s.segs.add(new int[] {d.pStart[m], d.pEnd[m]});
                        }
                    }
                    s.segs.add(new int[] {d.pStart[lp], later});
                    s.closeMark = later;
                    s.lastPara = lp;
                    p = lp;
                    pos = later + 1;
                    break;
                }
                s.segs.add(new int[] {segStart, pe});
                s.unclosed = true;
                s.lastPara = cp;
                p = cp;
                pos = pe;
                break;
            }
            trimSegments(d, s);
            if (!s.segs.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Trims whitespace at both ends and a trailing comma (or dash) before an attribution. */
    private static void trimSegments(Doc d, Span s) {
        List<int[]> segs = s.segs;
        for (int[] g : segs) {
            while (g[0] < g[1] && Lexicon.isWs(d.at(g[0]))) {
                g[0]++;
            }
            while (g[1] > g[0] && Lexicon.isWs(d.at(g[1] - 1))) {
                g[1]--;
            }
        }
        segs.removeIf(g -> g[1] <= g[0]);
        if (segs.isEmpty()) {
            return;
        }
        int[] last = segs.get(segs.size() - 1);
        while (last[1] > last[0]) {
            char c = d.at(last[1] - 1);
            if (c == ',' || c == ';' || Lexicon.isWs(c) || ((c == '-' || c == '–' || c == '—')
                    && last[1] - 2 >= last[0] && Lexicon.isWs(d.at(last[1] - 2)))) {
                last[1]--;
            } else {
                break;
            }
        }
        segs.removeIf(g -> g[1] <= g[0]);
    }

    private static String buildText(Doc d, Span s) {
        StringBuilder sb = new StringBuilder();
        for (int[] g : s.segs) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(d.text, g[0], g[1]);
        }
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c != ' ' && Lexicon.isWs(c) || c == ' ' && i + 1 < sb.length() && sb.charAt(i + 1) == ' ') {
                return Lexicon.WS.matcher(sb).replaceAll(" ").trim();
            }
        }
        return sb.toString().trim();
    }
}
