package org.alliancetimeline.ingest.quotes;

import static org.alliancetimeline.ingest.quotes.NameShapes.*;
import static org.alliancetimeline.ingest.quotes.SubjectPhrases.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancetimeline.ingest.quotes.QuoteExtractor.Doc;
import org.alliancetimeline.ingest.quotes.QuoteExtractor.Span;

/** Attributes quotation spans to speakers. One instance per article; not shared between threads. */
final class SpeakerResolver {

    /** Abbreviated ranks, spelt out in roles so that "the general" finds "Gen. Christopher Cavoli". */
    private static final java.util.Map<String, String> RANKS = java.util.Map.of("gen", "general", "adm", "admiral",
            "col", "colonel", "lt", "lieutenant", "maj", "major", "capt", "captain", "sgt", "sergeant");

    private static final Set<String> INDEFINITE = Lexicon.set("a", "an", "another", "one");

    /** "”, - Jens Stoltenberg" / "” — Stoltenberg." : a bare name after a dash, ending the paragraph. */
    private static final java.util.regex.Pattern DASH_NAME = java.util.regex.Pattern.compile(
            "\\s*,?\\s*[-–—]+\\s*((?:\\p{Lu}[\\p{L}'’\\-]*\\.?\\s+){0,3}\\p{Lu}[\\p{L}'’\\-]*)\\s*\\.?\\s*");

    /** Head words of a party or movement named in capitals after a lower-case description. */
    private static final Set<String> ORGANISATION_HEADS = Lexicon.set("party", "movement", "front", "force", "forces",
            "union", "league", "alliance", "coalition", "bloc", "congress");

