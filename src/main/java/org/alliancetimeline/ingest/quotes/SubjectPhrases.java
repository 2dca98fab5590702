package org.alliancetimeline.ingest.quotes;

import static org.alliancetimeline.ingest.quotes.NameShapes.*;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The noun phrase that speaks: the subject before a reporting verb, the subject opening a sentence, and whether a
 * phrase can be a speaker at all. Plain functions of the text around a verb; no state.
 */
final class SubjectPhrases {
    private SubjectPhrases() {
    }

    static final Set<String> AUX = Lexicon.set("is", "are", "was", "were", "be", "been", "do", "does", "did",
            "not", "to", "will", "would", "can", "could", "should", "may", "might", "must");

    /** Counts before unnamed speakers: "three diplomatic sources", "one of the sources". */
    static final Set<String> QUANTIFIERS = Lexicon.set("two", "three", "four", "five", "several", "some",
            "many", "both", "one", "each");

    static final Set<String> POSSESSIVES = Lexicon.set("his", "her", "its", "their");

    static final Set<String> ISSUER_WORDS = Lexicon.set("ministry", "government", "kremlin", "office",
            "department", "council", "commission", "presidency", "embassy", "army", "command", "cabinet",
            "parliament", "white house", "pentagon", "service", "party", "consulate");

    /** Lower-case words that may open a speaker's noun phrase: "said former NATO chief Anders Fogh Rasmussen". */
    static final Set<String> LOWER_MODIFIERS = Lexicon.set("former", "senior", "top", "acting", "outgoing",
            "incoming", "then");

    /** Titles followed by "to": "Ambassador to NATO", "Special Representative to the Alliance". */
    static final Set<String> TITLES_WITH_TO = Lexicon.set("ambassador", "ambassadors", "envoy",
            "representative", "adviser", "advisor", "delegate", "counsellor", "attaché", "attache");

    /** A relative clause after a name: "an official who asked not to be named". */
    static final Pattern RELATIVE_CLAUSE = Pattern.compile("\\s+(?:who|whose|which)\\s");

    /** The noun phrase directly before a verb at index v of s, or null. */
    static String subjectBefore(String s, int v) {
        int from = Math.max(0, v - 300);
        while (from > 0 && from < v && !Lexicon.isWs(s.charAt(from - 1))) {
            from++; // start at a word boundary
        }
        String head = s.substring(from, v).trim();
        if (head.isEmpty()) {
            return null;
        }
        String[] toks = Lexicon.WS.split(head);
        int end = toks.length;
        while (end > 0 && isAdverb(toks[end - 1])) {
            end--;
        }
        if (end > 2 && Lexicon.lower(toks[end - 2]).equals("on") && WEEKDAYS.contains(Lexicon.lower(toks[end - 1]))) {
            end -= 2; // "President Yoon Suk Yeol on Wednesday called"
            while (end > 0 && isAdverb(toks[end - 1])) {
                end--;
            }
        }
        if (end == 0) {
            return null;
        }
        // "President Elena Varga in her message to the meeting said": the subject before the phrase
        // "… was attended by Deputy Secretary General Rose Gottemoeller, who described": the capitalised phrase before
        if (end >= 2 && toks[end - 1].equals("who") && toks[end - 2].endsWith(",")
                && Character.isUpperCase(toks[end - 2].charAt(0))) {
            int k = end - 2;
            while (k > 0 && end - 2 - k < 10 && !toks[k - 1].isEmpty() && Character.isUpperCase(toks[k - 1].charAt(0))
                    && !endsWithPunct(toks[k - 1])) {
                k--;
            }
            return collect(Arrays.copyOfRange(toks, k, end - 1), end - 1 - k);
        }
        // "Ayman Safadi, who represented Jordan at the sessions, said": the name before the relative clause
        if (toks[end - 1].endsWith(",")) {
            for (int w = end - 2; w > 0 && w >= end - 16 && !endsSentence(toks[w]); w--) {
                if (toks[w].equals("who") && toks[w - 1].endsWith(",") && Character.isUpperCase(toks[w - 1].charAt(0))) {
                    return collect(toks, w);
                }
            }
        }
        for (int i = end - 2; i > 0 && i >= end - 12 && !endsWithPunct(toks[i]); i--) {
            String l = Lexicon.lower(toks[i]);
            if ((l.equals("in") || l.equals("at") || l.equals("during")) && (POSSESSIVES.contains(
                    Lexicon.lower(toks[i + 1])) || isArticle(toks[i + 1])) && Character.isUpperCase(toks[i - 1].charAt(0))
                    && !endsWithPunct(toks[i - 1])) {
                // "… Andrey Sorokin in a conversation with a correspondent of RIA-Vesti noted"
                end = i;
                break;
            }
        }
        for (int w = end - 2; w > 0 && w >= end - 16 && !endsSentence(toks[w]); w--) {
            if (toks[w].equals("who") && Character.isUpperCase(toks[w - 1].charAt(0))
                    && !endsWithPunct(toks[w - 1]) && !toks[end - 1].endsWith(",")) {
                // "President Vladimir Putin who took part in the council on Friday earlier declared"
                return collect(toks, w);
            }
        }
        String beforeVerb = Lexicon.lower(toks[end - 1]);
        if (end > 1 && (beforeVerb.equals("it") || beforeVerb.equals("he") || beforeVerb.equals("she"))
                && !toks[end - 2].endsWith(",") && (Character.isLowerCase(toks[end - 2].charAt(0))
                || prepositionShortlyBefore(toks, end - 2))) {
            // and "On Wednesday he wrote"
            return beforeVerb; // "In a statement after the summit it said": the pronoun alone
        }
        if (beforeVerb.equals("and") || beforeVerb.equals("but")) {
            // "The Secretary General welcomed the decision and said “…”": the sentence's subject
            return leadingSubject(toks, end - 1);
        }
        if (!toks[end - 1].endsWith(",")) {
            // relative clause without commas is rare; "Kuleba who said" → Kuleba
            if (Lexicon.lower(toks[end - 1]).equals("who") && end > 1) {
                return collect(toks, end - 1);
            }
            return collect(toks, end);
        }
        // "X, <appositive or relative clause or participle phrase>, said"
        int close = end - 1;
        int open = close - 1;
        while (open >= 0 && !toks[open].endsWith(",") && close - open < 24) {
            open--;
        }
        if (open < 0 || !toks[open].endsWith(",")) {
            return null;
        }
        String subject = collect(toks, open + 1);
        String inner = String.join(" ", Arrays.copyOfRange(toks, open + 1, close + 1));
        inner = stripTrailing(inner);
        String firstInner = Lexicon.lower(toks[open + 1]);
        if (subject == null) {
            return null;
        }
        if (firstInner.equals("who") || firstInner.equals("which") || firstInner.endsWith("ing")
                || Lexicon.PREPOSITIONS.contains(firstInner) || !validSubject(inner, false)) {
            return subject;
        }
        return subject + ", " + inner;
    }

