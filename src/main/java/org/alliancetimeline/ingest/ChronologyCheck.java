package org.alliancetimeline.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancetimeline.ingest.ReferenceChronology.SecretaryGeneral;

/**
 * Checks an article's date against the reference chronology and returns warnings a student can
 * read. The checks are deliberately conservative: a warning means the text contradicts the record,
 * not merely that it talks about another time.
 *
 * <p>Secretary General check: the article names a Secretary General X and presents X in the role
 * (the role "Secretary General"/"Secretary-General" next to X's name in a sentence that also says
 * NATO or Alliance, or the role used alone when X is the only Secretary General named and is named
 * in the title or more than once), nothing qualifies X as a former/then/incoming holder or places
 * the sentence in another year, no Secretary General in office on the date is named, and the date
 * lies outside X's term by more than {@value #GRACE_DAYS} days.
 *
 * <p>Date sanity: a date before the North Atlantic Treaty (4 April 1949) or in the future.
 */
public final class ChronologyCheck {

    /** Days of tolerance around a term: articles published just after a handover still say "Secretary General". */
    public static final int GRACE_DAYS = 7;

    private static final LocalDate TREATY_SIGNED = LocalDate.of(1949, 4, 4);

    private static final Pattern SENTENCE_END = Pattern.compile(
            "\\s*\\R\\s*|(?<=[.!?][\"”’»]?)\\s+(?=[\\p{Lu}\"“‘«(\\-–—\\d])");
    private static final Pattern ROLE = Pattern.compile("(?i)secretar(?:y|ies)[\\s\\u00A0]*[-‐‑–]?[\\s\\u00A0]*generals?");
    private static final Pattern NATO_CONTEXT = Pattern.compile("NATO|Nato|North Atlantic|Alliance|alliance");
    private static final Pattern PAST_QUALIFIER = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:former|formerly|ex-|erstwhile|outgoing|previous|predecessor|late|then|once|onetime|one-time"
            + "|until|served|retired|who led|had been|was (?:the )?(?:NATO(?:'s|’s)? )?secretary)(?![\\p{L}])");
    private static final Pattern FUTURE_QUALIFIER = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:will|would|to become|to succeed|succeed|succeeds|successor|next|future|incoming|designate"
            + "|designated|candidate|candidacy|nominee|nominated|appointed|named|chosen|selected|frontrunner|front-runner"
            + "|favourite|favorite|race|bid|run|running|take over|takes over|taking over)(?![\\p{L}])");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d\\d|20\\d\\d)(?!\\d)");

    private final ReferenceChronology chronology;
    private final Pattern names;
    private final Map<String, SecretaryGeneral> byAlias = new HashMap<>();
    private final Supplier<LocalDate> today;

    public ChronologyCheck(ReferenceChronology c) {
        this(c, LocalDate::now);
    }

    /** With a clock for the "date in the future" check (tests). */
    public ChronologyCheck(ReferenceChronology c, Supplier<LocalDate> today) {
        this.chronology = c;
        this.today = today;
        List<String> all = new ArrayList<>();
        for (SecretaryGeneral sg : c.secretariesGeneral()) {
            for (String n : sg.allNames()) {
                // acting holders share aliases across their two spells: keep the first, resolve by date later
                byAlias.putIfAbsent(n, sg);
                all.add(n);
            }
        }
        all.sort(Comparator.comparingInt(String::length).reversed());
        // The lookahead on the names' first letters lets the scan skip most positions at once.
        StringBuilder firstLetters = new StringBuilder();
        all.forEach(n -> firstLetters.append(Pattern.quote(n.substring(0, 1))));
        StringBuilder sb = new StringBuilder("(?=[" + firstLetters + "])(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < all.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(all.get(i)));
        }
        sb.append(")(?![\\p{L}\\p{N}])");
        this.names = Pattern.compile(sb.toString());
    }

    /**
     * Warnings about {@code date} (the article's date, possibly null) given its title and cleaned
     * paragraphs; empty when nothing contradicts the record.
     */
    public List<String> check(LocalDate date, String title, List<String> paragraphs) {
        List<String> warnings = new ArrayList<>();
        if (date == null) {
            return warnings;
        }
        if (date.isBefore(TREATY_SIGNED)) {
            warnings.add("Stated date " + date + " is before NATO existed: the North Atlantic Treaty was signed on "
                    + TREATY_SIGNED + ".");
            return warnings;
        }
        if (date.isAfter(today.get().plusDays(1))) {
            warnings.add("Stated date " + date + " is in the future.");
            return warnings;
        }
        String sgWarning = secretaryGeneralWarning(date, title, paragraphs);
        if (sgWarning != null) {
            warnings.add(sgWarning);
        }
        return warnings;
    }

    /** A sentence with the Secretaries General it names (name offsets) and its role mentions. */
    private record Sentence(String text, boolean inTitle, Map<SecretaryGeneral, List<int[]>> named,
                            List<int[]> roles) {
    }

    private String secretaryGeneralWarning(LocalDate date, String title, List<String> paragraphs) {
        if (!namesAbsentHolder(date, title, paragraphs)) {
            return null;
        }
        List<Sentence> sentences = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            split(title, true, sentences);
        }
        for (String p : paragraphs) {
            split(p, false, sentences);
        }
        Map<SecretaryGeneral, Integer> mentions = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            s.named().forEach((sg, spans) -> mentions.merge(sg, spans.size(), Integer::sum));
        }
        if (mentions.isEmpty()) {
            return null;
        }
        for (SecretaryGeneral sg : mentions.keySet()) {
            if (sg.inOfficeOn(date, GRACE_DAYS)) {
                return null; // the holder of the day is named: the article can talk about others freely
            }
        }
        for (SecretaryGeneral sg : mentions.keySet()) {
            boolean before = date.isBefore(sg.start());
            if (presentsAsSecretaryGeneral(sg, before, mentions, sentences)) {
                String term = sg.end() == null
                        ? "whose term began " + sg.start()
                        : "whose term ran " + sg.start() + " to " + sg.end();
                return "Stated date " + date + " conflicts with the record: the article presents " + sg.name()
                        + " as NATO Secretary General, " + term + ".";
            }
        }
        return null;
    }

    /**
     * Whether the text names some Secretary General but not the one in office on {@code date}: the only
     * case that needs the sentence-level reading below. One scan per paragraph, so most articles (none
     * named, or the holder of the day named) skip the sentence splitting, which costs far more.
     */
    private boolean namesAbsentHolder(LocalDate date, String title, List<String> paragraphs) {
        List<String> texts = new ArrayList<>(paragraphs.size() + 1);
        if (title != null) {
            texts.add(title);
        }
        texts.addAll(paragraphs);
        boolean named = false;
        for (String text : texts) {
            NamedHolder found = scanNames(text, date);
            if (found == NamedHolder.IN_OFFICE) {
                return false;
            }
            named |= found == NamedHolder.OTHER;
        }
        return named;
    }

    private enum NamedHolder { NONE, OTHER, IN_OFFICE }

    private NamedHolder scanNames(String text, LocalDate date) {
        NamedHolder result = NamedHolder.NONE;
        Matcher m = names.matcher(text);
        while (m.find()) {
            if (byAlias.get(m.group()).inOfficeOn(date, GRACE_DAYS)) {
                return NamedHolder.IN_OFFICE;
            }
            result = NamedHolder.OTHER;
        }
        return result;
    }

    private boolean presentsAsSecretaryGeneral(SecretaryGeneral sg, boolean dateBeforeTerm,
                                               Map<SecretaryGeneral, Integer> mentions, List<Sentence> sentences) {
        Pattern qualifier = dateBeforeTerm ? FUTURE_QUALIFIER : PAST_QUALIFIER;
        boolean adjacent = false;
        boolean inTitle = false;
        for (Sentence s : sentences) {
            List<int[]> spans = s.named().get(sg);
            if (spans == null) {
                continue;
            }
            inTitle |= s.inTitle();
            if (qualifier.matcher(s.text()).find() || placesInOtherYear(s.text(), sg, dateBeforeTerm)) {
                return false;
            }
            if (NATO_CONTEXT.matcher(s.text()).find() || s.inTitle() && NATO_CONTEXT.matcher(s.text()).find()) {
                for (int[] name : spans) {
                    for (int[] role : s.roles()) {
                        int gap = role[0] >= name[1] ? role[0] - name[1] : name[0] - role[1];
                        if (gap >= 0 && gap <= 40) {
                            adjacent = true;
                        }
                    }
                }
            }
        }
        if (adjacent) {
            return true;
        }
        if (dateBeforeTerm || mentions.size() != 1 || !(inTitle || mentions.get(sg) >= 2)) {
            return false;
        }
        // the role used on its own ("the NATO Secretary General said"), with no qualifier
        boolean standaloneRole = false;
        for (Sentence s : sentences) {
            if (s.roles().isEmpty() || !NATO_CONTEXT.matcher(s.text()).find()) {
                continue;
            }
            if (qualifier.matcher(s.text()).find() || placesInOtherYear(s.text(), sg, false)) {
                return false;
            }
            standaloneRole = true;
        }
        return standaloneRole;
    }

    /** Whether the sentence mentions a year that puts it in X's term (or, for a future holder, after its start). */
    private static boolean placesInOtherYear(String text, SecretaryGeneral sg, boolean dateBeforeTerm) {
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (dateBeforeTerm ? year >= sg.start().getYear()
                    : sg.end() != null && year <= sg.end().getYear()) {
                return true;
            }
        }
        return false;
    }

    private void split(String block, boolean inTitle, List<Sentence> out) {
        for (String text : SENTENCE_END.split(block)) {
            if (text.isBlank()) {
                continue;
            }
            Map<SecretaryGeneral, List<int[]>> named = new LinkedHashMap<>();
            Matcher m = names.matcher(text);
            while (m.find()) {
                named.computeIfAbsent(byAlias.get(m.group()), k -> new ArrayList<>())
                        .add(new int[] {m.start(), m.end()});
            }
            List<int[]> roles = new ArrayList<>();
            Matcher r = ROLE.matcher(text);
            while (r.find()) {
                roles.add(new int[] {r.start(), r.end()});
            }
            out.add(new Sentence(text, inTitle, named, roles));
        }
    }

    public ReferenceChronology chronology() {
        return chronology;
    }
}