    private static boolean orgHeadIn(String[] core, int from) {
        for (int i = from; i < core.length; i++) {
            String t = core[i];
            String l = Lexicon.lower(Filters.stripPunct(t));
            if (!Character.isUpperCase(t.charAt(0)) && !l.equals("of") && !l.equals("and") && !l.equals("for")
                    && !l.equals("the")) {
                return false;
            }
            if (ORGANISATION_HEADS.contains(l) && Character.isUpperCase(t.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DOCUMENT_ADJECTIVES = Lexicon.set("new", "latest", "revised", "draft",
            "updated");

    /** Title words that introduce a person's name ("President Isaac Herzog", "Mr Stoltenberg"). */
    private static final Set<String> TITLES = Lexicon.set("president", "minister", "secretary-general", "general",
            "chancellor", "ambassador", "spokesperson", "spokesman", "spokeswoman", "commander", "admiral", "chief",
            "director", "chairman", "chairwoman", "senator", "representative", "envoy", "king", "queen", "colonel",
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof.", "professor", "sir", "premier", "taoiseach",
            "tánaiste", "tanaiste", "president-elect",
            "governor", "mayor", "secretary", "lieutenant", "gen.", "lt.", "col.", "adm.", "gen", "lt", "col", "adm",
            "maj", "capt", "sgt", "chair", "speaker", "prime-minister", "lieutenant-colonel", "lieutenant-general", "major-general",
            "brigadier-general", "vice-admiral", "rear-admiral", "vice-president",
            "deputy", "head", "leader", "adviser", "advisor", "official", "diplomat", "prince", "princess", "pope",
            "sheikh", "emir", "chairperson", "coordinator", "rapporteur", "commissioner", "captain", "major",
            "marshal", "lawmaker", "mep", "mp", "congressman", "congresswoman", "councillor", "councilor");

    private record Mention(int pos, String name, String role) {
    }

    /** Something said or done by someone outside the quotations; subject=false only registers labels. */
    private record Event(int pos, String np, boolean inverted, String name, boolean subject) {
    }

    private static final boolean DEBUG = Boolean.getBoolean("quotes.debug");

    private final Doc d;
    private final List<Span> kept;
    private final List<Mention> mentions = new ArrayList<>();
    /** Unnamed speakers seen so far: {label, head noun}. */
    private final List<String[]> labels = new ArrayList<>();
    private final List<String> speakersSoFar = new ArrayList<>();
    private String lastSubject;
    private String lastOrg;
    /** Where the latest subject was seen. */
    private int lastSubjectPos = -1;
    private int curPos;
    private int snapSentence = -1;
    private final java.util.Set<String> mentionKeys = new java.util.HashSet<>();
    private final java.util.Set<String> personNames = new java.util.HashSet<>();
    private String snapSubject;
    /** Events outside the quotations, in text order. */
    private final List<Event> events = new ArrayList<>();
    /** Gender stated by an honorific ("Ms Kallas"), by name or surname. */
    private final java.util.Map<String, Character> statedGender = new java.util.HashMap<>();
    /** Gender implied by a pronoun right after the person's mention ("Sakaliene said her country"). */
    private final java.util.Map<String, Character> pronounGender = new java.util.HashMap<>();
    /** People who were the subject of a clause, in text order: {position, name}. */
    private final List<Mention> subjectTrail = new ArrayList<>();

    SpeakerResolver(Doc d, List<Span> kept) {
        this.d = d;
        this.kept = kept;
    }

    // ------------------------------------------------------------------ driver

    void resolve() {
        if (kept.isEmpty()) {
            return;
        }
        List<int[]> outside = outsideSegments();
        for (int[] seg : outside) {
            scanFirstNamePeople(seg[0], seg[1]);
            scanMentions(seg[0], seg[1], events);
            scanVerbEvents(seg[0], seg[1], events);
        }
        mentions.sort(Comparator.comparingInt(Mention::pos));
        if (DEBUG) {
            mentions.forEach(m -> System.err.println("mention@" + m.pos() + " " + m.name() + " / " + m.role()));
        }
        events.sort(Comparator.comparingInt(Event::pos));
        int ei = 0;
        for (int qi = 0; qi < kept.size(); qi++) {
            Span s = kept.get(qi);
            // state as of the start of the sentence holding the opening mark: "X said … Y is “…"
            int sentence = sentenceStart(Math.max(d.pStart[s.para], s.openMark - 1500), s.openMark);
            while (ei < events.size() && events.get(ei).pos() < sentence) {
                apply(events.get(ei++));
            }
            curPos = sentence;
            if (sentence != snapSentence) {
                snapSentence = sentence;
                snapSubject = lastSubject;
            }
            attribute(s, qi);
            if (s.speaker != null) {
                setSubject(s.speaker);
            }
        }
    }

    private void apply(Event e) {
        curPos = e.pos();
        String who = e.name() != null ? e.name() : resolveNp(e.np(), e.inverted());
        if (DEBUG) {
            System.err.println("event@" + e.pos() + " " + e.np() + "/" + e.name() + " -> " + who);
        }
        if (who != null && e.subject()) {
            setSubject(who);
        }
        if (who != null && e.np() != null && !e.inverted() && isPerson(who)
                && !Lexicon.PRONOUNS.contains(Lexicon.lower(e.np().trim()))) {
            // "Mirzoyan said he", "Kishida told reporters that he had", "The Prime Minister said he had explained":
            // the pronoun after a named subject's verb is evidence of that person's gender (outweighing a given
            // name's ending in -a: Bidzina Ivanishvili, Kishida Fumio); never after "she said he"
            noteGender(new Tokens(d.text, e.pos(), Math.min(d.text.length(), e.pos() + 120)), 0, 1, who);
        }
    }

    private void setSubject(String who) {
        lastSubject = who;
        lastSubjectPos = curPos;
        if (!isPerson(who)) {
            lastOrg = who;
        } else {
            subjectTrail.add(new Mention(curPos, who, null));
        }
        speakersSoFar.add(who);
    }

    /** Text ranges outside the kept quotations, split at paragraph bounds. */
    private List<int[]> outsideSegments() {
        List<int[]> out = new ArrayList<>();
        int si = 0;
        int lastPara = kept.get(kept.size() - 1).lastPara;
        for (int p = 0; p <= lastPara; p++) {
            int pos = d.pStart[p];
            int end = d.pEnd[p];
            while (pos < end) {
                while (si < kept.size() && kept.get(si).endPos() <= pos) {
                    si++;
                }
                if (si < kept.size() && kept.get(si).openMark < end) {
                    Span s = kept.get(si);
                    if (s.openMark > pos) {
                        out.add(new int[] {pos, s.openMark});
                    }
                    pos = Math.max(pos + 1, Math.min(end, s.endPos()));
                    if (s.endPos() > end) {
                        break;
                    }
                } else {
                    out.add(new int[] {pos, end});
                    pos = end;
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ attribution of one quotation

    private void attribute(Span s, int qi) {
        if (s.tailNp != null) {
            s.speaker = resolveNp(s.tailNp, s.tailInverted);
            s.attributed = true;
            return;
        }
        if (s.closeMark >= 0) {
            int limit = d.pEnd[s.lastPara];
            int[] nxt = QuoteExtractor.nextOpener(d, s.lastPara, s.closeMark + 1);
            if (nxt != null) {
                limit = nxt[0];
            }
            // "“…,” Lee quoted Stoltenberg as saying": the one quoted; "«…», - it is said in the declaration of
            // NATO": the document's issuer
            String named = speakerAfter(QUOTED_AS_SAYING_AFTER, "who", s.closeMark + 1, limit);
            if (named == null) {
                named = speakerAfter(WAS_QUOTED_AFTER, "who", s.closeMark + 1, limit);
            }
            if (named == null) {
                named = speakerAfter(SAID_IN_DOCUMENT_AFTER, "doc", s.closeMark + 1, limit);
            }
            if (named != null) {
                s.speaker = named;
                s.attributed = true;
                return;
            }
            Matcher m = Lexicon.AFTER.matcher(d.text);
            m.region(s.closeMark + 1, limit);
            if (m.lookingAt()) {
                boolean inv = m.group("inv") != null;
                String np = inv ? withoutLocativeIn(m.group("inv")) : m.group("sub");
                if (validSubject(np, inv) && afterIsAttribution(s, m, inv, limit) && !mediaReport(m.group(), np)) {
                    String pronoun = Lexicon.lower(np.trim());
                    String own = pronoun.equals("he") || pronoun.equals("she")
                            ? personSubjectBetween(snapSentence, s.openMark) : null;
                    if (own != null) {
                        // "Vershbow declared after the meeting: “…”, he said": the subject of the quote's sentence
                        s.speaker = pronounReferent(pronoun, own);
                        s.attributed = true;
                        return;
                    }
                    s.speaker = resolveNp(inv ? titledNameAfter(withNameAfter(withNamedPlace(np, m.end("inv"),
                            limit), m.end("inv"), limit), m.end("inv"), limit) : withAppositive(np, m), inv);
                    s.attributed = true;
                    return;
                }
            }
            // "“…,” the Federal Department of Defence, Civil Protection and Sport said": a name with a list in it,
            // which the pattern cannot span; the subject the scan of clauses found right after the mark
            String listed = subjectRightAfter(s.closeMark + 1, d.pEnd[s.lastPara]);
            if (listed != null) {
                s.speaker = listed;
                s.attributed = true;
                return;
            }
            Matcher dm = DASH_NAME.matcher(d.text);
            dm.region(s.closeMark + 1, d.pEnd[s.lastPara]);
            if (dm.matches()) {
                String who = resolveNp(dm.group(1), true);
                if (who != null) {
                    s.speaker = who;
                    s.attributed = true;
                    return;
                }
            }
        }
        int regionStart = d.pStart[s.para];
        if (qi > 0 && kept.get(qi - 1).endPos() <= s.openMark) {
            regionStart = Math.max(regionStart, kept.get(qi - 1).endPos());
        }
        String[] found = beforeAttribution(regionStart, s.openMark);
        if (found != null) {
            String np = Lexicon.lower(found[0].trim());
            String met = np.equals("he") || np.equals("she") ? personMetBy(snapSentence, s.openMark) : null;
            if (met == null && (np.equals("he") || np.equals("she")) && !sentenceOpensWith(snapSentence, np)) {
                // "Woerner welcomed what he called “…”": the person this sentence is about
                met = personSubjectBetween(snapSentence, s.openMark);
                if (met == null) {
                    // "Later in the day, Yoon attended a session … where he called for a “…”"
                    met = surnameSubjectBefore(snapSentence, s.openMark);
                }
            }
            if (met != null) {
                // "I met with Foreign Minister Igor Lukšić this morning and he assured me that …"
                s.speaker = pronounReferent(np, met);
                s.attributed = true;
                return;
            }
            if (Lexicon.PRONOUNS.contains(np) && sentenceOpensWith(snapSentence, np)) {
                // "He added that Zelensky had told him “…” and that he had replied: “…”"
                s.speaker = pronounReferent(np, snapSubject);
            } else {
                s.speaker = resolveNp(found[0], found[1] != null);
            }
            s.attributed = true;
            return;
        }
        // colon introduction at the end of the previous paragraph
        if (s.openMark == d.pStart[s.para] && s.para > 0) {
            int pe = d.pEnd[s.para - 1];
            int ps = d.pStart[s.para - 1];
            if (pe > ps && d.at(pe - 1) == ':') {
                int st = sentenceStart(ps, pe - 1);
                String[] f = beforeAttribution(st, pe - 1);
                if (f != null) {
                    s.speaker = resolveNp(f[0], f[1] != null);
                    s.attributed = true;
                    return;
                }
            }
        }
        // "Colomina … chose his words carefully. “…”": a quotation opening a sentence, first in its paragraph,
        // after a sentence of the same paragraph whose subject is a person
        if (s.openMark > d.pStart[s.para] && (qi == 0 || kept.get(qi - 1).lastPara < s.para)
                && lastSubjectPos >= d.pStart[s.para] && lastSubject != null && isPerson(lastSubject)
                && afterSentenceEnd(s.openMark)) {
            s.speaker = lastSubject;
            s.attributed = true;
            return;
        }
        // "Asked about Manas, he was careful not to criticise Bishkek.\n\n“Every country …”": a quotation that is a
        // whole paragraph of its own, after a paragraph with no quotation whose last sentence has a person or
        // "he"/"she" as its subject
        if (s.openMark == d.pStart[s.para] && s.para > 0 && s.endPos() >= d.pEnd[s.lastPara]
                && (qi == 0 || kept.get(qi - 1).lastPara < s.para - 1)) {
            String who = subjectOfLastSentence(s.para - 1);
            if (who != null) {
                s.speaker = who;
                s.attributed = true;
                return;
            }
        }
        // "Balanzino welcomed Sweden as a partner that would bring “…”": words quoted inside a sentence whose
        // subject is a named person, with no reporting verb, are that person's
        if (snapSentence >= 0 && s.openMark > snapSentence && !afterSentenceEnd(s.openMark)
                && (qi == 0 || kept.get(qi - 1).endPos() < snapSentence) && !othersWordsBefore(s.openMark)) {
            String subject = personSubjectBetween(snapSentence, s.openMark);
            if (subject == null) {
                subject = surnameSubjectBefore(snapSentence, s.openMark);
            }
            if (subject == null) {
                subject = unnamedSubjectBetween(snapSentence, s.openMark);
            }
            if (subject != null) {
                s.speaker = subject;
                s.attributed = true;
                return;
            }
        }
        // continuation: same paragraph, or a quotation paragraph right after another
        if (qi > 0) {
            Span prev = kept.get(qi - 1);
            if (prev.lastPara == s.para
                    || (s.openMark == d.pStart[s.para] && prev.lastPara == s.para - 1 && prev.speaker != null)) {
                s.speaker = prev.speaker;
            }
        }
    }

    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?:^|[.,;:] )(He|he|She|she) [a-z]");

    /**
     * The person the last sentence of paragraph p is about: "he"/"she" as a clause subject resolved to the latest
     * person, or the latest subject when it was seen in that sentence; null otherwise.
     */
    private String subjectOfLastSentence(int p) {
        int end = d.pEnd[p];
        while (end > d.pStart[p] && Lexicon.isWs(d.at(end - 1))) {
            end--;
        }
        if (end <= d.pStart[p] || d.at(end - 1) != '.') {
            return null;
        }
        int st = sentenceStart(d.pStart[p], end - 1);
        if (lastSubject != null && isPerson(lastSubject) && lastSubjectPos >= st && lastSubjectPos < end) {
            return lastSubject;
        }
        Matcher m = PRONOUN_SUBJECT.matcher(d.text);
        m.region(st, end);
        if (m.find()) {
            String who = pronounReferent(Lexicon.lower(m.group(1)), lastSubject);
            return who != null && isPerson(who) ? who : null;
        }
        return null;
    }

    /**
     * In a sentence told in the first person ("I met with X and he said"), the person named in it before the
     * quotation; null otherwise.
     */
    private String personMetBy(int sentence, int to) {
        if (sentence < 0 || !(sentenceOpensWith(sentence, "i") || sentenceOpensWith(sentence, "we"))) {
            return null;
        }
        String who = null;
        for (Mention m : mentions) {
            if (m.pos() >= sentence && m.pos() < to && m.name().indexOf(' ') > 0) {
                who = m.name();
            }
        }
        return who;
    }

    /**
     * Whether the words just before an opening mark say the quotation is someone else's: "rejected the Kremlin's
     * demand for “…”", "dismissed what Moscow called “…”", "the so-called “…”".
     */
    private boolean othersWordsBefore(int openMark) {
        String before = Lexicon.lower(d.text.substring(Math.max(0, openMark - 40), openMark));
        return OTHERS_WORDS.matcher(before).find();
    }

    private static final Pattern OTHERS_WORDS = Pattern.compile(
            "\\b(?:demands?|claims?|accusations?|allegations?|calls?|called|dubbed|so-called)(?:\\s+(?:for|of|that))?"
                    + "\\s*$");

    /** "A retired senior officer, contacted by El Watan, considers that …": the unnamed source opening the sentence. */
    private String unnamedSubjectBetween(int from, int to) {
        for (int k = firstEventFrom(from); k < events.size() && events.get(k).pos() < to; k++) {
            Event e = events.get(k);
            if (e.pos() == from && e.subject() && e.np() != null && INDEFINITE.contains(
                    Lexicon.lower(e.np().substring(0, Math.max(0, e.np().indexOf(' ')))))) {
                String who = resolveNp(e.np(), false);
                return who != null && isLabel(who) ? who : null;
            }
        }
        return null;
    }

    /** The index of the first event at or after pos (events are sorted by position once scanned). */
    private int firstEventFrom(int pos) {
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).pos() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The person last named as a clause subject between from and to, or null. */
    private String personSubjectBetween(int from, int to) {
        String who = null;
        for (int k = firstEventFrom(from); k < events.size() && events.get(k).pos() < to; k++) {
            Event e = events.get(k);
            if (e.subject() && e.name() != null && isPerson(e.name())) {
                who = e.name();
            }
        }
        return who;
    }

    /**
     * The known person whose surname opens a clause of the sentence before its first "he" or "she" ("Later in the
     * day, Yoon attended"), or null.
     */
    private String surnameSubjectBefore(int sentence, int to) {
        if (sentence < 0 || to <= sentence) {
            return null;
        }
        Tokens tk = new Tokens(d.text, sentence, to);
        for (int i = 0; i + 1 < tk.n; i++) {
            String w = tk.get(i);
            String l = Lexicon.lower(w);
            if (l.equals("he") || l.equals("she")) {
                return null;
            }
            boolean clauseOpens = i == 0 || tk.get(i - 1).endsWith(",");
            String next = tk.get(i + 1);
            if (!clauseOpens || !tk.upper(i) || w.endsWith(",") || next.isEmpty()
                    || !Character.isLowerCase(next.charAt(0))) {
                continue;
            }
            String word = Filters.stripPunct(w);
            String full = bySurname(word);
            if (full == null) {
                full = byLeadingParts(word);
            }
            if (full != null && full.indexOf(' ') > 0 && isPerson(full)) {
                return full;
            }
        }
        return null;
    }

    private static final Pattern MEDIA_HEAD = Pattern.compile(
            "(?i).*\\b(?:agency|newspaper|daily|broadcaster|channel|television|tv|radio|website|portal|outlet)$");

    /**
     * "Peskov told reporters that … “…”, the RIA news agency reported": the outlet passes on the words of someone
     * the sentence names; it reports, it does not speak.
     */
    private static boolean mediaReport(String attribution, String np) {
        return attribution.contains("reported") && MEDIA_HEAD.matcher(Filters.stripPunct(np.trim())).matches();
    }

    /** The resolved subject of a reporting verb whose noun phrase follows position from, or null. */
    private String subjectRightAfter(int from, int to) {
        int i = from;
        while (i < to && (Lexicon.isWs(d.at(i)) || d.at(i) == ',' || d.at(i) == '-' || d.at(i) == '–')) {
            i++;
        }
        for (int k = firstEventFrom(i + 1); k < events.size() && events.get(k).pos() < to; k++) {
            Event e = events.get(k);
            if (e.np() != null && !e.inverted() && e.np().indexOf(',') > 0 && d.text.startsWith(e.np().trim(), i)) {
                return resolveNp(e.np(), false);
            }
        }
        return null;
    }

    /** The speaker named by group of the pattern right at from, or null. */
    private String speakerAfter(Pattern pattern, String group, int from, int limit) {
        Matcher m = pattern.matcher(d.text);
        m.region(from, limit);
        return m.lookingAt() ? resolveNp(m.group(group), true) : null;
    }

    /** Whether only spaces separate the opening mark at pos from a sentence-ending stop. */
    private boolean afterSentenceEnd(int pos) {
        int i = pos - 1;
        while (i >= 0 && Lexicon.isWs(d.at(i))) {
            i--;
        }
        return i >= 0 && i < pos - 1 && (d.at(i) == '.' || d.at(i) == '!' || d.at(i) == '?');
    }

    /** "Russia's ambassador to Moldova, Oleg Ozerov, said": the subject with the appositive the pattern skipped. */
    private String withAppositive(String np, Matcher m) {
        int open = m.end("sub");
        int i = open;
        while (i < m.end() && Lexicon.isWs(d.at(i))) {
            i++;
        }
        if (i >= m.end() || d.at(i) != ',') {
            return np;
        }
        int close = d.text.indexOf(',', i + 1);
        return close < 0 || close >= m.end() ? np : np + ", " + d.text.substring(i + 1, close).trim();
    }

    private static final Pattern NAMED_PLACE = Pattern.compile(
            "\\s+(?:in|from|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}(?:\\s+region)?");

    /**
     * "said a diplomat from the Gulf region attending the summit": an unnamed source with the named place that the
     * attribution pattern stopped before.
     */
    private String withNamedPlace(String np, int end, int limit) {
        String[] toks = Lexicon.WS.split(np.trim());
        if (!Lexicon.OFFICIAL_HEADS.contains(Lexicon.lower(Filters.stripPunct(toks[toks.length - 1])))) {
            return np;
        }
        Matcher m = NAMED_PLACE.matcher(d.text);
        m.region(end, limit);
        return m.lookingAt() ? np + d.text.substring(end, m.end()) : np;
    }

    /** "said the founder of the foundation, Anders Fogh Rasmussen.": the role with the name after its comma. */
    private String withNameAfter(String np, int end, int limit) {
        int i = end;
        if (i >= limit || d.at(i) != ',') {
            return np;
        }
        int j = i + 1;
        while (j < limit && d.at(j) != ',' && d.at(j) != ';' && d.at(j) != '.' && d.at(j) != '“' && d.at(j) != '"') {
            j++;
        }
        if (j - i > 60) {
            return np;
        }
        String[] toks = Lexicon.WS.split(d.text.substring(i + 1, j).trim());
        for (String t : toks) {
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) && !NAME_PARTICLES.contains(t)) {
                return np;
            }
        }
        return toks.length >= 2 && extractName(toks) != null ? np + ", " + String.join(" ", toks) : np;
    }

    /**
     * "said Special Representative for the Caucasus and Central Asia James Appathurai.": the words the pattern
     * stopped before, when up to the end of the sentence they are capitalised or link words and end in a name.
     */
    private String titledNameAfter(String np, int end, int limit) {
        int stop = Math.min(limit, end + 80);
        int j = end;
        while (j < stop && d.at(j) != '.' && d.at(j) != ',' && d.at(j) != ';' && d.at(j) != '“' && d.at(j) != '"') {
            j++;
        }
        if (j == end || j >= stop || d.at(j) != '.' && d.at(j) != ',' || np.indexOf(',') >= 0) {
            return np;
        }
        String[] toks = Lexicon.WS.split(d.text.substring(end, j).trim());
        for (String t : toks) {
            String l = Lexicon.lower(t);
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) && !l.equals("and") && !l.equals("of")
                    && !l.equals("the") && !l.equals("for") && !l.equals("at") && !l.equals("to")
                    && !l.equals("in")) {
                return np;
            }
        }
        String name = extractName(toks);
        return name != null && name.indexOf(' ') > 0 ? np + " " + String.join(" ", toks) : np;
    }

    private boolean sentenceOpensWith(int sentence, String word) {
        int e = sentence + word.length();
        return e < d.text.length() && d.text.regionMatches(true, sentence, word, 0, word.length())
                && Lexicon.isWs(d.at(e));
    }

    /** Whether an "X said" after a closing mark attributes this quotation rather than opening a new one. */
    private boolean afterIsAttribution(Span s, Matcher m, boolean inv, int limit) {
        char before = s.closeMark > 0 ? d.at(s.closeMark - 1) : ' ';
        boolean terminal = before == '.' || before == '!' || before == '?';
        int i = m.end();
        if (terminal && !inv) {
            // "“….” He added, “…”": the clause introduces the next quotation
            int k = i;
            while (k < d.pEnd[s.lastPara] && (Lexicon.isWs(d.at(k)) || d.at(k) == ',' || d.at(k) == ':')) {
                k++;
            }
            if (k == limit && limit < d.pEnd[s.lastPara]) {
                return false;
            }
        }
        if (!terminal) {
            return true;
        }
        int j = i;
        int words = 0;
        boolean inWord = false;
        while (j < limit) {
            char c = d.at(j);
            if (c == '.' || c == ';' || c == '!' || c == '?' || c == ',') {
                break;
            }
            if (c == ':' || c == '“' || c == '"' || c == '«' || c == '„') {
                return false;
            }
            if (Lexicon.isWs(c)) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                words++;
            }
            j++;
        }
        if (j >= limit && limit < d.pEnd[s.lastPara]) {
            return false; // runs into the next quotation: "X said “…"
        }
        String rest = d.text.substring(i, j).trim();
        if (rest.startsWith("that ")) {
            return false;
        }
        return inv || words <= 6;
    }

    /**
     * Attribution in the sentence before a quotation: {np, inverted-flag-or-null}. Searches reporting verbs from
     * the nearest backwards.
     */
    private String[] beforeAttribution(int from, int to) {
        int st = sentenceStart(Math.max(from, to - 600), to);
        if (st >= to) {
            return null;
        }
        String prefix = d.text.substring(st, to);
        Matcher said = SAID_IN_DOCUMENT_BEFORE.matcher(prefix);
        if (said.find()) {
            // "In the statement of the Russian diplomatic department it is said that …"
            return new String[] {said.group("doc"), "inv"};
        }
        List<int[]> hits = Lexicon.verbHits(prefix, 0, prefix.length(), 40);
        List<String[]> specials = new ArrayList<>();
        for (int[] h : hits) {
            if (h[1] == 2) {
                int idx = specials.size();
                specials.add(new String[] {prefix.substring(h[2], h[3]).trim(), "inv"});
                h[2] = idx;
            }
        }
        for (int k = hits.size() - 1; k >= 0; k--) {
            int[] h = hits.get(k);
            if (h[1] == 2) {
                String[] sp = specials.get(h[2]);
                if (k > 0 && hits.get(k - 1)[1] == 0 && SET_OFF_SOURCE.matcher(prefix).region(hits.get(k - 1)[0],
                        h[0]).matches()) {
                    continue; // "Shoukry added, according to the spokesman: “…”": Shoukry is still the speaker
                }
                if (validSubject(sp[0], true)) {
                    return sp;
                }
                continue;
            }
            if (h[1] == 1) {
                continue;
            }
            String np = subjectBefore(prefix, h[0]);
            if (np != null && validSubject(np, false)) {
                return new String[] {np, null};
            }
        }
        boolean participle = false;
        for (int[] h : hits) {
            participle |= h[1] == 1;
        }
        if (participle) {
            // "He criticised the plan, calling it “…”": the subject of the sentence
            // (leadingSubject steps over a dateline: "BRUSSELS, Jan. 12 Kyodo - Prime Minister …")
            String lead = leadingSubject(Lexicon.WS.split(prefix.trim()), Integer.MAX_VALUE);
            if (lead != null && validSubject(lead, false)) {
                return new String[] {lead, null};
            }
        }
        // "Stoltenberg: “…”", "President Volodymyr Zelensky thanked NATO on X: “…”"
        String t = prefix.trim();
        if (t.endsWith(":")) {
            String[] toks = Lexicon.WS.split(t.substring(0, t.length() - 1).trim());
            int e = 0;
            while (e < toks.length && e < 8 && !toks[e].isEmpty() && (Character.isUpperCase(toks[e].charAt(0))
                    || NAME_PARTICLES.contains(Lexicon.lower(toks[e]))) && !endsWithPunct(toks[e])
                    && !Lexicon.STOP_BEFORE_NP.contains(Lexicon.lower(toks[e]))) {
                e++;
            }
            boolean describedSource = e < toks.length
                    && Lexicon.OFFICIAL_HEADS.contains(Lexicon.lower(Filters.stripPunct(toks[e])));
            if (describedSource) {
                // "One Western diplomat summed up the mood at headquarters: “…”"
                String lead = leadingSubject(toks, toks.length);
                if (lead != null && validSubject(lead, false)) {
                    return new String[] {lead, null};
                }
            }
            if (e > 0 && !describedSource && (e == toks.length || e < toks.length && !endsWithPunct(toks[e - 1]))) {
                String[] lead = Arrays.copyOfRange(toks, 0, e);
                if (extractName(lead) != null) {
                    return new String[] {String.join(" ", lead), null};
                }
            }
            // "Asked whether this was a back door, Stoltenberg was blunt: “…”": a known person opening the last
            // clause before the colon
            int clause = toks.length - 1;
            while (clause > 0 && !toks[clause - 1].endsWith(",")) {
                clause--;
            }
            if (clause > 0 && clause < toks.length - 1 && Character.isUpperCase(toks[clause].charAt(0))
                    && !endsWithPunct(toks[clause])) {
                String surname = toks[clause];
                String full = bySurname(surname);
                if (full != null && full.indexOf(' ') > 0) {
                    return new String[] {full, null};
                }
            }
        }
        return null;
    }

    /** A reporting verb and the comma that sets off an "according to" after it. */
    private static final Pattern SET_OFF_SOURCE = Pattern.compile("\\p{L}+,\\s*");

    /** Start of the sentence containing position to, not before from. */
    private int sentenceStart(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = d.at(i);
            if (c == '.' || c == '!' || c == '?') {
                int k = boundaryAfter(i, to);
                if (k >= 0) {
                    return k;
                }
            }
        }
        return from;
    }

    /**
     * If the stop at i ends a sentence (followed by an optional closing mark, whitespace and a capital or an
     * opening mark, and not an abbreviation), the start of the next sentence (at most to); otherwise -1.
     */
    private int boundaryAfter(int i, int to) {
        int j = i + 1;
        String t = d.text;
        if (j < t.length()) {
            char c = t.charAt(j);
            if (c == '”' || c == '"' || c == '’' || c == ')') {
                j++;
            }
        }
        int k = j;
        while (k < to && Lexicon.isWs(t.charAt(k))) {
            k++;
        }
        if (k == j || k >= t.length()) {
            return -1;
        }
        char n = t.charAt(k);
        if (!(Character.isUpperCase(n) || n == '“' || n == '"' || n == '‘' || n == '(' || n == '[' || n == '«'
                || n == '„' || n == '-' || n == '–' || n == '—')) {
            return -1;
        }
        return isAbbreviationAt(i) ? -1 : k;
    }

    private boolean isAbbreviationAt(int dot) {
        if (d.at(dot) != '.') {
            return false;
        }
        int b = dot;
        while (b > 0 && !Lexicon.isWs(d.at(b - 1)) && d.at(b - 1) != '(') {
            b--;
        }
        String w = Lexicon.lower(d.text.substring(b, dot));
        if (w.length() == 1 && Character.isLetter(w.charAt(0))) {
            return true; // initial
        }
        return Lexicon.ABBREVIATIONS.contains(w);
    }

    // ------------------------------------------------------------------ people and roles

    private void scanMentions(int from, int to, List<Event> events) {
        Tokens tk = new Tokens(d.text, from, to);

        for (int i = 0; i < tk.n; i++) {
            if (!tk.upper(i)) {
                continue;
            }
            String t = tk.get(i);
            if ((t.equals("A") || t.equals("An")) && (i == 0 || tk.get(i - 1).endsWith("."))) {
                // "A Ukrainian soldier interviewed by the BBC was sceptical." introduces an unnamed speaker
                for (int k = i + 1; k < tk.n && k <= i + 5; k++) {
                    String w = Lexicon.lower(Filters.stripPunct(tk.get(k)));
                    if (Lexicon.OFFICIAL_HEADS.contains(w)) {
                        StringBuilder np = new StringBuilder(t);
                        for (int q = i + 1; q <= k; q++) {
                            np.append(' ').append(Filters.stripPunct(tk.get(q)));
                        }
                        if (!endsWithPunct(tk.get(k))) {
                            // "A Western diplomat in Moscow was cautiously optimistic."
                            Matcher place = NAMED_PLACE.matcher(d.text);
                            place.region(tk.en[k], to);
                            if (place.lookingAt()) {
                                np.append(d.text, tk.en[k], place.end());
                            }
                        }
                        events.add(new Event(tk.st[i], np.toString(), false, null, true));
                        break;
                    }
                    if (endsWithPunct(tk.get(k))) {
                        break;
                    }
                }
                continue;
            }
            if (honorificTokensEndingAt(tk, i) > 0 || honorificTokensEndingAt(tk, i + 1) > 0) {
                continue; // "H E Abdulrahman bin Mohammed Al Khulaifi": the honorific is no part of the name
            }
            String prev = i > 0 ? tk.get(i - 1) : "";
            boolean honoured = honorificTokensEndingAt(tk, i - 1) > 0;
            boolean nextCap = capitalNext(tk, i) && !endsWithPunct(t);
            // (words of up to three letters are mostly "The", "In", "He", "But": not worth the look-up)
            boolean opensClause = i == 0 || endsSentence(prev) || prev.endsWith(",") && afterIntroductoryPhrase(tk, i)
                    && followedByVerb(tk, i + 1);
            if (!nextCap && t.length() > 3 && opensClause
                    && (t.endsWith(",") || followedByVerb(tk, i + 1))) {
                // "Zourabichvili also criticised the law.", "Rutte, on his first visit, echoed…": a known surname
                // opening a sentence is its subject
                String surname = Filters.stripPunct(t);
                String full = bySurname(surname);
                if (full == null) {
                    full = fullNameInText(surname, tk.st[i]);
                }
                if (full == null) {
                    full = byLeadingParts(surname); // "Kishida told reporters" after "Kishida Fumio"
                }
                if (full != null && full.indexOf(' ') > 0) {
                    events.add(new Event(tk.st[i], null, false, full, true));
                }
                continue;
            }
            if (!nextCap && (prev.isEmpty() || prev.length() > 18 || endsWithPunct(prev))) {
                continue; // neither a two-word name nor a titled surname
            }
            String prevLower = Lexicon.lower(prev);
            // "Gen. Christopher Cavoli", "Mr. Rutte": an abbreviated title ends with a stop
            // ("The Hague decided": "The" is no title)
            boolean titled = honoured || !prev.isEmpty() && !prevLower.equals("new") && !prevLower.equals("the")
                    && (!endsWithPunct(prev) || TITLES.contains(prevLower))
                    && (TITLES.contains(prevLower)
                    || Lexicon.ROLE_WORDS.contains(prevLower) && Character.isUpperCase(prev.charAt(0)));
            // "Prime Minister of Japan Shigeru Ishiba": the first capitalised word is the country
            // "Minister of Defense of Ukraine Rustem Umerov" likewise
            // and "Speaker of the Seimas Viktorija Cmilyte-Nielsen"
            int ofAt = prevLower.equals("the") && i > 2 ? i - 2 : i - 1;
            boolean titledOf = ofAt > 0 && tk.get(ofAt).equals("of")
                    && (TITLES.contains(Lexicon.lower(tk.get(ofAt - 1)))
                    || tk.upper(ofAt - 1) && Lexicon.ROLE_WORDS.contains(Lexicon.lower(tk.get(ofAt - 1))));
            if (!nextCap && !titled) {
                continue;
            }
            // a name run starting at i
            int j = i;
            List<String> run = new ArrayList<>();
            while (j < tk.n && nameWords(run) < 4) {
                String w = tk.get(j);
                String core = Filters.stripPunct(w);
                if (core.isEmpty()) {
                    break;
                }
                boolean cap = Character.isUpperCase(core.charAt(0));
                String lc = Lexicon.lower(core);
                boolean possessive = core.endsWith("’s") || core.endsWith("'s");
                if (possessive && cap && !run.isEmpty() && core.length() > 3) {
                    // "Prime Minister Jacinda Ardern's comments": the name ends before the possessive
                    run.add(core.substring(0, core.length() - 2));
                    j++;
                    break;
                }
                if (!run.isEmpty() && REGNAL_NUMBER.matcher(core).matches()) {
                    run.add(core); // "King Hassan II", "Abdullah II"
                    j++;
                    break;
                }
                if (!(cap || (NAME_PARTICLES.contains(lc) || isArabicArticleName(core)) && !run.isEmpty())
                        || Lexicon.NOT_NAME.contains(lc)
                        || Lexicon.ROLE_WORDS.contains(lc) || possessive
                        || isAcronym(core) || w.startsWith("(") || w.startsWith("[")) {
                    break;
                }
                run.add(initialled(w, core));
                j++;
                boolean middleInitial = run.size() > 1 && core.length() == 1
                        && w.length() == 2 && w.charAt(1) == '.' && j < tk.n && tk.upper(j);
                if (middleInitial) {
                    continue; // "Robert F. Simmons": the initial's stop ends no name
                }
                if (!w.equals(core) && !w.endsWith(".") || endsWithPunct(w)) {
                    break;
                }
            }
            if (run.isEmpty()) {
                continue;
            }
            for (int r = run.size() - 1; r > 0; r--) {
                if (INITIAL_AND_SURNAME.matcher(run.get(r)).matches()) {
                    // "Minister of Foreign Affairs and Trade G.Zandanshatar": an initial opens the name
                    i += r;
                    prev = tk.get(i - 1);
                    prevLower = Lexicon.lower(prev);
                    run = new ArrayList<>(run.subList(r, run.size()));
                    titled = true;
                    break;
                }
            }
            String last = run.get(run.size() - 1);
            if (NAME_PARTICLES.contains(Lexicon.lower(last))) {
                run.remove(run.size() - 1);
            }
            if (nameWords(run) == 4 && isPatronymic(run.get(run.size() - 2))) {
                run = new ArrayList<>(run.subList(run.size() - 3, run.size()));
                titled |= titledOf;
            } else if (titledOf && nameWords(run) == 3 && !isPatronymic(run.get(1))) {
                run = new ArrayList<>(run.subList(1, run.size()));
                titled = true;
            } else if ((prevLower.equals("in") || prevLower.equals("at") || prevLower.equals("from"))
                    && nameWords(run) == 3 && run.size() == 3 && standsAloneElsewhere(run.get(0), run.get(1))) {
                // "received in Rabat Javier Colomina": a place after the preposition (the article names it alone
                // elsewhere: "the Rabat talks"), then the name; not "a letter from Anders Fogh Rasmussen"
                run = new ArrayList<>(run.subList(1, run.size()));
            } else if (prevLower.equals("of") && run.size() == 3 && i > 1 && tk.upper(i - 2)
                    && !isPatronymic(run.get(1))) {
                // "President of the Republic of Moldova Igor Dodon": the title's complement, then the name
                run = new ArrayList<>(run.subList(1, run.size()));
                titled = true;
            } else if ((titled && !TITLES.contains(prevLower) || prevLower.equals("of")) && run.size() == 3
                    && PersonGender.ofGivenName(run.get(0)) == PersonGender.UNKNOWN
                    && PersonGender.ofGivenName(run.get(1)) != PersonGender.UNKNOWN) {
                // "… for Political Affairs and Security Policy Boris Ruge": the name starts at the first name
                run = new ArrayList<>(run.subList(1, run.size()));
            }
            // "spokeswoman, Marie Louise Coleiro Preca, accused": a long name set off by commas is whole
            // and a name after "Sheikh" is whole: "Sheikh Sabah Khaled Al-Hamad Al-Sabah and …"
            // and so is one after "Mr.": "Mr. Mohamed Salem Ould Merzoug"
            boolean setOff = honoured || prev.endsWith(",") && (tk.get(j - 1).endsWith(",") || tk.get(j - 1).endsWith("."))
                    || Lexicon.HONORIFICS.contains(prevLower);
            // and so is one with an inner particle: "Mohamed Saleck Ould Mohamed Lemine"
            boolean innerParticle = false;
            for (int r = 1; r < run.size() - 1; r++) {
                innerParticle |= isNameParticle(run.get(r));
            }
            if (nameWords(run) > 3 && !setOff && !innerParticle) {
                run = run.subList(run.size() - 2, run.size());
            }
            if (!titled && nameWords(run) >= 2 && (j >= tk.n || endsWithPunct(tk.get(j - 1)) || !tk.upper(j))
                    && (titledOf || titleChainBefore(tk, i))) {
                // "Secretary General of the North Atlantic Treaty Organization Willy Claes", "Member of the Milli
                // Majlis Ganira Pashayeva": a title with its complement, then the name
                titled = true;
            }
            String role = null;
            int phraseStart = i;
            if (titled) {
                StringBuilder r = new StringBuilder();
                int k = i - 1 - honorificTokensEndingAt(tk, i - 1);
                int count = 0;
                while (k >= 0 && count < 12) {
                    String w = tk.get(k);
                    if (endsWithPunct(w) && k != i - 1 && !Lexicon.HONORIFICS.contains(Lexicon.lower(w))) {
                        break;
                    }
                    if (isCourtesyTitle(w)) {
                        k--; // "… Defense Affairs HE Dr. Khalid …": courtesy titles are no part of the role
                        continue;
                    }
                    String lc = Lexicon.lower(Filters.stripPunct(w.replace("’s", "").replace("'s", "")));
                    if (lc.equals("and") && k > 0 && tk.upper(k - 1) && isFullNameEnd(tk.get(k - 1))) {
                        break; // "… Anders Fogh Rasmussen and Japanese Prime Minister Shinzo Abe": another person
                    }
                    if (lc.isEmpty() || !(Lexicon.ROLE_WORDS.contains(lc) || Character.isUpperCase(w.charAt(0)))) {
                        break;
                    }
                    r.insert(0, RANKS.getOrDefault(lc, lc) + " ");
                    k--;
                    count++;
                }
                role = r.toString().trim().replace('-', ' ');
                phraseStart = k + 1;
            } else {
                // appositive role: "Jens Stoltenberg, Secretary General of NATO"
                String lastTok = tk.get(j - 1);
                // "…, Mr. Mohamed Salem Ould Merzoug": after the comma comes a person, not a role
                // and "…, and the Commander of NATO Mission Iraq" is the next person's
                if (run.size() >= 2 && lastTok.endsWith(",") && j < tk.n
                        && !Lexicon.HONORIFICS.contains(Lexicon.lower(tk.get(j)))
                        && !tk.get(j).equals("and") && !tk.get(j).equals("or")) {
                    StringBuilder r = new StringBuilder();
                    boolean hasRole = false;
                    for (int k = j; k < tk.n && k < j + 6; k++) {
                        String lc = Lexicon.lower(Filters.stripPunct(tk.get(k)));
                        if (TITLES.contains(lc) || lc.equals("secretary") || lc.equals("minister")) {
                            hasRole = true;
                        }
                        r.append(lc).append(' ');
                        if (endsWithPunct(tk.get(k))) {
                            break;
                        }
                    }
                    if (hasRole) {
                        role = r.toString().trim().replace('-', ' ');
                    }
                }
            }
            if (role == null && run.size() >= 2 && prev.endsWith(",")) {
                role = appositiveTitleBefore(tk, i);
            } else if ((role == null || role.isEmpty()) && run.size() >= 2 && i > 1
                    && Lexicon.HONORIFICS.contains(prevLower)
                    && tk.get(i - 2).endsWith(",")) {
                role = appositiveTitleBefore(tk, i - 1); // "Prime Minister …, Mr. Abdellatif Filali,"
            }
            int pos = tk.st[i];
            // "de Hoop Scheffer said", "von der Leyen told": the particles before the first capital
            int first = i;
            while (first > 0 && NAME_PARTICLES.contains(tk.get(first - 1)) && run.size() >= 2) {
                first--;
                run = new ArrayList<>(run);
                run.add(0, tk.get(first));
            }
            String name = String.join(" ", run);
            // "the alliance's new Strategic Concept was": a document after an adjective of novelty is no person
            boolean determined = i > 0 && (Lexicon.DETERMINERS.contains(Lexicon.lower(tk.get(i - 1)))
                    || DOCUMENT_ADJECTIVES.contains(tk.get(i - 1)));
            // "its Russia-friendly president, Igor Dodon.": a name set off after a title
            boolean titleBeforeComma = prev.endsWith(",") && TITLES.contains(Lexicon.lower(Filters.stripPunct(prev)));
            // "political scientist Martina Leitgeb of the University": a lower-case description before the name
            boolean described = Character.isLowerCase(prev.isEmpty() ? 'A' : prev.charAt(0)) && !endsWithPunct(prev)
                    && (Lexicon.GENERIC_PERSON_HEADS.contains(prevLower) || Lexicon.OFFICIAL_HEADS.contains(prevLower)
                    || prevLower.endsWith("ist") && prevLower.length() > 5);
            if (role != null || run.size() >= 2 && (titled || titleBeforeComma || described || !determined && (followedByVerb(tk, j)
                    || PersonGender.ofFirstName(name) != PersonGender.UNKNOWN || describedAfter(tk, j)))) {
                String full = bySurname(name, role);
                if (full == null && honoured && run.size() == 1) {
                    full = byFirstOrInnerPart(name); // "Sheikh Sabah": the honorific goes with the given name
                }
                if (full == null && honoured) {
                    full = byLeadingParts(name); // "Sheikh Sabah Khaled" for Sabah Khaled Al-Hamad Al-Sabah
                }
                name = full != null ? full : name;
                addMention(new Mention(pos, name, role));
                noteGender(tk, first, j, name);
                if (isSubjectPosition(tk, Math.min(phraseStart, first), j)) {
                    events.add(new Event(pos, null, false, name, true));
                }
            }
            i = j - 1;
        }
    }

    /**
     * "Vesna, a pharmacist on the northern side, …", "Arta, who teaches English, …", "a taxi driver who gave his
     * name only as Oleh": someone named by a given name alone, as reporters name ordinary people.
     */
    private static final Pattern FIRST_NAME_INTRO = Pattern.compile(
            "(?<named>\\p{Lu}\\p{Ll}{2,}),\\s+(?:(?<who>who)\\s|(?:a|an)\\s+(?<desc>[^,.;]{3,60}))");

    /** "Vesna, told about the remark later, shrugged": a given name opening a sentence again. */
    private static final Pattern FIRST_NAME_AGAIN = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?=,\\s|\\s+\\p{Ll})");