    /** The noun phrase opening a sentence (after a leading "On Tuesday," phrase), or null. */
    static String leadingSubject(String[] toks, int limit) {
        limit = Math.min(limit, toks.length);
        int i = datelineTokens(toks);
        if (i < limit && LEADING_CONJUNCTIONS.contains(toks[i])) {
            i++; // "But right-wing nationalist Christoph Blocher … has attacked"
        } else if (i < limit && (Lexicon.PREPOSITIONS.contains(Lexicon.lower(toks[i]))
                || Lexicon.STOP_BEFORE_NP.contains(Lexicon.lower(toks[i])))) {
            // "On Tuesday, …", "As the clock ticked, he …": the subject follows the leading phrase or clause
            while (i < limit && !toks[i].endsWith(",")) {
                i++;
            }
            i++;
        }
        // "right-wing nationalist Christoph Blocher": lower-case descriptors before a full name (not "speaking to Le
        // Monde": a participle or a preposition leads to an object)
        for (int k = i; k < limit - 1 && k < i + 3 && !toks[k].isEmpty() && Character.isLowerCase(toks[k].charAt(0))
                && !Lexicon.DETERMINERS.contains(toks[k]) && !endsWithPunct(toks[k]) && !isVerbForm(toks[k])
                && !Lexicon.PREPOSITIONS.contains(toks[k]) && !Lexicon.STOP_BEFORE_NP.contains(toks[k]); k++) {
            if (Character.isUpperCase(toks[k + 1].charAt(0)) && k + 2 < limit
                    && Character.isUpperCase(toks[k + 2].charAt(0)) && !endsWithPunct(toks[k + 1])) {
                i = k + 1;
                break;
            }
        }
        int start = i;
        while (i < limit && i - start < 8) {
            String t = toks[i];
            String l = Lexicon.lower(Filters.stripPunct(t));
            boolean ok = !t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || Lexicon.DETERMINERS.contains(l)
                    || NAME_PARTICLES.contains(l) || i > start && (isRoleNoun(l) || l.equals("leaders"))
                    || i > start && ISSUER_WORDS.contains(l) && !endsWithPunct(toks[i - 1])
                    // "A spokesman for the Russian embassy in Brussels declined … but said"
                    || i > start && (l.equals("for") || l.equals("of") || l.equals("in") || l.equals("at"))
                    && (Lexicon.OFFICIAL_HEADS.contains(Lexicon.lower(Filters.stripPunct(toks[i - 1])))
                    || ISSUER_WORDS.contains(Lexicon.lower(toks[i - 1])) && i + 1 < limit
                    && Character.isUpperCase(toks[i + 1].charAt(0))));
            if (i == start && (l.equals("he") || l.equals("she"))) {
                return l; // "As the clock ticked, he moved a knight and added"
            }
            if (!ok) {
                break;
            }
            i++;
            boolean initial = t.length() == 2 && t.charAt(1) == '.' && Character.isUpperCase(t.charAt(0));
            if (endsWithPunct(t) && !initial) { // (but "R. Meredov" goes on after its initial)
                break;
            }
        }
        if (i == start) {
            return null;
        }
        if (toks[i - 1].endsWith(",")) {
            // "Its leader, Hristijan Mickoski, called …": the name in the appositive
            int e = i;
            while (e < limit && e < i + 4 && !toks[e].isEmpty() && Character.isUpperCase(toks[e].charAt(0))
                    && !toks[e].endsWith(",")) {
                e++;
            }
            if (e < limit && e > i && toks[e].endsWith(",") && Character.isUpperCase(toks[e].charAt(0))
                    && extractName(Arrays.copyOfRange(toks, i, e + 1)) != null) {
                i = e + 1;
            }
        }
        return stripTrailing(String.join(" ", Arrays.copyOfRange(toks, start, i)));
    }

    private static final Set<String> LEADING_CONJUNCTIONS = Set.of("But", "And", "Yet");

    /** A participle or past form: "speaking", "contacted". */
    private static boolean isVerbForm(String w) {
        return w.length() > 4 && w.indexOf('-') < 0 && (w.endsWith("ing") || w.endsWith("ed")); // not "right-wing"
    }

    static boolean isRoleNoun(String l) {
        return Lexicon.ROLE_WORDS.contains(l) || Lexicon.OFFICIAL_HEADS.contains(l)
                || Lexicon.GENERIC_PERSON_HEADS.contains(l) || Lexicon.ORG_HEADS.contains(l);
    }

    /** Collects the noun phrase ending just before index end (exclusive), stripping a trailing comma. */
    static String collect(String[] toks, int end) {
        String[] t = toks.clone();
        if (end > 0) {
            t[end - 1] = stripTrailing(t[end - 1]);
        }
        int start = end;
        while (start > 0 && end - start < 10) {
            String w = t[start - 1];
            if (start - 1 < end - 1 && w.endsWith(",") && listInName(t, start - 1, end)) {
                start--;
                continue;
            }
            if (start - 1 < end - 1 && (w.endsWith(",") || w.endsWith(";") || w.endsWith(":") || w.endsWith(")")
                    || w.endsWith("”") || w.endsWith("\"") || w.endsWith("."))) {
                if (!(w.endsWith(".") && w.length() <= 4)) {
                    break;
                }
            }
            if (Lexicon.STOP_BEFORE_NP.contains(Lexicon.lower(w)) && !isCapitalAnd(t, start - 1)
                    || Filters.stripPunct(w).isEmpty()) {
                break;
            }
            start--;
            if (start > 0 && start < end - 1 && isArticle(t[start]) && startsLowerContentWord(t[start - 1])) {
                break; // "after the meeting the Secretary General declared": the phrase opens at its article
            }
        }
        if (start == end) {
            return null;
        }
        return String.join(" ", Arrays.copyOfRange(t, start, end));
    }

    /**
     * "Department of Defence, Civil Protection and Sport", "Ministry of Foreign Affairs, African Cooperation and
     * Moroccan Expatriates": the comma after toks[i] separates items of a capitalised list after "of" that ends
     * with "and" and another capitalised word before end.
     */
    static boolean listInName(String[] toks, int i, int end) {
        int item = i;
        while (item > 1 && item > i - 2 && Character.isUpperCase(toks[item - 1].charAt(0))) {
            item--;
        }
        if (item < 1 || !Character.isUpperCase(toks[i].charAt(0)) || !Lexicon.lower(toks[item - 1]).equals("of")
                || !Character.isUpperCase(toks[i + 1].charAt(0))) {
            return false;
        }
        for (int k = i + 2; k < end - 1 && k < i + 6; k++) {
            if (isCapitalAnd(toks, k)) {
                return true;
            }
            if (!Character.isUpperCase(toks[k].charAt(0))) {
                return false;
            }
        }
        return false;
    }

    static boolean isArticle(String w) {
        return w.equalsIgnoreCase("the") || w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an");
    }

    /** A lower-case word that cannot lead into a noun phrase's article: not a preposition, particle or modifier. */
    static boolean startsLowerContentWord(String w) {
        String l = Lexicon.lower(w);
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !Lexicon.PREPOSITIONS.contains(l)
                && !Lexicon.SMALL_WORDS.contains(l) && !QUANTIFIERS.contains(l) && !LOWER_MODIFIERS.contains(l)
                && !Lexicon.DETERMINERS.contains(l) && !Lexicon.STOP_BEFORE_NP.contains(l);
    }

    static boolean isCapitalAnd(String[] toks, int i) {
        return Lexicon.lower(toks[i]).equals("and") && i > 0 && i + 1 < toks.length
                && Character.isUpperCase(toks[i - 1].charAt(0)) && Character.isUpperCase(toks[i + 1].charAt(0));
    }

    static final Set<String> WEEKDAYS = Lexicon.set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** Whether a preposition opens one of the few words ending at index i: "On Wednesday", "In a post on X". */
    static boolean prepositionShortlyBefore(String[] toks, int i) {
        for (int k = i; k >= 0 && k > i - 5; k--) {
            if (endsSentence(toks[k]) && k < i) {
                return false;
            }
            if (Lexicon.PREPOSITIONS.contains(Lexicon.lower(toks[k]))) {
                return true;
            }
        }
        return false;
    }

    static boolean isAdverb(String t) {
        String l = Lexicon.lower(t);
        return Lexicon.ADVERB_WORDS.contains(l) || l.equals("said")
                // "has constantly called": a lower-case word in -ly before the verb, bar nouns such as "assembly"
                || l.length() > 5 && l.endsWith("ly") && Character.isLowerCase(t.charAt(0)) && !NOUNS_IN_LY.contains(l);
    }

    static final Set<String> NOUNS_IN_LY = Lexicon.set("assembly", "family", "supply", "rally", "monopoly",
            "anomaly");

    static String stripTrailing(String t) {
        int e = t.length();
        while (e > 0 && (t.charAt(e - 1) == ',' || t.charAt(e - 1) == ';')) {
            e--;
        }
        return t.substring(0, e);
    }

    /** Whether np could be the speaker of a reporting verb. */
    static boolean validSubject(String np, boolean inverted) {
        if (np == null) {
            return false;
        }
        String t = withoutExcellency(np.trim());
        Matcher relative = RELATIVE_CLAUSE.matcher(t);
        if (relative.find() && relative.start() > 0) {
            t = t.substring(0, relative.start()); // "an official who asked not to be named"
        }
        if (t.isEmpty()) {
            return false;
        }
        String[] toks = Lexicon.WS.split(t);
        if (toks.length > 10 && !nameSetOffAtStart(toks) && !(Character.isUpperCase(toks[0].charAt(0))
                && extractName(toks) != null && extractName(toks).indexOf(' ') > 0
                && (titleChainEnds(toks) || nameSetOffAtEnd(toks)))) {
            return false; // beyond ten words only a title chain or a description, ending in a full name
        }
        String first = Lexicon.lower(toks[0]);
        if (Lexicon.STOP_BEFORE_NP.contains(first) || AUX.contains(first)) {
            return false;
        }
        if (toks[0].endsWith(":") && toks[0].length() > 3 && toks[0].equals(toks[0].toUpperCase(java.util.Locale.ROOT))) {
            return false; // "ISLAMABAD: Pakistan on Saturday closed …": a dateline
        }
        if (inverted && toks.length == 1 && (first.equals("him") || first.equals("her") || first.equals("them"))) {
            return true; // "according to him"
        }
        boolean countedOfficials = QUANTIFIERS.contains(first)
                && Lexicon.OFFICIAL_HEADS.contains(Lexicon.lower(Filters.stripPunct(toks[toks.length - 1])));
        boolean ok = countedOfficials || Lexicon.PRONOUNS.contains(first) || Lexicon.DETERMINERS.contains(first)
                || isArabicArticleName(toks[0]) // "al-Attiyah told QNA"
                || Lexicon.HONORIFICS.contains(first) || Character.isUpperCase(toks[0].charAt(0))
                || (NAME_PARTICLES.contains(first) || LOWER_MODIFIERS.contains(first)) && capitalAfterParticles(toks);
        if (!ok && (inverted || toks.length <= 6) && toks.length > 2) {
            // "in the words of shadow trade minister Lina Holm", "“…,” military analyst Atiqullah Amarkhel said":
            // lower-case title words before a full name
            String name = extractName(toks);
            ok = name != null && name.indexOf(' ') > 0;
        }
        if (!ok && !inverted) {
            // "on Thursday Stoltenberg" style prepositional lead-in followed by a capitalised word
            ok = Lexicon.PREPOSITIONS.contains(first) && hasCapitalAfter(toks, 1);
        }
        if (!ok) {
            return false;
        }
        for (int i = 1; i < toks.length; i++) {
            String l = Lexicon.lower(toks[i]);
            if (l.equals("to") && TITLES_WITH_TO.contains(Lexicon.lower(toks[i - 1]))) {
                continue; // "Ambassador to NATO Julianne Smith"
            }
            if (AUX.contains(l) || Lexicon.PRONOUNS.contains(l) && !l.equals("it")) {
                return false;
            }
            // ("Liberal leader and Education Minister Jan Bjorklund": two titles of one named person)
            boolean titlesOfOne = l.equals("and") && i + 1 < toks.length
                    && Character.isUpperCase(toks[i + 1].charAt(0)) && titleChainToName(toks, i + 1);
            if (Lexicon.STOP_BEFORE_NP.contains(l) && !isCapitalAnd(toks, i) && !titlesOfOne) {
                return false;
            }
        }
        if (Lexicon.PRONOUNS.contains(first) && toks.length > 1) {
            return false;
        }
        return true;
    }

    /**
     * Whether the words after the last comma are a full name, after any courtesy title: "The Labour Party spokesman on
     * foreign affairs, Mr Michael D. Higgins".
     */
    static boolean nameSetOffAtEnd(String[] toks) {
        int k = toks.length - 1;
        while (k > 0 && !toks[k - 1].endsWith(",")) {
            k--;
        }
        if (k == 0) {
            return false;
        }
        while (k < toks.length - 1 && isCourtesyTitle(toks[k])) {
            k++;
        }
        for (int i = k; i < toks.length; i++) {
            if (!Character.isUpperCase(toks[i].charAt(0))) {
                return false;
            }
        }
        return toks.length - k >= 2;
    }

    /**
     * Whether the words before the first comma are a full name, after any honorifics, and a title follows: "H.H.
     * Sheikh Hamdan bin Zayed Al Nahyan, Minister of State for Foreign Affairs".
     */
    static boolean nameSetOffAtStart(String[] toks) {
        int k = 0;
        while (k < toks.length - 1 && (isCourtesyTitle(toks[k]) || honorificEndingAt(toks, k) > 0)) {
            k++;
        }
        int words = 0;
        for (int i = k; i < toks.length; i++) {
            String core = Filters.stripPunct(toks[i]);
            if (core.isEmpty() || !Character.isUpperCase(core.charAt(0)) && !isNameParticle(core)) {
                return false;
            }
            words++;
            if (toks[i].endsWith(",")) {
                return words >= 2 && i + 1 < toks.length && Character.isUpperCase(toks[i + 1].charAt(0));
            }
        }
        return false;
    }

    /** Whether the words from i on are capitalised and end in a full name: "Education Minister Jan Bjorklund". */
    static boolean titleChainToName(String[] toks, int i) {
        for (int k = i; k < toks.length; k++) {
            if (!Character.isUpperCase(toks[k].charAt(0)) || endsWithPunct(toks[k]) && k < toks.length - 1) {
                return false;
            }
        }
        String name = extractName(Arrays.copyOfRange(toks, i, toks.length));
        return name != null && name.indexOf(' ') > 0 && toks.length - i >= 3;
    }

    /** Whether every word is capitalised or a linking word of a title: "Ambassador to Belgium and Head of Mission". */
    static boolean titleChainEnds(String[] toks) {
        for (String t : toks) {
            String l = Lexicon.lower(t);
            if (!Character.isUpperCase(t.charAt(0)) && !l.equals("to") && !l.equals("of") && !l.equals("and")
                    && !l.equals("for") && !l.equals("the") && !NAME_PARTICLES.contains(l)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the first word after toks[0] and any name particles is capitalised: "von der Leyen". */
    static boolean capitalAfterParticles(String[] toks) {
        int i = 1;
        while (i < toks.length && NAME_PARTICLES.contains(toks[i])) {
            i++;
        }
        return i < toks.length && Character.isUpperCase(toks[i].charAt(0));
    }

    static boolean hasCapitalAfter(String[] toks, int from) {
        for (int i = from; i < toks.length; i++) {
            if (Character.isUpperCase(toks[i].charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
