package org.alliancetimeline.ingest.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of names and of the words around them, as written: particles, initials, honorifics, patronymics,
 * datelines, acronyms, and the person's name at the end of a noun phrase. Plain functions of the text, shared by the
 * speaker resolver's scans; no state.
 */
final class NameShapes {
    private NameShapes() {
    }

    static final Set<String> NAME_PARTICLES = Lexicon.set("von", "van", "der", "de", "da", "al", "bin", "la",
            "le", "du", "del", "ter", "ten", "dos", "bint", "ibn", "af", "ould", "ó");

    /** "G.Zandanshatar": an initial written onto its surname. */
    static final Pattern INITIAL_AND_SURNAME = Pattern.compile("\\p{Lu}\\.\\p{Lu}\\p{Ll}+");

    /** "II" in "King Hassan II". */
    static final Pattern REGNAL_NUMBER = Pattern.compile("I{2,3}|IV|VI{0,3}");

    /**
     * A dateline opening a noun phrase: a place in capitals with a dash or colon, or a place (with a date) and a
     * dash, then a capital ("BRUSSELS, Jan. 12 Kyodo - ", "BUCHAREST -- ", "ISLAMABAD, Nov 24 (APP): ", "Washington,
     * July 11 (Petra) -- ", "Rabat - Prime Minister"); not "Sikorski – never one to mince words –".
     */
    static final Pattern DATELINE_LEAD = Pattern.compile(
            "(?:\\p{Lu}{3,}(?:[ .'-]+\\p{Lu}{2,}){0,3}(?:,[^-–—:]{1,40}?)?(?:\\s+[-–—]{1,2}|:)"
                    + "|\\p{Lu}\\p{L}+(?:,[^-–—:]{0,40}?\\d[^-–—:]{0,30}?)?\\s+[-–—]{1,2})\\s+(?=\\p{Lu})");

    /** A person's name at the end of a noun phrase ("NATO Secretary General Jens Stoltenberg"), or null. */
    static String extractName(String[] toks) {
        List<String> run = new ArrayList<>();
        String stop = "";
        for (int i = toks.length - 1; i >= 0 && nameWords(run) < 4; i--) {
            String core = Filters.stripPunct(toks[i]);
            if (core.isEmpty()) {
                break;
            }
            String lc = Lexicon.lower(core);
            stop = lc;
            boolean cap = Character.isUpperCase(core.charAt(0));
            if (honorificEndingAt(toks, i) > 0) {
                break;
            }
            if (!cap && !(NAME_PARTICLES.contains(lc) && !run.isEmpty()) && !isArabicArticleName(core)) {
                break;
            }
            if (run.isEmpty() && i > 0 && REGNAL_NUMBER.matcher(core).matches()) {
                run.add(core); // "King Hassan II"
                continue;
            }
            if (Lexicon.NOT_NAME.contains(lc) || Lexicon.ROLE_WORDS.contains(lc) || isAcronym(core)
                    || core.endsWith("’s") || core.endsWith("'s") || Lexicon.PREPOSITIONS.contains(lc)) {
                break;
            }
            if (i < toks.length - 1 && endsWithPunct(toks[i]) && !toks[i].endsWith(".")) {
                break;
            }
            run.add(0, i < toks.length - 1 ? initialled(toks[i], core) : core);
            if (INITIAL_AND_SURNAME.matcher(core).matches()) {
                break; // "… and Trade G.Zandanshatar": an initial opens the name
            }
        }
        if (run.isEmpty() || nameWords(run) == 0) {
            return null;
        }
        if (nameWords(run) > 3) {
            run = run.subList(run.size() - (isPatronymic(run.get(run.size() - 2)) ? 3 : 2), run.size());
        }
        if (nameWords(run) == 3 && !isPatronymic(run.get(1)) && PersonGender.ofGivenName(run.get(0)) == PersonGender.UNKNOWN && (stop.equals("of")
                || run.size() == 3 && PersonGender.ofGivenName(run.get(1)) != PersonGender.UNKNOWN)) {
            // "Minister of Foreign Affairs of Ukraine Andrii Sybiha": the first word is the title's country
            run = run.subList(1, run.size());
        }
        return String.join(" ", run);
    }