    private static final Pattern GAVE_NAME_AS = Pattern.compile(
            "(?:gave|giving)\\s+(?<pron>his|her)\\s+(?:first\\s+)?name\\s+(?:only\\s+)?as\\s+(?<given>\\p{Lu}\\p{Ll}+)");

    /** Description words that make "Name, a …" a person: "a 46-year-old driver", "a pharmacist". */
    private static final Pattern PERSON_DESCRIPTION = Pattern.compile(
            "\\b(?:\\d+-year-old|retired|\\p{L}+(?:ist|ian)|teacher|driver|farmer|shopkeeper|student|pensioner"
            + "|reservist|nurse|doctor|engineer|worker|trader|vendor|owner|waiter|waitress|mother|father|widow|son"
            + "|daughter|veteran|soldier|resident|grandmother|grandfather|refugee|baker|mechanic|miner|fisherman)\\b");

    /** Whether the article holds " name " at all, for "gave his name only as …"; found on first use. */
    private Boolean namesSomeoneAs;

    private void scanFirstNamePeople(int from, int to) {
        Matcher intro = FIRST_NAME_INTRO.matcher(d.text);
        Matcher again = FIRST_NAME_AGAIN.matcher(d.text);
        for (int i = from; i < to; i++) {
            // only capitalised words opening the segment or following a space are looked at
            if (!Character.isUpperCase(d.at(i)) || i > from && !(d.at(i - 1) == '\n' || d.at(i - 1) == ' ')) {
                continue;
            }
            intro.region(i, to);
            if (standsAlone(i, from) && intro.lookingAt()) {
                String name = intro.group("named");
                if (!Lexicon.NOT_NAME.contains(Lexicon.lower(name)) && !Lexicon.PRONOUNS.contains(Lexicon.lower(name))
                        && (intro.group("desc") == null || PERSON_DESCRIPTION.matcher(intro.group("desc")).find())) {
                    addFirstNamePerson(name, i, pronounAfter(intro.end(), Math.min(to, intro.end() + 200)));
                    continue;
                }
            }
            boolean sentenceStart = i == from || d.at(i - 1) == '\n' || i - 2 >= from && (d.at(i - 2) == '.'
                    || d.at(i - 2) == '!' || d.at(i - 2) == '?');
            again.region(i, to);
            if (sentenceStart && again.lookingAt() && isPerson(again.group())) {
                events.add(new Event(i, null, false, again.group(), true));
            }
        }
        if (namesSomeoneAs == null) {
            namesSomeoneAs = d.text.contains(" name ");
        }
        if (namesSomeoneAs) {
            Matcher gave = GAVE_NAME_AS.matcher(d.text);
            gave.region(from, to);
            while (gave.find()) {
                addFirstNamePerson(gave.group("given"), gave.start("given"), PersonGender.ofPronoun(gave.group("pron")));
            }
        }
    }

