package org.alliancetimeline.ingest.quotes;

import java.util.regex.Matcher;

import org.alliancetimeline.ingest.quotes.QuoteExtractor.Doc;
import org.alliancetimeline.ingest.quotes.QuoteExtractor.Span;

/** Rejects spans that are not quotations: scare quotes, names of programmes or documents, headlines. */
final class Filters {
    private Filters() {
    }

    static boolean reject(Doc d, Span s) {
        String t = s.text;
        int spaces = 0;
        for (int i = 0; i < t.length() && spaces <= 15; i++) {
            if (t.charAt(i) == ' ') {
                spaces++;
            }
        }
        int nWords = 0;
        int capital = 0;
        int significant = 0;
        if (spaces <= 14) {
            for (String w : t.split(" ")) {
                String core = stripPunct(w);
                if (core.isEmpty()) {
                    continue;
                }
                nWords++;
                if (Lexicon.SMALL_WORDS.contains(Lexicon.lower(core))) {
                    continue;
                }
                significant++;
                char c = core.charAt(0);
                if (Character.isUpperCase(c) || Character.isDigit(c)) {
                    capital++;
                }
            }
        } else {
            nWords = spaces + 1;
        }
        char lastChar = t.charAt(t.length() - 1);
        boolean terminal = lastChar == '.' || lastChar == '!' || lastChar == '?' || lastChar == '…';
        boolean commaBeforeClose = s.closeMark > 0 && d.at(s.closeMark - 1) == ',';
        boolean adjacentAttribution = nWords <= 8 && s.closeMark >= 0 && hasAdjacentAttribution(d, s);

        // scare quotes: one or two words, unless clearly a spoken utterance ("Never," he said.)
        if (nWords <= 2) {
            return !(adjacentAttribution && (terminal || commaBeforeClose));
        }
        boolean shortTerm = nWords <= 3 && Character.isLowerCase(t.charAt(0)) && !adjacentAttribution
                && midSentence(d, s);
        // a verbless three-word term inside a clause that goes on after it: continue "business as usual" with Russia
        // (after "Stoltenberg said China is" the same words are his: "not our adversary"; after a preposition,
        // return to "life as before", they are still a term)
        if (shortTerm && s.closeMark >= 0 && !hasVerb(t) && clauseGoesOn(d, s)
                && (!verbBefore(d, s) || prepositionBefore(d, s) || !hasVoice(t))) {
            return true;
        }
        // short lower-case phrases with no reporting verb around them are terms, not quotations:
        // the "coalition of the willing"
        boolean strictSingle = s.family == QuoteExtractor.FAM_SINGLE && !d.singleQuoteStyle();
        if ((nWords <= 4 && !terminal || strictSingle) && !adjacentAttribution
                && !verbBefore(d, s)) {
            return true;
        }
        // a term introduced by an article: agree on a "bridge to membership"
        if (nWords <= 4 && !terminal && !adjacentAttribution && determinerBefore(d, s) && !verbJustBefore(d, s)
                && !COORDINATED_JUDGEMENT.matcher(t.trim()).matches()) { // (a "dim, if not dismal" future is his)
            return true; // (but "he called for a “swift, resolute and united” response" quotes him)
        }
        // introduced as a name: so-called "…", dubbed "…", the programme "…"
        int lineStart = d.pStart[s.para];
        String before = d.text.substring(Math.max(lineStart, s.openMark - 40), s.openMark);
        if (nWords <= 8 && (!terminal || shortTerm)) {
            Matcher intro = Lexicon.TITLE_INTRO.matcher(before);
            if (intro.find() && !(Lexicon.NAMING_NOUN.matcher(intro.group()).lookingAt() && opensWithVerb(t))) {
                return true;
            }
        }
        // title-case short phrases: "Enhanced Opportunities Partner", "Readiness Action Plan"
        // and the titles of conferences and papers with a subtitle: "NATO and the Gulf: The Istanbul Cooperation
        // Initiative Four Years On"
        // or a long one ("Founding Act on Mutual Relations, Cooperation and Security between NATO and the Russian
        // Federation")
        if ((nWords <= 8 && !commaBeforeClose || nWords <= 15 && (t.contains(": ") || significant >= 5))
                && !terminal && significant > 0
                && capital == significant && !adjacentAttribution) {
            return true;
        }
        // headline-like: quotation opening the paragraph followed by a colon, paragraph without final stop
        if (s.closeMark >= 0 && s.openMark == lineStart) {
            int after = s.closeMark + 1;
            int pe = d.pEnd[s.lastPara];
            if (after < pe && d.at(after) == ':') {
                char end = d.at(pe - 1);
                if (end != '.' && end != '!' && end != '?' && end != '”' && end != '"') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a short phrase carries its speaker's voice (a negation, a first person, a pointing word or an
     * indefinite judgement: "not our adversary", "at this stage", "a serious one") rather than naming a thing
     * ("business as usual").
     */
    /** A lower-case word with an adjective's ending: "illegal", "illegitimate", "unacceptable", "dangerous". */
    private static final String ADJECTIVE = "\\p{Ll}{2,}(?:al|ate|ble|ous|ic|ive|ful|less|ent|ant|ary|ed|en)";

    private static boolean hasVoice(String t) {
        if (COORDINATED_JUDGEMENT.matcher(t.trim()).matches()) {
            return true; // "illegal and illegitimate", "dim, if not dismal": a judgement in the speaker's words
        }
        for (String raw : t.split(" ")) {
            if (VOICE_WORDS.contains(Lexicon.lower(stripPunct(raw)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two judging adjectives ("illegal and illegitimate", "unjust and unacceptable") or a judgement and its
     * correction ("dim, if not dismal"); not a compound noun ("command and control", "law and order").
     */
    private static final java.util.regex.Pattern COORDINATED_JUDGEMENT = java.util.regex.Pattern.compile(
            "(?:" + ADJECTIVE + " (?:and|or) (?:" + ADJECTIVE + "|\\p{Ll}{3,}ing)"
                    + "|\\p{Ll}{3,},? (?:but|if not|yet) \\p{Ll}{3,})[.,]?");

    private static final java.util.Set<String> VOICE_WORDS = Lexicon.set("not", "no", "never", "our", "we", "us",
            "my", "i", "me", "this", "these", "now", "here", "very", "too", "a", "an");

    /** Whether a short phrase holds a finite verb or an infinitive: "every day counts", "ready to discuss". */
    private static boolean hasVerb(String t) {
        boolean afterTo = false;
        for (String raw : t.split(" ")) {
            String w = Lexicon.lower(stripPunct(raw));
            if (afterTo || FINITE_WORDS.contains(w) || w.length() > 4 && (w.endsWith("ed") || w.endsWith("s")
                    && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is"))) {
                return true;
            }
            afterTo = w.equals("to");
        }
        return false;
    }

    /** Whether the opening mark follows a word of the same clause rather than a colon or the paragraph start. */
    private static boolean midSentence(Doc d, Span s) {
        int e = s.openMark;
        int ps = d.pStart[s.para];
        while (e > ps && Lexicon.isWs(d.at(e - 1))) {
            e--;
        }
        return e > ps && Character.isLetter(d.at(e - 1));
    }

    /** Whether the closing mark is followed, after a space, by a lower-case word of the same clause. */
    private static boolean clauseGoesOn(Doc d, Span s) {
        int i = s.closeMark + 1;
        int pe = d.pEnd[s.lastPara];
        if (i >= pe || !Lexicon.isWs(d.at(i))) {
            return false;
        }
        while (i < pe && Lexicon.isWs(d.at(i))) {
            i++;
        }
        return i < pe && Character.isLowerCase(d.at(i));
    }

    /** Whether a reporting verb stands among the four words before the opening mark: "called for a “…”". */
    private static boolean verbJustBefore(Doc d, Span s) {
        int ps = d.pStart[s.para];
        int st = s.openMark;
        for (int words = 0; st > ps && words < 4; ) {
            st--;
            if (Lexicon.isWs(d.at(st)) && st > ps && !Lexicon.isWs(d.at(st - 1))) {
                words++;
            }
            char c = d.at(st);
            if (c == '.' || c == ',' || c == ';' || c == ':') {
                break;
            }
        }
        return !Lexicon.verbHits(d.text, st, s.openMark, 1).isEmpty();
    }

    private static boolean prepositionBefore(Doc d, Span s) {
        String w = wordBefore(d, s);
        return w != null && Lexicon.PREPOSITIONS.contains(w);
    }

    /** The word right before the opening mark, lower case, or null. */
    private static String wordBefore(Doc d, Span s) {
        int e = s.openMark;
        int ps = d.pStart[s.para];
        while (e > ps && Lexicon.isWs(d.at(e - 1))) {
            e--;
        }
        int b = e;
        while (b > ps && Character.isLetter(d.at(b - 1))) {
            b--;
        }
        return b == e || e - b > 12 ? null : Lexicon.lower(d.text.substring(b, e));
    }

    private static boolean determinerBefore(Doc d, Span s) {
        String w = wordBefore(d, s);
        if (w == null) {
            return false;
        }
        return w.equals("a") || w.equals("an") || w.equals("the") || w.equals("its") || w.equals("their")
                || w.equals("our") || w.equals("this") || w.equals("his") || w.equals("her");
    }

    /** Whether the sentence before the opening mark holds a reporting verb or "according to". */
    private static boolean verbBefore(Doc d, Span s) {
        int ps = d.pStart[s.para];
        int st = Math.max(ps, s.openMark - 400);
        for (int i = s.openMark - 2; i > st; i--) {
            char c = d.at(i);
            if ((c == '.' || c == '!' || c == '?') && Lexicon.isWs(d.at(i + 1))) {
                st = i + 1;
                break;
            }
        }
        return !Lexicon.verbHits(d.text, st, s.openMark, 1).isEmpty();
    }

    private static boolean hasAdjacentAttribution(Doc d, Span s) {
        Matcher m = Lexicon.AFTER.matcher(d.text);
        m.region(s.closeMark + 1, d.pEnd[s.lastPara]);
        if (!m.lookingAt()) {
            return false;
        }
        boolean inv = m.group("inv") != null;
        return SubjectPhrases.validSubject(inv ? m.group("inv") : m.group("sub"), inv);
    }

    /**
     * Whether a quotation opens with a finite verb, so that it completes the clause of a noun before it: NATO's
     * plan "threatens strategic stability" is a quotation, the plan "Eastern Sentry" a name.
     */
    private static boolean opensWithVerb(String t) {
        int space = t.indexOf(' ');
        String w = stripPunct(space < 0 ? t : t.substring(0, space));
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        return FINITE_WORDS.contains(w) || w.length() > 4 && (w.endsWith("ed") || w.endsWith("s")
                && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is"));
    }

    private static final java.util.Set<String> FINITE_WORDS = Lexicon.set("is", "was", "are", "were", "has",
            "had", "have", "will", "would", "could", "can", "must", "should", "may", "might", "does", "did");

    static String stripPunct(String w) {
        int a = 0;
        int b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
            b--;
        }
        return w.substring(a, b);
    }
}