    /** "W." in "George W. Bush": a one-letter initial keeps its stop. */
    static String initialled(String w, String core) {
        return core.length() == 1 && Character.isUpperCase(core.charAt(0)) && w.endsWith(core + ".") ? core + "."
                : core;
    }

    /** Words of a name, not counting particles such as "von der". */
    static int nameWords(List<String> run) {
        int n = 0;
        for (String w : run) {
            if (!isNameParticle(w)) {
                n++;
            }
        }
        return n;
    }

    /** Particles are at most four letters: longer words need no lower-casing and hashing. */
    static boolean isNameParticle(String w) {
        return w.length() <= 4 && NAME_PARTICLES.contains(Lexicon.lower(w));
    }

    /** "al-Abbasi", "el-Sisi": a family name with the Arabic article, written in lower case. */
    static boolean isArabicArticleName(String w) {
        return w.length() > 4 && (w.startsWith("al-") || w.startsWith("el-")) && Character.isUpperCase(w.charAt(3));
    }

    static boolean isPatronymic(String w) {
        String l = Lexicon.lower(w);
        return l.length() > 5 && (l.endsWith("vich") || l.endsWith("vna") || l.endsWith("ichna"));
    }

    /**
     * Whether the tokens ending at {@code end} are the diplomatic honorific "H E" / "H.E." (His or Her Excellency);
     * returns its length in tokens, else 0.
     */
    static int honorificEndingAt(String[] toks, int end) {
        if (end < 0 || end >= toks.length) {
            return 0;
        }
        String w = toks[end];
        if (w.equals("H.E.") || w.equals("H.E") || w.equals("H.H.") || w.equals("H.H") || w.equals("Sheikh")
                || w.equals("Sheikha") || w.equals("Shaikh") || w.equals("Shaikha") || w.equals("Shaykh")
                || w.equals("Maulana")) {
            return 1;
        }
        return end > 0 && (w.equals("E") || w.equals("E.")) && (toks[end - 1].equals("H") || toks[end - 1].equals("H."))
                ? 2 : 0;
    }

    /** "Mr", "Dr.", "Lord", "HE" (His Excellency): courtesy titles, part of neither a name nor a role. */
    static boolean isCourtesyTitle(String w) {
        return w.equals("HE") || w.equals("HM") || Lexicon.HONORIFICS.contains(Lexicon.lower(w));
    }

    /** "HE the Deputy Prime Minister": "His Excellency" in Gulf agency copy, no pronoun. */
    static String withoutExcellency(String np) {
        return np.startsWith("HE ") || np.startsWith("HM ") ? np.substring(3).trim() : np;
    }

    /** How many tokens a dateline opening the sentence takes ("BUCHAREST --", "ISLAMABAD, Nov 24 (APP):"), or 0. */
    static int datelineTokens(String[] toks) {
        String joined = String.join(" ", toks);
        Matcher m = DATELINE_LEAD.matcher(joined);
        if (!m.lookingAt() || m.end() >= joined.length()) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < m.end(); i++) {
            if (joined.charAt(i) == ' ' && (i + 1 >= m.end() || joined.charAt(i + 1) != ' ')) {
                n++;
            }
        }
        return n;
    }


    static boolean isAcronym(String w) {
        if (w.length() < 2 || w.length() > 6) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean endsSentence(String w) {
        return w.endsWith(".") || w.endsWith("!") || w.endsWith("?") || w.endsWith(".”") || w.endsWith(".\"");
    }

    static boolean endsWithPunct(String w) {
        if (w.isEmpty()) {
            return false;
        }
        char c = w.charAt(w.length() - 1);
        return c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?';
    }
}