    /**
     * Whether the word at i opens its sentence or clause, or follows a lower-case word that is not a preposition
     * ("Among the marchers was Bernie"): not "Leïla Haddad" (a surname) nor "near Pokrovsk" (a place).
     */
    private boolean standsAlone(int i, int from) {
        if (i - 4 >= from && d.at(i - 2) == '.' && Character.isUpperCase(d.at(i - 3)) && d.at(i - 4) == ' ') {
            return false; // "George W. Bush": a surname after a middle initial
        }
        if (i == from || d.at(i - 1) == '\n' || i - 2 >= from && ".!?,:;".indexOf(d.at(i - 2)) >= 0) {
            return true;
        }
        int e = i - 1;
        int b = e;
        while (b > from && Character.isLetter(d.at(b - 1))) {
            b--;
        }
        if (b == e) {
            return false;
        }
        String before = d.text.substring(b, e);
        return Character.isLowerCase(before.charAt(0)) && !Lexicon.PREPOSITIONS.contains(before)
                && !PLACE_PREPOSITIONS.contains(before) && !NAME_PARTICLES.contains(before);
    }

    private static final Set<String> PLACE_PREPOSITIONS = Lexicon.set("near", "outside", "inside", "across",
            "around", "beyond", "towards", "toward", "through", "via", "between", "within");

    private void addFirstNamePerson(String name, int pos, char gender) {
        if (gender != PersonGender.UNKNOWN) {
            statedGender.putIfAbsent(name, gender);
        }
        addMention(new Mention(pos, name, null));
        events.add(new Event(pos, null, false, name, true));
    }

    /** The gender of the first "he", "she", "his" or "her" in the range, or unknown. */
    private char pronounAfter(int from, int to) {
        Matcher p = GENDERED_PRONOUN.matcher(d.text);
        p.region(from, to);
        return p.find() ? PersonGender.ofPronoun(Lexicon.lower(p.group())) : PersonGender.UNKNOWN;
    }

    private static final Pattern GENDERED_PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\\b");

    /** "Leila Haddad, a political scientist": a name run ending in a comma before an indefinite description. */
    private static boolean describedAfter(Tokens tk, int j) {
        if (j < tk.n && (tk.get(j).equals("himself") || tk.get(j).equals("herself"))) {
            return true; // "Alyaksandr Lukashenka himself has insisted"
        }
        if (j + 1 < tk.n && tk.get(j - 1).endsWith(",") && tk.get(j).equals("the")) {
            // "Sefik Dzaferovic, the Bosniak member of the presidency, welcomed": a person's description
            for (int k = j + 1; k < tk.n && k < j + 6; k++) {
                String l = Lexicon.lower(Filters.stripPunct(tk.get(k)));
                if (Lexicon.GENERIC_PERSON_HEADS.contains(l) || Lexicon.OFFICIAL_HEADS.contains(l)
                        || l.equals("member") || TITLES.contains(l)) {
                    return true;
                }
                if (endsWithPunct(tk.get(k))) {
                    break;
                }
            }
        }
        return j + 1 < tk.n && tk.get(j - 1).endsWith(",") && INDEFINITE.contains(tk.get(j))
                && !tk.upper(j + 1) && !endsWithPunct(tk.get(j));
    }

    /**
     * Records the gender stated by an honorific before the mention at tokens [i, j) ("Ms Kallas") or implied by
     * the first third-person pronoun after it in the same clause, before any other capitalised word.
     */
    private void noteGender(Tokens tk, int i, int j, String name) {
        if (i > 0) {
            char stated = PersonGender.ofHonorific(tk.get(i - 1));
            if (stated != PersonGender.UNKNOWN) {
                statedGender.putIfAbsent(name, stated);
                return;
            }
        }
        for (int k = j; k < tk.n && k < j + 8; k++) {
            String w = tk.get(k);
            if (w.isEmpty()) {
                continue;
            }
            char c = Character.toLowerCase(w.charAt(0));
            if ((c == 'h' || c == 's') && w.length() <= 9) {
                char implied = PersonGender.ofPronoun(Filters.stripPunct(w));
                if (implied != PersonGender.UNKNOWN) {
                    pronounGender.putIfAbsent(name, implied);
                    return;
                }
            }
            boolean capital = Character.isUpperCase(w.charAt(0));
            if (capital && !Lexicon.NOT_NAME.contains(Lexicon.lower(Filters.stripPunct(w))) || w.endsWith(".")
                    || w.endsWith(";") || w.endsWith("?") || w.endsWith("!")) {
                return;
            }
        }
    }

    private static final Set<String> VERBISH = Lexicon.set("is", "was", "has", "had", "have", "will", "would",
            "met", "told", "said", "spoke", "made", "gave", "took", "wrote", "can", "could", "may", "must",
            "should", "did", "does", "led", "held", "went", "came", "sent", "saw", "who", "also", "later",
            "then", "visited", "welcomed", "thanked", "urged", "stressed", "noted", "called", "echoed", "defended",
            "warned", "insisted", "added", "announced", "reaffirmed", "highlighted", "emphasised", "emphasized",
            "underlined", "recalled", "praised", "criticised", "criticized", "rejected", "signed", "hosted");

    /** Space-separated tokens of a text range; token strings are made only when asked for. */
    private static final class Tokens {
        final String src;
        final int[] st;
        final int[] en;
        final int n;
        private final String[] cache;

        Tokens(String src, int from, int to) {
            this.src = src;
            int count = 1;
            for (int i = src.indexOf(' ', from); i >= 0 && i < to; i = src.indexOf(' ', i + 1)) {
                count++;
            }
            st = new int[count];
            en = new int[count];
            int k = 0;
            int s = from;
            while (k < count) {
                int sp = src.indexOf(' ', s);
                int e = sp < 0 || sp >= to ? to : sp;
                st[k] = s;
                en[k] = e;
                k++;
                s = e + 1;
            }
            n = k;
            cache = new String[n];
        }

        boolean upper(int i) {
            return en[i] > st[i] && Character.isUpperCase(src.charAt(st[i]));
        }

        String get(int i) {
            String t = cache[i];
            if (t == null) {
                t = src.substring(st[i], en[i]);
                cache[i] = t;
            }
            return t;
        }
    }

    /**
     * Whether the capitalised words before token i, linked by "of", "for", "the" and "and", open with a title:
     * "Special Representative for the Caucasus and Central Asia", "Minister of Foreign Affairs of the Republic".
     */
    private static boolean titleChainBefore(Tokens tk, int i) {
        boolean complement = false;
        boolean title = false;
        for (int k = i - 1; k >= 0 && k >= i - 12; k--) {
            String w = tk.get(k);
            if (endsWithPunct(w) || w.isEmpty()) {
                break;
            }
            String lc = Lexicon.lower(Filters.stripPunct(w.replace("’s", "").replace("'s", "")));
            if (lc.equals("of") || lc.equals("for")) {
                complement = true;
            } else if (!lc.equals("the") && !lc.equals("and") && !Character.isUpperCase(w.charAt(0))) {
                break;
            } else if (complement && (TITLES.contains(lc) || lc.equals("member"))) {
                title = true;
            }
        }
        return title;
    }

    /** A patronymic, the middle of "Nursultan Abishevich Nazarbayev" or "Ilham Heydar oglu Aliyev". */
    /**
     * "The President of the Republic of Moldova, Maia Sandu": the title of a capitalised phrase that ends with a comma
     * right before the name at token i, or null.
     */
    private static String appositiveTitleBefore(Tokens tk, int i) {
        StringBuilder r = new StringBuilder();
        boolean hasTitle = false;
        for (int k = i - 1; k >= 0 && k >= i - 14; k--) {
            String w = tk.get(k);
            if (k != i - 1 && endsWithPunct(w)) {
                break;
            }
            String lc = Lexicon.lower(Filters.stripPunct(w));
            boolean link = lc.equals("of") || lc.equals("the") || lc.equals("and") || lc.equals("for")
                    || lc.equals("to"); // "the UAE Ambassador to the Kingdom of Belgium,
            if (lc.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || link)) {
                break;
            }
            r.insert(0, lc + " ");
            hasTitle |= TITLES.contains(lc) && Character.isUpperCase(w.charAt(0));
        }
        String role = r.toString().trim();
        while (role.startsWith("the ") || role.startsWith("of ") || role.startsWith("and ")
                || role.startsWith("for ") || role.startsWith("to ")) {
            role = role.substring(role.indexOf(' ') + 1);
        }
        return hasTitle ? role.replace('-', ' ') : null;
    }

    /** Whether the article writes this capitalised word somewhere without the word that follows it here. */
    private boolean standsAloneElsewhere(String word, String next) {
        for (int at = d.text.indexOf(word); at >= 0; at = d.text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean wordStart = at == 0 || !Character.isLetter(d.at(at - 1));
            boolean wordEnd = end >= d.text.length() || !Character.isLetter(d.at(end));
            if (wordStart && wordEnd && !d.text.startsWith(" " + next, end)) {
                return true;
            }
        }
        return false;
    }

    /** {@link NameShapes#honorificEndingAt} on the tokens of a scan. */
    private static int honorificTokensEndingAt(Tokens tk, int end) {
        if (end < 0 || end >= tk.n) {
            return 0;
        }
        return NameShapes.honorificEndingAt(new String[] {end > 0 ? tk.get(end - 1) : "", tk.get(end)}, 1);
    }

    /** Whether the word after token i, skipping name particles ("Jaap de Hoop"), is capitalised. */
    private static boolean capitalNext(Tokens tk, int i) {
        int k = i + 1;
        while (k < tk.n && k <= i + 2 && !tk.upper(k) && tk.en[k] - tk.st[k] <= 3
                && NAME_PARTICLES.contains(tk.get(k))) {
            k++;
        }
        return k < tk.n && tk.upper(k);
    }

    /**
     * Whether the tokens before i, back to the sentence start, are one introductory phrase opened by a preposition or
     * adverb ("Before landing in Vilnius on July 11, Zelensky lashed out").
     */
    private static boolean afterIntroductoryPhrase(Tokens tk, int i) {
        int k = i - 1;
        while (k > 0 && i - k < 12 && !endsSentence(tk.get(k - 1))) {
            if (k < i - 1 && tk.get(k).endsWith(",")) {
                return false;
            }
            k--;
        }
        return (k == 0 || endsSentence(tk.get(k - 1))) && tk.upper(k)
                && Lexicon.PREPOSITIONS.contains(Lexicon.lower(tk.get(k)));
    }

    private static boolean followedByVerb(Tokens toks, int j) {
        if (j >= toks.n) {
            return false;
        }
        if (endsWithPunct(toks.get(j - 1)) && !toks.get(j - 1).endsWith(",")) {
            return false;
        }
        String w = Lexicon.lower(Filters.stripPunct(toks.get(j)));
        if (w.isEmpty() || !Character.isLowerCase(toks.get(j).charAt(0))) {
            return false;
        }
        if (w.length() > 4 && w.endsWith("ly") && j + 1 < toks.n && !endsWithPunct(toks.get(j))) {
            // "Colonel Richard Hallam highly evaluated": the verb after the adverb
            w = Lexicon.lower(Filters.stripPunct(toks.get(j + 1)));
            if (w.isEmpty() || !Character.isLowerCase(toks.get(j + 1).charAt(0))) {
                return false;
            }
        }
        return VERBISH.contains(w) || w.endsWith("ed") && w.length() > 4 || w.endsWith("s") && !w.endsWith("ss")
                && w.length() > 3 && !Lexicon.PREPOSITIONS.contains(w);
    }

    /**
     * A mention (with its title, from token start to j) that is the subject of its clause: followed by a verb-like
     * word, or opening a sentence and followed by a lower-case word that is not a preposition or conjunction
     * ("Hungarian Foreign Minister Peter Szijjarto struck a different tone") or by an appositive ("Radmila
     * Shekerinska, visiting Chisinau, had offered help").
     */
    private static boolean isSubjectPosition(Tokens toks, int start, int j) {
        int before = start - 1;
        while (before > 0 && before > start - 4 && toks.upper(before) && !endsWithPunct(toks.get(before))) {
            before--; // over a title: "under the leadership of His Majesty King Mohammed VI, has adopted"
        }
        if (before >= 0 && OBJECT_PREPOSITIONS.contains(toks.get(before))
                || OBJECT_PREPOSITIONS.contains(toks.get(start))) {
            return false; // "A retired senior officer, contacted by El Watan, considers": the object of "by"
        }
        if (followedByVerb(toks, j)) {
            return true;
        }
        // ("Meanwhile, Taliban spokesman Zabihullah Mujahid, talking to …, rejected": after a one-word lead-in)
        boolean leadIn = start > 0 && toks.get(start - 1).endsWith(",")
                && (start == 1 || endsSentence(toks.get(start - 2)))
                && Lexicon.PREPOSITIONS.contains(Lexicon.lower(Filters.stripPunct(toks.get(start - 1))));
        if (start > 0 && !endsSentence(toks.get(start - 1)) && !leadIn || j >= toks.n) {
            return false;
        }
        if (toks.get(j - 1).endsWith(",")) {
            return true;
        }
        if (endsWithPunct(toks.get(j - 1))) {
            return false;
        }
        String next = toks.get(j);
        if (next.isEmpty()) {
            return false; // two spaces in a row
        }
        String l = Lexicon.lower(next);
        return Character.isLowerCase(next.charAt(0)) && !Lexicon.PREPOSITIONS.contains(l)
                && !Lexicon.STOP_BEFORE_NP.contains(l) && !Lexicon.DETERMINERS.contains(l)
                && !NAME_PARTICLES.contains(l);
    }

    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("by", "to", "with", "from", "of", "for");

    private void scanVerbEvents(int from, int to, List<Event> events) {
        int sentence = -1;
        boolean first = true;
        int added = 0;
        for (int[] h : Lexicon.verbHits(d.text, from, to, Integer.MAX_VALUE)) {
            if (h[1] == 2 && namesOfficials(Lexicon.WS.split(d.text.substring(h[2], h[3]).trim()))) {
                // "according to two U.S. officials": registers them for a later "one of the officials said"
                events.add(new Event(h[0], d.text.substring(h[2], h[3]), true, null, false));
                continue;
            }
            if (h[1] != 0) {
                continue;
            }
            int st = sentenceStart(Math.max(from, h[0] - 600), h[0]);
            if (st != sentence) {
                sentence = st;
                first = true;
                added = 0;
            }
            if (added >= 6) {
                continue;
            }
            String np = subjectBefore(d.text.substring(st, h[0]), h[0] - st);
            if (np != null && validSubject(np, false)) {
                events.add(new Event(h[0], np, false, null, first));
                first = false;
                added++;
            }
        }
    }

    private void addMention(Mention m) {
        if (mentionKeys.add(m.name() + "|" + m.role())) {
            mentions.add(m);
            personNames.add(m.name());
        }
    }

    private boolean isPerson(String who) {
        return personNames.contains(who);
    }

    /**
     * "Bonaccorsi praised …" after "… Planning Division Gianluca Bonaccorsi": the capitalised word before an earlier
     * occurrence of the surname, registered as a person. Only asked for a sentence-opening surname not yet known.
     */
    private String fullNameInText(String surname, int before) {
        if (surname.length() < 3 || !Character.isUpperCase(surname.charAt(0))) {
            return null;
        }
        for (int at = d.text.indexOf(surname); at > 1 && at < before; at = d.text.indexOf(surname, at + 1)) {
            int end = at + surname.length();
            if (d.at(at - 1) != ' ' || end < d.text.length() && Character.isLetter(d.at(end))) {
                continue;
            }
            int start = at - 1;
            while (start > 0 && !Lexicon.isWs(d.at(start - 1))) {
                start--;
            }
            String given = d.text.substring(start, at - 1);
            String lc = Lexicon.lower(given);
            if (given.length() > 1 && Character.isUpperCase(given.charAt(0))
                    && given.chars().allMatch(Character::isLetter) && !isAcronym(given)
                    && !Lexicon.NOT_NAME.contains(lc) && !Lexicon.ROLE_WORDS.contains(lc)) {
                String name = given + " " + surname;
                addMention(new Mention(start, name, null));
                return name;
            }
        }
        return null;
    }

    /** The longest known name equal to, or ending in, the given words ("Rasmussen", "de Hoop Scheffer"). */
    private String bySurname(String surname) {
        return bySurname(surname, null);
    }

    /**
     * The full name seen that opens with these words: the longest, or of two people ("Kim Jong-un", "Kim Tae-hyo"),
     * the one named last before this point.
     */
    private String byLeadingParts(String name) {
        String best = null;
        int bestPos = -1;
        for (Mention m : mentions) {
            String full = m.name();
            if (!full.startsWith(name + " ")) {
                continue;
            }
            boolean sameName = best != null && (best.startsWith(full) || full.startsWith(best));
            boolean later = best != null && !sameName && m.pos() <= curPos && m.pos() > bestPos;
            if (best == null || sameName && full.length() > best.length() || later) {
                best = full;
                bestPos = m.pos();
            }
        }
        return best;
    }

    /**
     * The full name ending in this surname; of two people sharing it ("Sergeant Narek Avetisyan" and his mother
     * Anahit Avetisyan), the one introduced with the title that comes with the surname ("Sergeant Avetisyan").
     */
    private String bySurname(String surname, String role) {
        String best = null;
        boolean bestHasRole = false;
        int n = surname.length();
        String title = role == null || role.isBlank() ? null : role.substring(role.lastIndexOf(' ') + 1);
        for (Mention m : mentions) {
            String name = m.name();
            int at = name.length() - n;
            // "Jarallah" ends "Khaled Al-Jarallah" too
            boolean ends = at == 0 || at > 0 && name.charAt(at - 1) == ' ' || at >= 3 && name.charAt(at - 1) == '-'
                    && (name.regionMatches(true, at - 3, "al-", 0, 3) || name.regionMatches(true, at - 3, "el-", 0, 3));
            if (!ends || !name.regionMatches(true, at, surname, 0, n)) {
                continue;
            }
            boolean hasRole = title != null && m.role() != null && m.role().contains(title);
            // forms of one name ("Fogh Rasmussen", "Anders Fogh Rasmussen") give the longest; two people sharing
            // a surname ("Sheikh Jaber Al-Mubarak Al-Hamad Al-Sabah", "Sheikh Sabah Khaled Al-Hamad Al-Sabah") the
            // one named last before this point
            boolean sameName = best != null && (best.endsWith(" " + name) || name.endsWith(" " + best));
            boolean later = best != null && !sameName && m.pos() <= curPos;
            if (best == null || hasRole && !bestHasRole
                    || hasRole == bestHasRole && (sameName && name.length() > best.length() || later)) {
                best = name;
                bestHasRole = hasRole;
            }
        }
        return best;
    }

    /**
     * "K.Tokayev", "W. Claes": the known full name with that surname and first initial; the name as written when
     * there is none; null when the name is not an initial and a surname.
     */
    private String byInitial(String name) {
        if (name.length() < 4 || !Character.isUpperCase(name.charAt(0)) || name.charAt(1) != '.') {
            return null;
        }
        int k = 1;
        while (k < name.length() && (name.charAt(k) == '.' || name.charAt(k) == ' ')) {
            k++;
        }
        boolean particleSurname = k < name.length() && Character.isLowerCase(name.charAt(k))
                && NAME_PARTICLES.contains(Lexicon.lower(name.substring(k, Math.max(k, name.indexOf(' ', k)))));
        if (k == 1 || k >= name.length() || !particleSurname && (!Character.isUpperCase(name.charAt(k))
                || name.indexOf(' ', k) >= 0)) {
            return null; // (but "J. de Hoop Scheffer" is an initial and a surname with particles)
        }
        String surname = name.substring(k);
        for (Mention m : mentions) {
            String known = m.name();
            if (known.length() > surname.length() + 1 && known.endsWith(" " + surname)) {
                // "Trade Gombojav Zandanshatar" for "G.Zandanshatar": the name starts at the initial's word
                for (int w = 0; w >= 0 && w < known.length() - surname.length(); w = known.indexOf(' ', w) + 1) {
                    if (known.charAt(w) == name.charAt(0)) {
                        // (but "W. Bush" is George W. Bush: a middle initial stands for the whole name)
                        boolean middleInitial = w > 0 && w + 1 < known.length() && known.charAt(w + 1) == '.';
                        return middleInitial ? known : known.substring(w);
                    }
                    if (known.indexOf(' ', w) < 0) {
                        break;
                    }
                }
            }
        }
        return name;
    }

    /** "Yun" for "Yun Byung-se": a known full name whose first word, else any inner word, is this one. */
    private String byFirstOrInnerPart(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        String leading = byLeadingParts(word); // of two Kims, the one named last
        if (leading != null) {
            return leading;
        }
        String inner = null;
        for (Mention m : mentions) {
            String known = m.name();
            if (inner == null && known.indexOf(' ') > 0 && known.contains(" " + word + " ")) {
                inner = known;
            }
        }
        return inner;
    }

    /**
     * The titles a description stands for, most likely first: "the head of state" is the president, "the head of
     * the government" the prime minister, "His Majesty" the king, "the head of Algerian diplomacy" the foreign
     * minister; null for any other description.
     */
    private static String[] roleOfDescription(String core) {
        return switch (core) {
            case "head of state", "state head" -> new String[] {"president"};
            case "head of the government", "head of government" -> new String[] {"prime minister"};
            case "majesty", "majesty the king", "his majesty", "hm the king", "king" -> new String[] {"king"};
            default -> core.startsWith("head of ") && (core.endsWith("foreign ministry")
                    || core.endsWith("ministry of foreign affairs") || core.endsWith("diplomacy"))
                    ? new String[] {"foreign minister", "minister of foreign affairs"} : null;
        };
    }

    private String byRole(String core) {
        if (core.isEmpty()) {
            return null;
        }
        String[] roles = roleOfDescription(core);
        if (roles != null) {
            for (String role : roles) {
                String holder = role.equals(core) ? null : byRole(role);
                if (holder != null) {
                    return holder;
                }
            }
        }
        boolean wantsDeputy = core.contains("deputy") || core.contains("vice") || core.contains("special")
                || core.contains("former");
        Mention before = null;
        Mention after = null;
        Mention fallback = null;
        for (Mention m : mentions) {
            if (m.role() == null || m.name().indexOf(' ') < 0) {
                continue;
            }
            String r = m.role();
            boolean match = r.equals(core) || r.endsWith(" " + core) || r.startsWith(core + " ")
                    || r.contains(" " + core + " ");
            if (!match) {
                continue;
            }
            boolean secondary = !wantsDeputy && (r.contains("deputy") || r.contains("vice")
                    || r.contains("special") || r.contains("former"));
            if (secondary) {
                if (fallback == null || m.pos() <= curPos) {
                    fallback = m;
                }
                continue;
            }
            if (m.pos() <= curPos) {
                before = m;
            } else if (after == null) {
                after = m;
            }
        }
        Mention m = before != null ? before : after != null ? after : fallback;
        if (m == null && core.indexOf(' ') > 0) {
            m = byRoleWords(core); // "the Minister of Defence" for the "Minister of National Defence"
        }
        if (m != null && m == fallback && m.role().contains("former") && lastSubject != null
                && isPerson(lastSubject) && !lastSubject.equals(m.name())) {
            return lastSubject; // "the NATO chief" is not the former one: the chief just spoken of
        }
        if (m != null && before != null && lastSubject != null && !lastSubject.equals(m.name())
                && holdsRole(lastSubject, core, wantsDeputy)) {
            // "Lavrov also commented … “…,” the minister noted": the minister just spoken of
            return lastSubject;
        }
        return m == null ? null : m.name();
    }

    /**
     * The latest person named so far whose role holds every word of core, in order; or null. Like byRole, a deputy,
     * former or special holder only answers a core that asks for one.
     */
    private Mention byRoleWords(String core) {
        String[] words = core.split(" ");
        boolean wantsDeputy = core.contains("deputy") || core.contains("vice") || core.contains("special")
                || core.contains("former");
        Mention best = null;
        for (Mention m : mentions) {
            if (m.role() == null || m.name().indexOf(' ') < 0 || m.pos() > curPos || !wantsDeputy
                    && (m.role().contains("deputy") || m.role().contains("vice") || m.role().contains("special")
                    || m.role().contains("former"))) {
                continue;
            }
            String[] r = m.role().split(" ");
            int w = 0;
            for (int i = 0; i < r.length && w < words.length; i++) {
                if (r[i].equals(words[w])) {
                    w++;
                }
            }
            if (w == words.length) {
                best = m;
            }
        }
        return best;
    }

    /**
     * The person a "he"/"she" refers to: the latest subject, unless that is a person known to be of the other
     * gender, in which case the latest person of the pronoun's gender (when there is one).
     */
    private String pronounReferent(String pronoun, String candidate) {
        char wanted = PersonGender.ofPronoun(pronoun);
        if (wanted == PersonGender.UNKNOWN) {
            return candidate;
        }
        if (candidate != null) {
            char has = isPerson(candidate) ? genderOf(candidate) : PersonGender.UNKNOWN;
            if (has == wanted || has == PersonGender.UNKNOWN && (isPerson(candidate) || isLabel(candidate))) {
                return candidate;
            }
        }
        String best = null;
        int bestPos = -1;
        String unknown = null;
        int unknownPos = -1;
        for (List<Mention> source : List.of(subjectTrail, mentions)) {
            for (Mention m : source) {
                boolean named = m.name().indexOf(' ') > 0 || statedGender.containsKey(m.name()); // "Ms Kallas"
                if (m.pos() > curPos || !named) {
                    continue;
                }
                char g = genderOf(m.name());
                if (g == wanted && m.pos() >= bestPos) {
                    best = m.name();
                    bestPos = m.pos();
                } else if (g == PersonGender.UNKNOWN && m.pos() >= unknownPos) {
                    unknown = m.name();
                    unknownPos = m.pos();
                }
            }
        }
        if (best == null && unknown != null && candidate != null && isPerson(candidate)) {
            // "he" after a woman, with no man of known gender: the latest person not known to be a woman
            return unknown;
        }
        return best != null ? best : candidate;
    }

    private boolean isLabel(String who) {
        for (String[] label : labels) {
            if (label[0].equals(who)) {
                return true;
            }
        }
        return false;
    }

    /** Stated gender, then the first name's, then a surname's stated gender, then pronoun evidence. */
    private char genderOf(String name) {
        Character stated = statedGender.get(name);
        if (stated != null) {
            return stated;
        }
        char byFirstName = PersonGender.ofFirstName(name);
        if (byFirstName != PersonGender.UNKNOWN) {
            return byFirstName;
        }
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        if (name.indexOf(' ') > 0 && PersonGender.ofSurname(surname) != PersonGender.UNKNOWN) {
            return PersonGender.ofSurname(surname);
        }
        if (PersonGender.ofGivenNameEnding(name) != PersonGender.UNKNOWN && !pronounGender.containsKey(name)) {
            return PersonGender.ofGivenNameEnding(name);
        }
        stated = statedGender.get(surname);
        if (stated != null) {
            return stated;
        }
        Character implied = pronounGender.get(name);
        if (implied == null) {
            implied = pronounGender.get(surname);
        }
        return implied == null ? PersonGender.UNKNOWN : implied;
    }

    private boolean holdsRole(String name, String core, boolean wantsDeputy) {
        for (Mention m : mentions) {
            String r = m.role();
            if (r != null && m.name().equals(name) && m.pos() <= curPos && (r.equals(core) || r.endsWith(" " + core)
                    || r.startsWith(core + " ") || r.contains(" " + core + " "))
                    && (wantsDeputy || !(r.contains("deputy") || r.contains("vice") || r.contains("special")
                    || r.contains("former")))) {
                return true;
            }
        }
        return false;
    }

    private String lastPerson() {
        if (lastSubject != null && isPerson(lastSubject)) {
            return lastSubject;
        }
        String best = null;
        for (Mention m : mentions) {
            if (m.pos() <= curPos && m.name().indexOf(' ') > 0) {
                best = m.name();
            }
        }
        return best;
    }

    // ------------------------------------------------------------------ noun phrase → speaker

    String resolveNp(String raw, boolean inverted) {
        String speaker = resolveNounPhrase(raw, inverted);
        // an article left alone by a cut phrase ("the RIA news agency reported") names nobody
        return speaker == null || isArticle(speaker.trim()) ? null : speaker;
    }

    /** Whether the word ends the full name of someone named so far ("Rasmussen" in "… Rasmussen and …"). */
    private boolean isFullNameEnd(String word) {
        String full = bySurname(Filters.stripPunct(word));
        return full != null && full.indexOf(' ') > 0;
    }

    /**
     * "the President of Armenia", "Prime Minister of the Republic of Moldova": the person named with that title, when
     * the words after "of" are only a capitalised place; null otherwise.
     */
    private String holderOfTitleOfPlace(String[] core) {
        int of = -1;
        for (int i = 1; i < core.length - 1; i++) {
            if (core[i].equals("of")) {
                of = i;
                break;
            }
        }
        if (of < 0 || !TITLES.contains(Lexicon.lower(core[of - 1]))) {
            return null;
        }
        for (int i = 0; i < of; i++) {
            if (!Character.isUpperCase(core[i].charAt(0))) {
                return null;
            }
        }
        for (int i = of + 1; i < core.length; i++) {
            String l = Lexicon.lower(Filters.stripPunct(core[i]));
            boolean link = l.equals("the") || l.equals("of");
            if (!link && (!Character.isUpperCase(core[i].charAt(0)) || bySurname(l) != null // "… Dmytro Kuleba"
                    || Lexicon.ORG_HEADS.contains(l)
                    || Lexicon.DOCUMENT_HEADS.contains(l) || ISSUER_WORDS.contains(l) || ORGANISATION_HEADS.contains(l))) {
                return null;
            }
        }
        // "the Minister of Defence" is the "Minister of National Defence" when there is one
        Mention exact = byRoleWords(Lexicon.lower(String.join(" ", core)));
        String holder = exact != null ? exact.name()
                : byRole(Lexicon.lower(String.join(" ", Arrays.copyOfRange(core, 0, of))));
        return holder != null && isPerson(holder) ? holder : null;
    }

    /** "NATO Headquarters Sarajevo", "NATO Mission Iraq": an institution named with its seat, as written. */
    private String institutionAtPlace(String[] core) {
        for (int i = 1; i < core.length - 1; i++) {
            // (not "Foreign Office Spokesperson Tasneem Aslam": a title and a name)
            if (SEAT_WORDS.contains(core[i]) && core.length - i <= 3 && !isFullNameEnd(core[core.length - 1])) {
                for (int k = 0; k < core.length; k++) {
                    String l = Lexicon.lower(Filters.stripPunct(core[k]));
                    if (!Character.isUpperCase(core[k].charAt(0)) || k > i && (Lexicon.ROLE_WORDS.contains(l)
                            || Lexicon.OFFICIAL_HEADS.contains(l) || TITLES.contains(l))) {
                        return null; // ("the Foreign Office Spokesperson": a title after the office, not a seat)
                    }
                }
                return String.join(" ", core);
            }
        }
        return null;
    }

    private static final Set<String> SEAT_WORDS = Set.of("Headquarters", "Mission", "Office");

    private static final Pattern LIST_LINK = Pattern.compile("(?:^|\\s)(?:and|of|for|the|&)\\s$");

    /**
     * The known person whose full name ends one comma-separated part of np ("…, US Gen John Allen", "…, Mr. Mohamed
     * Salem Ould Merzoug"), or null.
     */
    private String personNamedInSegment(String np) {
        for (String part : np.split(",")) {
            String p = part.trim();
            String best = null;
            for (Mention m : mentions) {
                String name = m.name();
                // (not "… African Cooperation and Moroccan Expatriates": the end of a list in an organisation's name)
                if (name.indexOf(' ') > 0 && (p.equals(name) || p.endsWith(" " + name) && !LIST_LINK.matcher(
                        p.substring(0, p.length() - name.length())).find())
                        && (best == null || name.length() > best.length()) && isPerson(name)) {
                    best = name;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private String resolveNounPhrase(String raw, boolean inverted) {
        String np = withoutExcellency(Lexicon.TRAILING_PUNCT.matcher(raw.trim()).replaceAll(""));
        if (np.isEmpty()) {
            return null;
        }
        Matcher relative = RELATIVE_CLAUSE.matcher(np);
        if (relative.find() && relative.start() > 0) {
            np = np.substring(0, relative.start()); // "an official in Dushanbe who asked not to be named"
        }
        Matcher dateline = DATELINE_LEAD.matcher(np);
        if (dateline.lookingAt() && dateline.end() < np.length()) {
            np = np.substring(dateline.end()); // "BRUSSELS, Jan. 12 Kyodo - Prime Minister Shinzo Abe"
        }
        for (String link : new String[] {" for ", " of "}) {
            int at = np.indexOf(link);
            if (at > 0 && at + link.length() < np.length()) {
                // "said Šturanović for Vijesti": a person speaking to an outlet; "Mark Hodgson of the British Army"
                String before = np.substring(0, at);
                String person = bySurname(Filters.stripPunct(before.substring(before.lastIndexOf(' ') + 1)));
                if (person != null && person.indexOf(' ') > 0 && isPerson(person)) {
                    return person;
                }
            }
        }
        Matcher issued = ISSUED_BY.matcher(np);
        if (issued.matches()) {
            // "the statement of the Ministry of Foreign Affairs which was distributed": the issuer
            String issuer = resolveNp(issued.group(1), inverted);
            if (issuer != null) {
                return issuer;
            }
        }
        // appositive "Jens Stoltenberg, the NATO chief": try the name part first
        int comma = np.indexOf(',');
        if (comma > 0 && isAcronym(np.substring(comma + 1).trim())) {
            return resolveNp(np.substring(0, comma), inverted); // "The Democratic Party of Serbia, DSS, said"
        }
        if (comma > 0) {
            String named = personNamedInSegment(np);
            if (named != null) {
                return named; // "The Minister of Foreign Affairs, Cooperation and Mauritanians Abroad, Mr. Mohamed …"
            }
            // "Federal Department of Defence, Civil Protection and Sport": a name with a list in it
            String[] all = Lexicon.WS.split(np);
            String listed = organisationName(all.length > 2 && isArticle(all[0])
                    ? Arrays.copyOfRange(all, 1, all.length) : all);
            if (listed != null && listed.indexOf(',') > 0) {
                return listed;
            }
            // "his spokesman, Ibrahim Kalin": the name is the speaker, whichever side it stands on
            String first = np.substring(0, comma).trim();
            String a = resolveNp(first, inverted);
            if (a != null && isPerson(a) && extractName(Lexicon.WS.split(first)) != null) {
                return a;
            }
            String b = resolveNp(np.substring(comma + 1), inverted);
            if (b != null && isPerson(b)) {
                return b;
            }
            return a != null ? a : b;
        }
        String[] toks = Lexicon.WS.split(np);
        for (int i = 2; i < toks.length; i++) {
            String l = toks[i];
            String before = Lexicon.lower(Filters.stripPunct(toks[i - 1]));
            if (l.length() > 5 && l.endsWith("ing") && Character.isLowerCase(l.charAt(0))
                    && (Lexicon.OFFICIAL_HEADS.contains(before) || before.equals("leaders") || before.equals("ministers"))
                    || l.length() > 5 && l.endsWith("ed") && Character.isLowerCase(l.charAt(0))
                    && (Lexicon.DOCUMENT_HEADS.contains(before) || Lexicon.OFFICIAL_HEADS.contains(before))) {
                // "a NATO statement distributed to journalists" likewise
                // "a senior official traveling with the president": the participle phrase only describes
                toks = Arrays.copyOfRange(toks, 0, i);
                np = String.join(" ", toks);
                break;
            }
        }
        String lowerNp = Lexicon.lower(np);
        if (toks.length == 1 && (lowerNp.equals("her") || lowerNp.equals("him") || lowerNp.equals("them"))) {
            return pronounReferent(lowerNp, lastSubject); // "according to her"
        }
        if (toks.length == 1 && Lexicon.PRONOUNS.contains(lowerNp)) {
            if (lowerNp.equals("i") || lowerNp.equals("we")) {
                return null;
            }
            if (lowerNp.equals("it")) {
                // the organisation named since the latest subject, else the latest organisation that spoke
                OrganisationMention org = organisationMentionedBefore(null, curPos);
                return org != null && org.pos() > lastSubjectPos ? org.name() : lastOrg;
            }
            return pronounReferent(lowerNp, lastSubject);
        }
        // drop a prepositional lead-in: "On Thursday the coalition", "In a statement NATO"
        int s = 0;
        if (Lexicon.PREPOSITIONS.contains(Lexicon.lower(toks[0]))) {
            int lastDet = -1;
            for (int i = 1; i < toks.length; i++) {
                if (Lexicon.DETERMINERS.contains(Lexicon.lower(toks[i]))) {
                    lastDet = i;
                }
            }
            String name = extractName(toks);
            if (name != null) {
                return canonical(name, toks);
            }
            s = lastDet > 0 ? lastDet : toks.length - 1;
        }
        toks = Arrays.copyOfRange(toks, s, toks.length);
        if (toks.length > 2 && QUANTIFIERS.contains(Lexicon.lower(toks[0])) && Lexicon.lower(toks[1]).equals("of")) {
            toks = Arrays.copyOfRange(toks, 2, toks.length); // "one of the sources" is one of the sources
        }
        // strip determiners, counts of officials and honorifics
        int k = 0;
        while (k < toks.length - 1 && (Lexicon.DETERMINERS.contains(Lexicon.lower(toks[k]))
                || QUANTIFIERS.contains(Lexicon.lower(toks[k])) && namesOfficials(toks)
                || Lexicon.lower(toks[k]).equals("unnamed") || Lexicon.lower(toks[k]).equals("anonymous"))) {
            k++;
        }
        String[] core = Arrays.copyOfRange(toks, k, toks.length);
        if (core.length >= 2 && core[core.length - 1].startsWith("(") && isAcronym(Filters.stripPunct(core[core.length - 1]))
                && Character.isUpperCase(core[core.length - 2].charAt(0))) {
            core = Arrays.copyOf(core, core.length - 1); // "Common Alternative Revolutionary Force (FARC)"
        }
        int lead = 0;
        while (lead < core.length - 2 && Character.isLowerCase(core[lead].charAt(0))
                && !LOWER_MODIFIERS.contains(Lexicon.lower(core[lead]))) {
            lead++;
        }
        if (lead > 0 && lead < 3 && Character.isUpperCase(core[lead].charAt(0)) && orgHeadIn(core, lead)) {
            core = Arrays.copyOfRange(core, lead, core.length); // "the opposition Democratic Party of Serbia"
        }
        String head = Lexicon.lower(Filters.stripPunct(core[core.length - 1]));
        if (Lexicon.DOCUMENT_HEADS.contains(head) && (lowerNp.contains("nato") || lowerNp.contains("alliance"))) {
            return "NATO"; // "NATO's new Strategic Concept … says"
        }
        String seat = institutionAtPlace(core);
        if (seat != null) {
            return seat;
        }
        String officeHolder = holderOfTitleOfPlace(core);
        if (officeHolder != null) {
            return officeHolder;
        }
        String organisation = organisationName(core);
        if (organisation != null) {
            return organisation;
        }
        String tailName = extractName(core);
        if (tailName != null && tailName.indexOf(' ') > 0) {
            int before = core.length - Lexicon.WS.split(tailName).length - 1;
            if (before > 0 && Character.isUpperCase(core[before].charAt(0))) {
                // "Special Representative for the Caucasus and Central Asia James Appathurai": the name
                return canonical(tailName, core);
            }
        }
        // "a source in NATO Headquarters", "an official at the alliance": the head precedes the preposition
        for (int i = 1; i < core.length - 1; i++) {
            String l = Lexicon.lower(core[i]);
            if (l.equals("in") || l.equals("at") || l.equals("from") || l.equals("with") || l.equals("close")
                    || l.equals("for") || l.equals("of") || l.equals("familiar")) {
                String h = Lexicon.lower(Filters.stripPunct(core[i - 1]));
                if (Lexicon.OFFICIAL_HEADS.contains(h)) {
                    // "a source in NATO Headquarters", "a Western diplomat in Tbilisi" keep the place that says who
                    // the source is; "a Lithuanian officer at the base" is already described by its modifiers
                    boolean namedPlace = (l.equals("in") || l.equals("from") || l.equals("at"))
                            && namedAfter(core, i + 1);
                    String label = commonCase(String.join(" ",
                            i > 1 && !namedPlace ? Arrays.copyOfRange(core, 0, i) : core));
                    labels.add(new String[] {label, h});
                    return label;
                }
                break;
            }
        }
        String coreLower = Lexicon.lower(String.join(" ", core));
        if (roleOfDescription(coreLower) != null) {
            // "the head of the government", "His Majesty", "the head of the Turkmen Foreign Ministry"
            String holder = byRole(coreLower);
            if (holder != null) {
                return holder;
            }
        }

        String name = extractName(core);
        if (name != null) {
            return canonical(name, core);
        }
        boolean mentionsNato = coreLower.contains("nato") || coreLower.contains("alliance")
                || coreLower.contains("organization") || coreLower.contains("organisation")
                || coreLower.contains("coalition") || coreLower.contains("bloc");
        if (core.length == 1 && (head.equals("nato") || head.equals("nato's"))) {
            return "NATO";
        }
        if (Lexicon.ORG_HEADS.contains(head)) {
            return "NATO";
        }
        if (mentionsNato && (head.equals("service") || head.equals("office") || head.equals("mission")
                || head.equals("secretariat") || head.equals("press"))) {
            return "NATO";
        }
        if (coreLower.equals("allies") || coreLower.equals("nato allies") || coreLower.equals("the allies")) {
            return "NATO";
        }
        boolean alliedGroup = mentionsNato || Lexicon.lower(core[0]).equals("allied");
        if (alliedGroup && (head.equals("leaders") || head.equals("ministers"))) {
            // "NATO leaders said" in a summit declaration, "Nato foreign ministers": the group as written, as
            // readers name it, like an unnamed official
            return String.join(" ", core);
        }
        if (alliedGroup && (head.equals("members") || head.equals("government"))) {
            return "NATO";
        }
        boolean definite = k > 0 && Lexicon.lower(toks[0]).equals("the");
        boolean ours = k > 0 && Lexicon.lower(toks[0]).equals("our");
        if ((definite || ours) && head.equals("interlocutor") && lastSubject != null) {
            return lastSubject; // "said the agency interlocutor" in translated agency copy: the source just quoted
        }
        if (Lexicon.DOCUMENT_HEADS.contains(head)) {
            if (mentionsNato || coreLower.contains("summit")) {
                // "The Bucharest Summit Declaration … states": the allies' summit speaks for the alliance
                return "NATO";
            }
            if (core.length > 1) {
                // "a Russian defence ministry statement", "the Kremlin's statement": the issuer
                String issuer = String.join(" ", Arrays.copyOfRange(core, 0, core.length - 1));
                boolean possessive = issuer.endsWith("'s") || issuer.endsWith("’s");
                if (possessive) {
                    issuer = issuer.substring(0, issuer.length() - 2);
                }
                String li = Lexicon.lower(issuer);
                if (!issuer.isBlank() && (possessive || ISSUER_WORDS.stream().anyMatch(li::contains))) {
                    return issuer;
                }
            }
            if (definite) {
                // "The Ministry of Foreign Affairs in its commentary called … «…», - the commentary says"
                OrganisationMention org = organisationMentionedBefore(null, curPos);
                if (org != null && org.pos() > lastSubjectPos) {
                    return org.name();
                }
            }
            return lastOrg;
        }
        if (definite && BACK_REFERENCE_HEADS.contains(head)) {
            // "the Russian Foreign Ministry on Thursday called … “…,” the ministry said"; in translated copy "the
            // diplomatic department" is the foreign ministry
            boolean diplomatic = coreLower.contains("diplomatic") && head.equals("department");
            OrganisationMention org = organisationMentionedBefore(diplomatic ? "ministry" : head, curPos);
            if (org != null) {
                return org.name();
            }
        }
        // "a Western diplomat" introduces someone new; "the diplomat" refers back
        boolean indefinite = k > 0 && INDEFINITE.contains(Lexicon.lower(toks[0]));
        String roleCore = roleCore(core);
        if (Lexicon.OFFICIAL_HEADS.contains(head)) {
            // "the special representative", "the Russian top diplomat": someone already introduced
            boolean describesRole = definite && roleCore.indexOf(' ') > 0;
            if (!indefinite && (definite && core.length == 1 || roleCore.equals(head) || describesRole)) {
                for (int i = labels.size() - 1; i >= 0; i--) {
                    if (labels.get(i)[1].equals(head)) {
                        return labels.get(i)[0];
                    }
                }
                String byRole = byRole(describesRole ? roleCore : head);
                if (byRole != null) {
                    return byRole;
                }
                // "Peskov said … “…,” the Kremlin representative said": a definite singular refers back
                boolean refersBack = definite && !head.endsWith("s") && lastSubject != null && isPerson(lastSubject);
                if (Lexicon.GENERIC_PERSON_HEADS.contains(head) || describesRole || refersBack) {
                    String p = lastPerson();
                    if (p != null) {
                        return p;
                    }
                }
            }
            String label = commonCase(String.join(" ", core));
            labels.add(new String[] {label, head});
            return label;
        }
        if ((head.equals("chief") || head.equals("head") || head.equals("boss") || head.equals("leader"))
                && mentionsNato) {
            String sg = byRole("secretary general");
            if (sg != null) {
                return sg;
            }
        }
        if (Lexicon.ROLE_WORDS.contains(head) || head.equals("general")) {
            String byRole = byRole(roleCore);
            if (byRole != null) {
                return byRole;
            }
        }
        if (Lexicon.GENERIC_PERSON_HEADS.contains(head)) {
            String p = lastPerson();
            if (p != null) {
                return p;
            }
        }
        if (Lexicon.ROLE_WORDS.contains(head)) {
            // "- MP said" in translated copy: a bare title is as definite as "the MP"
            boolean bare = toks.length == 1 && TITLES.contains(head) && !Lexicon.HONORIFICS.contains(head);
            if (definite || bare) {
                // an epithet for someone already named: "the former Dutch prime minister"
                String p = lastPerson();
                if (p != null) {
                    return p;
                }
            }
            return String.join(" ", core);
        }
        if (!Character.isUpperCase(core[0].charAt(0)) && !definite && k == 0) {
            return null;
        }
        if (definite && core.length == 1 && head.endsWith("-year-old")) {
            String p = lastPerson(); // "the 57-year-old told reporters"
            if (p != null) {
                return p;
            }
        }
        if (k > 0 && POSSESSIVES.contains(Lexicon.lower(toks[k - 1])) && !Character.isUpperCase(core[0].charAt(0))) {
            return null; // "his party said": an organisation the article does not name
        }
        return String.join(" ", core);
    }

    /**
     * "Ministry of Defense of Kazakhstan", "Department of Defence": an organisation's capitalised name; "state news
     * agency KCNA": the acronym a description ends with. Otherwise null.
     */
    private static String organisationName(String[] core) {
        String last = Filters.stripPunct(core[core.length - 1]);
        if (core.length > 1 && isAcronym(last) && !Lexicon.lower(last).equals("nato")
                && Character.isLowerCase(core[core.length - 2].charAt(0))
                && !Lexicon.SMALL_WORDS.contains(Lexicon.lower(core[core.length - 2]))) {
            return last;
        }
        if (core.length > 2 && core[core.length - 1].startsWith("(") && isAcronym(last)) {
            core = Arrays.copyOf(core, core.length - 1); // "… and Sport (DDPS)": the name without its acronym
        }
        // "Ministry of Defense", "Mongolian Ministry of Defense", "Chinese embassy in Canberra"
        int h = 0;
        while (h < 2 && h < core.length - 1 && Character.isUpperCase(core[h].charAt(0))
                && !ISSUER_WORDS.contains(Lexicon.lower(core[h])) && !core[h].endsWith(",")) {
            h++;
        }
        if (core.length < 2 || !ISSUER_WORDS.contains(Lexicon.lower(Filters.stripPunct(core[h])))
                || !Character.isUpperCase(core[h].charAt(0)) && h == 0) {
            return null;
        }
        if (h > 0 && h + 1 < core.length && !Lexicon.lower(core[h + 1]).equals("of")
                && !Lexicon.lower(core[h + 1]).equals("in") && !Lexicon.lower(core[h + 1]).equals("for")) {
            return null; // "European Council President Charles Michel" is a titled name
        }
        boolean placed = false;
        for (int i = h + 1; i < core.length; i++) {
            String l = Lexicon.lower(core[i]);
            if (l.equals("in") && i == h + 1) {
                placed = true;
                continue;
            }
            if (!Character.isUpperCase(core[i].charAt(0)) && !l.equals("of") && !l.equals("for") && !l.equals("and")
                    && !l.equals("the")) {
                return null;
            }
        }
        if (h > 0 && !placed && !Character.isUpperCase(core[h].charAt(0))) {
            return null;
        }
        return Character.isUpperCase(core[core.length - 1].charAt(0)) && core.length > h + 1 || h > 0
                ? String.join(" ", core) : null;
    }

    private static final Pattern ISSUED_BY = Pattern.compile("(?i:(?:the|a|an)\\s+)?(?i:statement|communiqu[eé]"
            + "|press release|declaration|message)\\s+(?i:(?:issued|released|adopted|published)\\s+)?(?i:of|by|from)"
            + "\\s+(.+?)(?:\\s+(?:on\\s+\\p{Lu}\\p{Ll}+day|which|that)(?:\\s.*)?)?");

    private static final Pattern QUOTED_AS_SAYING_AFTER = Pattern.compile(
            "[\\s,]*(?:[\\p{L}.'’-]+\\s+){1,5}?quoted\\s+(?<who>[^,.;:«»“”\"]{2,80}?)\\s+as\\s+saying\\b");

    /** "“…,” Rasmussen was quoted by a Japanese official as telling Okada": the one quoted. */
    private static final Pattern WAS_QUOTED_AFTER = Pattern.compile(
            "[\\s,]*(?<who>[\\p{Lu}][^,.;:«»“”\"]{1,60}?)\\s+(?:was|were)\\s+quoted\\s+(?:by\\s+[^,.;:«»“”\"]{2,60}?\\s+)?"
                    + "as\\s+(?:saying|telling)\\b");

    /** "«…», - it is said in the declaration of NATO" in translated agency copy. */
    private static final Pattern SAID_IN_DOCUMENT_AFTER = Pattern.compile(
            "[\\s,]*[-–—]?\\s*(?:it\\s+)?(?:is|was)\\s+(?:said|stated|noted)\\s+in\\s+(?<doc>[^,.;:«»“”\"]{3,90}?)\\s*(?:[,.;]|$)");

    /** "In the statement of the ministry it is said that «…»". */
    private static final Pattern SAID_IN_DOCUMENT_BEFORE = Pattern.compile(
            "(?:^|\\s)(?i:in)\\s+(?<doc>(?:the|a|its|his|her|their)\\s+[^,;:«»“”\"]{3,90}?)\\s+it\\s+is\\s+"
            + "(?:said|stated|noted)\\b");

    /** Heads of an organisation named once in full and then by its head alone ("the ministry"). */
    private static final Set<String> BACK_REFERENCE_HEADS = Lexicon.set("ministry", "embassy", "department", "mission");

    /**
     * "the Russian Foreign Ministry", "the Ministry of Foreign Affairs, African Cooperation and Moroccan
     * Expatriates", "the Chinese Embassy in Canberra": an organisation named by capitalised words around its head.
     */
    private static final Pattern ORGANISATION_MENTION = Pattern.compile(
            "(?:(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?<head>Ministry|Embassy|Department|Mission|ministry|embassy)"
            + "(?:\\s+(?:of|for|to)(?:\\s+the)?\\s+\\p{Lu}[\\p{L}-]*(?:(?:,\\s+|\\s+and\\s+|\\s+)\\p{Lu}[\\p{L}-]*){0,6}){0,2}"
            + "(?:\\s+in\\s+\\p{Lu}[\\p{L}-]*)?)");

    /** An organisation named in full, where, and its head noun in lower case ("ministry"). */
    private record OrganisationMention(String name, int pos, String head) {
    }

    /** Organisations named in full outside the quotations, in text order; found on first use. */
    private List<OrganisationMention> organisationMentions;

    /** The latest organisation with this head (any head when null) named in full before pos, or null. */
    private OrganisationMention organisationMentionedBefore(String head, int pos) {
        if (organisationMentions == null) {
            findOrganisationMentions();
        }
        OrganisationMention found = null;
        for (OrganisationMention o : organisationMentions) {
            if (o.pos() >= pos) {
                break;
            }
            if (head == null || o.head().equals(head)) {
                found = o;
            }
        }
        return found;
    }

    private void findOrganisationMentions() {
        organisationMentions = new ArrayList<>();
        if (!ORGANISATION_HEAD_WORD.matcher(d.text).find()) {
            return; // most articles name no ministry, embassy or mission: skip the costlier pattern
        }
        Matcher m = ORGANISATION_MENTION.matcher(d.text);
        while (m.find()) {
            String name = m.group();
            boolean capitalised = Character.isUpperCase(name.charAt(0)) && name.indexOf(' ') > 0;
            if (capitalised && !isInsideQuotation(m.start())) {
                organisationMentions.add(new OrganisationMention(
                        name.regionMatches(0, "The ", 0, 4) ? name.substring(4).trim() : name.trim(), m.start(),
                        Lexicon.lower(m.group("head"))));
            }
        }
    }

    private static final Pattern ORGANISATION_HEAD_WORD = Pattern.compile("[Mm]inistry|[Ee]mbassy|Department|Mission");

    private boolean isInsideQuotation(int pos) {
        for (Span q : kept) {
            if (q.openMark <= pos && pos < q.endPos()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a capitalised word, after an optional article, opens core at index i ("the Gulf region"). */
    private static boolean namedAfter(String[] core, int i) {
        int k = i < core.length - 1 && isArticle(core[i]) ? i + 1 : i;
        return k < core.length && Character.isUpperCase(core[k].charAt(0));
    }

    /** "reported in the Ministry of Defense": the organisation after a locative "in". */
    private static String withoutLocativeIn(String np) {
        if (!np.regionMatches(true, 0, "in ", 0, 3)) {
            return np;
        }
        String[] toks = Lexicon.WS.split(np.substring(3).trim());
        int k = toks.length > 1 && isArticle(toks[0]) ? 1 : 0;
        return Character.isUpperCase(toks[k].charAt(0)) && ISSUER_WORDS.contains(Lexicon.lower(toks[k]))
                ? np.substring(3).trim() : np;
    }

    private static final Set<String> COMMON_LEADS = Lexicon.set("diplomatic", "military", "government",
            "intelligence", "alliance", "security", "defence", "defense");

    /**
     * "Sources in Brussels" → "sources in Brussels": a label's first word in lower case when it is a common noun or
     * modifier capitalised only because it opens the sentence.
     */
    private static String commonCase(String label) {
        int sp = label.indexOf(' ');
        String first = sp < 0 ? label : label.substring(0, sp);
        if (first.length() < 2 || !Character.isUpperCase(first.charAt(0)) || !first.substring(1).equals(
                Lexicon.lower(first.substring(1)))) {
            return label;
        }
        String l = Lexicon.lower(first);
        if (Lexicon.OFFICIAL_HEADS.contains(l) || LOWER_MODIFIERS.contains(l) || QUANTIFIERS.contains(l)
                || COMMON_LEADS.contains(l)) {
            return l + label.substring(first.length());
        }
        return label;
    }

    /** Whether a noun phrase speaks of unnamed officials, sources, diplomats: "two U.S. officials familiar with". */
    private static boolean namesOfficials(String[] toks) {
        for (String t : toks) {
            if (Lexicon.OFFICIAL_HEADS.contains(Lexicon.lower(Filters.stripPunct(t)))) {
                return true;
            }
        }
        return false;
    }

    private String canonical(String name, String[] core) {
        String initialled = byInitial(name);
        if (initialled != null) {
            return initialled;
        }
        // a full name written out in the phrase itself: "Foreign Minister Sheikh Sabah Khaled Al-Hamad Al-Sabah"
        String phrase = String.join(" ", core);
        String written = null;
        for (Mention m : mentions) {
            if (m.name().length() > name.length() && m.name().endsWith(" " + name) && phrase.contains(m.name())
                    && (written == null || m.name().length() > written.length())) {
                written = m.name();
            }
        }
        if (written != null) {
            return written;
        }
        // "Rasmussen", "Fogh Rasmussen", "de Hoop Scheffer": the full name they end
        String full = bySurname(name);
        if (full != null) {
            return full;
        }
        if (name.indexOf(' ') > 0) {
            full = byLeadingParts(name); // "Sheikh Ahmad Nasser" for Ahmad Nasser Al-Fahad Al-Sabah
            if (full != null) {
                return full;
            }
        }
        if (name.indexOf(' ') < 0) {
            if (Lexicon.lower(name).equals("nato")) {
                return "NATO";
            }
            String part = byFirstOrInnerPart(name);
            return part != null ? part : name;
        }
        if (!personNames.contains(name)) {
            for (Mention m : mentions) {
                String known = m.name();
                int at = name.length() - known.length();
                if (at > 0 && name.charAt(at - 1) == ' ' && known.indexOf(' ') > 0 && name.endsWith(known)) {
                    return known; // "Ukraine Andrii Sybiha" when "Andrii Sybiha" is known
                }
            }
            addMention(new Mention(curPos, name, null));
        }
        return name;
    }

    /** Role words of a noun phrase without organisation qualifiers: "the NATO Secretary General" → "secretary general". */
    private static String roleCore(String[] core) {
        StringBuilder sb = new StringBuilder();
        for (String t : core) {
            String l = Lexicon.lower(Filters.stripPunct(t));
            if (t.endsWith("’s") || t.endsWith("'s") || l.equals("nato") || l.equals("alliance")
                    || l.equals("organization") || l.equals("organisation") || l.equals("the")) {
                continue;
            }
            if (Lexicon.ROLE_WORDS.contains(l) || l.equals("general") || PORTFOLIOS.contains(l)) {
                sb.append(l).append(' ');
            }
        }
        return sb.toString().trim().replace('-', ' ');
    }

    /** Portfolios beyond those among the role words: "the Minister of Finance" is not "the Minister of Justice". */
    private static final Set<String> PORTFOLIOS = Lexicon.set("finance", "justice", "economy");
}
