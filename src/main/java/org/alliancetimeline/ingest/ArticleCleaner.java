package org.alliancetimeline.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 2 of the ingest: reads the header (title, outlet, author, dates) of a scraped news page and
 * removes the site's boilerplate. The rules look at what a line is like — a breadcrumb, a date
 * line, a byline, a short link-like line, a footer marker, the © rule — not at particular sites.
 * Stateless and thread-safe.
 */
public final class ArticleCleaner {
    /** The header is looked for in this many leading lines at most. */
    private static final int MAX_HEADER_LINES = 10;

    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+[»›>|/]\\s+");
    private static final Pattern DATE_LABEL = Pattern.compile(
            "^(?i:date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?|last updated)?\\s*:?\\s*");
    private static final Pattern TIME = Pattern.compile(
            "^[\\[(]?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[AaPp]\\.?[Mm]\\.?)?(?:\\s*(?:GMT|UTC|CET|CEST|EST|EDT|[A-Z]{3})(?:[+-]\\d{1,2})?)?[\\])]?");
    private static final Pattern LEADING_TIME = Pattern.compile("^\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[AaPp]\\.?[Mm]\\.?)?(?=[\\s,])");
    private static final Pattern LEADING_JUNK = Pattern.compile("^[\\s,|\\-–—•·]+");
    private static final Pattern BYLINE = Pattern.compile("^(?i:by|written by|author:?|text:?)\\s+(.{2,80})$");
    private static final Pattern PERSON_NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}\\.?)?(?:\\s+(?:van|von|de|da|del|di|al|bin|ibn|der|den|la|le)?\\s*\\p{Lu}[\\p{L}'’-]+){1,2}$");
    private static final Pattern GLUED_SECTION = Pattern.compile("^(.*\\p{Ll})(\\p{Lu}\\p{Ll}+)$");
    private static final Pattern SITE_NAME = Pattern.compile("^[\\p{L}\\d][\\p{L}\\d&' -]*(?:\\.[a-zA-Z]{2,6})+$");
    private static final Pattern CREDIT = Pattern.compile(
            "\\((?:with information from |source:? |from )?(\\p{Lu}[\\p{L}.&]*(?:\\s\\p{Lu}[\\p{L}.&]*){0,2})(?:/[^()]{2,60})?\\)\\s*$");
    private static final Pattern AS_OUTLET_WROTE = Pattern.compile(
            "^As (\\p{Lu}[\\p{L}\\d.&-]*(?:\\s\\p{Lu}[\\p{L}\\d.&-]*){0,3}) (?:wrote|reported|has reported|writes|reports):?$");
    private static final Pattern FOOTER_MARKER = Pattern.compile(
            "^(?i:other news|related(?: news| articles| stories| posts| content)?:?|read (?:more|also|next)\\b.*|more (?:headlines|news|stories|from)\\b.*"
                    + "|see also\\b.*|also read\\b.*|recommended(?: for you)?|most (?:read|popular|viewed)|popular(?: news| now)?|latest(?: news)?"
                    + "|trending(?: now)?|tags?:.*|topics?:.*|share(?: this)?(?: article| story)?:?|follow us\\b.*|subscribe\\b.*|comments?(?: \\(\\d+\\))?"
                    + "|you may also like|you might also like|don't miss|advertisement|sponsored(?: content)?)$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i:©|\\(c\\)\\s*\\d{4}|copyright\\b|all rights reserved)");
    private static final Pattern SOCIAL_PROMO = Pattern.compile(
            "(?i:\\b(?:our|on|to|in|join|subscribe|follow)\\b[^.]{0,40}\\b(?:telegram|viber|whatsapp|facebook|twitter|instagram|youtube|tiktok|google news|newsletter)\\b)");
    /** "Umerov said in a post on Facebook", "wrote on Telegram that …": news about a post, not a promotion. */
    private static final Pattern REPORTED_SPEECH = Pattern.compile(
            "[\"“”«»„]|(?i:\\b(?:said|says|wrote|writes|posted|posts|tweeted|told|added|announced|stated)\\b)");
    private static final Pattern INTERLEAVED = Pattern.compile(
            "^(?i:read (?:more|also)|also read|see also|advertisement|sponsored|click here|sign up|share on|share this|tweet this"
                    + "|photo|image|video|watch|listen)\\b.{0,120}$");
    private static final Pattern COOKIES = Pattern.compile("(?i:\\bcookies?\\b.*\\b(?:accept|use|policy|consent|settings)\\b|\\b(?:accept|use|policy|consent)\\b.*\\bcookies?\\b)");
    private static final Pattern CAPTION = Pattern.compile("\\((?i:photo|image|picture|video|file photo)\\s*:?[^)]*\\)\\s*$");
    /** A sentence end: not after an initial ("Ilya U. Topper") or a common abbreviation. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!\\b\\p{Lu})(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof|No|vs))[.!?](?=\\s+[\\p{Lu}\"“])");
    private static final Pattern NOISE_LINE = Pattern.compile("^(?i:more|less|share|print|email|e-mail|menu|home|close|back|next|previous|loading\\.*|advertisement|ad|x)$");

    private static final Set<String> SECTIONS = Set.of("World", "Politics", "Economy", "Business", "Society", "News",
            "Sport", "Sports", "Opinion", "Europe", "Culture", "Science", "Technology", "Tech", "Health", "Defence",
            "Defense", "Security", "International", "Region", "Regions", "Analysis", "Interview", "Ukraine", "Russia",
            "Asia", "Africa", "Americas", "Diplomacy", "Military", "Life", "Lifestyle", "Finance", "Markets");
    private static final Set<String> OUTLET_WORDS = Set.of("Review", "News", "Times", "Post", "Agency", "Press",
            "Journal", "Herald", "Daily", "Today", "Gazette", "Tribune", "Telegraph", "Guardian", "Observer", "Monitor",
            "Radio", "TV", "Television", "Network", "Media", "Online", "Weekly", "Express", "Reuters", "AFP", "Insider",
            "Chronicle", "Standard", "Independent", "Mirror", "Report", "Wire", "Service", "Bulletin", "Magazine",
            "Azernews", "Europapress", "Pravda", "Week", "Digest", "Voice", "Info");
    private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "of", "to", "in", "and", "is", "are", "was",
            "were", "that", "for", "on", "with", "as", "by", "at", "it", "this", "be", "has", "have", "from", "its",
            "their", "which", "or", "but", "not", "said", "will", "would", "he", "she", "they", "we", "our");

    public CleanedArticle clean(RawArticle raw) {
        List<String> lines = normalisedLines(raw.text());
        Header header = readHeader(lines);
        List<String> paragraphs = removeBoilerplate(toParagraphs(lines.subList(header.bodyStart, lines.size()), header.leadParagraph));

        String outlet = raw.outlet() != null ? raw.outlet() : header.outlet;
        if (outlet == null) {
            outlet = outletFromBody(paragraphs);
        }
        if (outlet == null) {
            outlet = header.weakOutlet;
        }
        String title = raw.title() != null ? normalise(raw.title()) : header.title;
        boolean titleFromHeader = title != null;
        if (title == null) {
            title = firstSentence(paragraphs);
        }
        String author = raw.author() != null ? raw.author() : header.author;
        return new CleanedArticle(title, titleFromHeader, outlet, author, header.dates, paragraphs);
    }

    /**
     * Collapses every kind of white space (no-break, thin, ideographic) to one space, drops invisible characters,
     * trims; turns the old AP wire's ``…'' quotation marks into “…”.
     */
    static String normalise(String s) {
        if (isNormal(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        boolean wireQuotes = s.contains("``");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (wireQuotes && (c == '`' || c == '\'') && i + 1 < s.length() && s.charAt(i + 1) == c) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c == '`' ? '“' : '”');
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Visible characters with single inner spaces, the common case, need no copy. */
    private static boolean isNormal(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == ' ' && previous == ' ' || c == '`' && previous == '`') {
                return false;
            }
            if (c > '~' && (isInvisible(c) || Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Lines with whitespace normalised; blank lines become "". */
    static List<String> normalisedLines(String text) {
        String[] raw = text.split("\n", -1);
        List<String> lines = new ArrayList<>(raw.length);
        for (String line : raw) {
            lines.add(normalise(line));
        }
        return lines;
    }

    private static final class Header {
        String title;
        String outlet;
        String weakOutlet;
        String author;
        List<CleanedArticle.HeaderDate> dates = new ArrayList<>();
        int bodyStart;
        String leadParagraph;
    }

    private Header readHeader(List<String> lines) {
        Header h = new Header();
        List<DateMention> pendingDates = new ArrayList<>();
        List<String> pendingDateLines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int i = 0;
        int examined = 0;
        for (; i < lines.size() && examined < MAX_HEADER_LINES; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            examined++;
            if (!seen.add(line)) {
                continue;
            }
            DateLine dateLine = dateLine(line);
            if (dateLine != null) {
                pendingDates.add(dateLine.date);
                pendingDateLines.add(line);
                h.dates.add(new CleanedArticle.HeaderDate(dateLine.date, line, h.title == null));
                String rest = dateLine.rest;
                if (rest.isEmpty()) {
                    continue;
                }
                if (isProse(rest)) {
                    h.leadParagraph = rest;
                    i++;
                    break;
                }
                if (!readByline(rest, h) && SITE_NAME.matcher(rest).matches()) {
                    h.outlet = h.outlet == null ? rest : h.outlet;
                }
                continue;
            }
            if (isProse(line) || continuesOnNextLine(lines, i)) {
                break;
            }
            if (NOISE_LINE.matcher(line).matches() || FOOTER_MARKER.matcher(line).matches()) {
                continue;
            }
            String[] crumbs = BREADCRUMB_SEPARATOR.split(line);
            if (crumbs.length >= 3 || (crumbs.length == 2 && line.contains("»"))) {
                String site = crumbs[0].trim();
                if (SITE_NAME.matcher(site).matches() || site.split(" ").length <= 2) {
                    h.outlet = h.outlet == null ? site : h.outlet;
                }
                if (h.title == null) {
                    h.title = crumbs[crumbs.length - 1].trim();
                }
                continue;
            }
            DateMention inByline = dateBesideByline(line);
            if (inByline != null) {
                h.dates.add(new CleanedArticle.HeaderDate(inByline, line, h.title == null));
            }
            if (readByline(line, h)) {
                continue;
            }
            if (h.title == null && words(line) >= 4) {
                h.title = line;
                continue;
            }
            // Short lines around the headline: section names, subheads, captions.
        }
        h.bodyStart = Math.min(i, lines.size());
        return h;
    }

    /** A line hard-wrapped onto the next one is running text, not a header line. */
    private static boolean continuesOnNextLine(List<String> lines, int i) {
        return i + 1 < lines.size() && !lines.get(i + 1).isEmpty() && isHardWrap(lines.get(i), lines.get(i + 1))
                && dateLine(lines.get(i + 1)) == null;
    }

    /** A byline, or a person's name alone on a line (possibly glued to a section name). */
    private static boolean readByline(String line, Header h) {
        Matcher by = BYLINE.matcher(line);
        String name = by.matches() ? by.group(1).trim() : line;
        int cut = firstIndexOf(name, ',', '|');
        name = (cut < 0 ? name : name.substring(0, cut)).trim();
        if (looksLikeOutlet(name)) {
            if (by.matches()) {
                if (h.weakOutlet == null) {
                    h.weakOutlet = name;
                }
                if (words(name) > 1 && h.outlet == null) {
                    h.outlet = name;
                }
                return true;
            }
            return false;
        }
        Matcher glued = GLUED_SECTION.matcher(name);
        if (glued.matches() && SECTIONS.contains(glued.group(2)) && PERSON_NAME.matcher(glued.group(1)).matches()) {
            if (h.author == null) {
                h.author = glued.group(1);
            }
            return true;
        }
        if (PERSON_NAME.matcher(name).matches()) {
            if (h.author == null) {
                h.author = name;
            }
            return true;
        }
        return by.matches() && words(name) <= 4;
    }

    private static int firstIndexOf(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean looksLikeOutlet(String name) {
        if (name.contains(".") && SITE_NAME.matcher(name).matches()) {
            return true;
        }
        String[] tokens = name.split(" ");
        if (tokens.length == 1) {
            return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
        }
        for (String t : tokens) {
            if (OUTLET_WORDS.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** "By Jane Doe | March 3, 2022" or "Reuters • 3 March 2022": a date set beside a byline. */
    private static DateMention dateBesideByline(String line) {
        if (line.length() > 100) {
            return null;
        }
        boolean byline = BYLINE.matcher(line).matches();
        for (DateMention d : DateForms.find(line)) {
            if (!d.hasYear() || !d.hasDay()) {
                continue;
            }
            String before = line.substring(0, d.start()).stripTrailing();
            if (byline || before.endsWith("|") || before.endsWith("•") || before.endsWith("·") || before.endsWith(" -")
                    || before.endsWith("—") || before.endsWith("–")) {
                return d;
            }
        }
        return null;
    }

    private record DateLine(DateMention date, String rest) {
    }

    /** A header line that starts with a date (after a label or weekday); the rest of the line after date and time. */
    private static DateLine dateLine(String line) {
        Matcher label = DATE_LABEL.matcher(line);
        int from = label.find() ? label.end() : 0;
        Matcher leadingTime = LEADING_TIME.matcher(line.substring(from));
        if (leadingTime.find() && leadingTime.end() > 0) {
            from += leadingTime.end();
            while (from < line.length() && (line.charAt(from) == ',' || line.charAt(from) == ' ')) {
                from++;
            }
        }
        // a date that may open the line starts within 12 characters of "from" and is shorter than 48
        if (!hasDigit(line, from, from + 60)) {
            return null;
        }
        // so only the line's head is searched (with a margin: a form's match reads one character past its end)
        List<DateMention> dates = DateForms.find(line.length() > from + 80 ? line.substring(0, from + 80) : line);
        for (DateMention d : dates) {
            if (!d.hasYear()) {
                continue;
            }
            String before = line.substring(from, Math.max(from, d.start()));
            if (d.start() >= from && (before.isBlank() || (d.weekday() != null && before.length() <= 12))) {
                String rest = line.substring(d.end());
                rest = LEADING_JUNK.matcher(rest).replaceFirst("");
                Matcher time = TIME.matcher(rest);
                if (time.find()) {
                    rest = rest.substring(time.end());
                }
                rest = LEADING_JUNK.matcher(rest).replaceFirst("").trim();
                return new DateLine(d, rest);
            }
            break;
        }
        return null;
    }

    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < Math.min(to, s.length()); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A line of running text rather than a headline, byline or link. */
    static boolean isProse(String line) {
        int words = words(line);
        if (line.length() >= 200) {
            return true;
        }
        return words >= 9 && endsLikeSentence(line);
    }

    private static boolean endsLikeSentence(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == '!' || last == '?' || last == ':' || last == ')') {
            return true;
        }
        if ((last == '"' || last == '”' || last == '»' || last == '’' || last == '″') && t.length() > 1) {
            char before = t.charAt(t.length() - 2);
            return before == '.' || before == '!' || before == '?' || before == ',';
        }
        return false;
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = c > ' ' && c < 128 || !Character.isWhitespace(c);
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    /**
     * Blocks separated by blank lines become paragraphs; inside a block, a line that ends
     * mid-sentence and is followed by a lower-case start is a hard wrap and is joined, other lines
     * stand alone (scrapes often put one paragraph per line).
     */
    private static List<String> toParagraphs(List<String> lines, String lead) {
        List<String> paragraphs = new ArrayList<>();
        if (lead != null) {
            paragraphs.add(lead);
        }
        StringBuilder current = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                if (current != null) {
                    paragraphs.add(current.toString());
                    current = null;
                }
                continue;
            }
            if (current == null) {
                current = new StringBuilder(line);
            } else if (isHardWrap(current, line)) {
                current.append(' ').append(line);
            } else {
                paragraphs.add(current.toString());
                current = new StringBuilder(line);
            }
        }
        if (current != null) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    private static boolean isHardWrap(CharSequence previous, String next) {
        char last = previous.charAt(previous.length() - 1);
        boolean ended = last == '.' || last == '!' || last == '?' || last == ':';
        return !ended && (Character.isLowerCase(next.charAt(0)) || previous.length() > 60 && next.length() > 40);
    }

    /**
     * Footer markers (related headlines, "Other News", social-media promotion, ©) in the second half
     * cut the rest of the page; elsewhere they and link-like lines are dropped one by one. Short
     * headline-like lines after the last line of running text are dropped too.
     */
    private static List<String> removeBoilerplate(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        int n = paragraphs.size();
        for (int i = 0; i < n; i++) {
            String p = paragraphs.get(i);
            boolean footer = isFooterMarker(p);
            if (footer && i >= n / 2 && i > 0) {
                break;
            }
            if (footer || isInterleavedBoilerplate(p)) {
                continue;
            }
            kept.add(p);
        }
        int lastProse = -1;
        for (int i = 0; i < kept.size(); i++) {
            if (isProse(kept.get(i)) || kept.get(i).length() > 80) {
                lastProse = i;
            }
        }
        List<String> result = new ArrayList<>(kept.subList(0, lastProse + 1));
        for (int i = lastProse + 1; i < kept.size(); i++) {
            if (!isHeadlineLike(kept.get(i))) {
                result.add(kept.get(i));
            }
        }
        return result;
    }

    private static boolean isFooterMarker(String p) {
        if (p.length() <= 60 && FOOTER_MARKER.matcher(p).matches()) {
            return true;
        }
        if (p.length() > 200) {
            return false;
        }
        // the patterns below search every position; a word each of them needs rules most lines out first
        String lower = p.toLowerCase(Locale.ROOT);
        if (p.length() <= 160 && containsAny(lower, COPYRIGHT_WORDS) && COPYRIGHT.matcher(p).find()) {
            return true;
        }
        // a paragraph of several sentences is news ("… lashed out at the draft on Twitter."), not a promotion
        return containsAny(lower, SOCIAL_WORDS) && SOCIAL_PROMO.matcher(p).find() && stopWordShare(p) < 0.5
                && !REPORTED_SPEECH.matcher(p).find()
                && !(p.length() > 140 && SECOND_SENTENCE.matcher(p).find() && !PROMO_IMPERATIVE.matcher(p).find());
    }

    /** "Subscribe to our Telegram channel", "follow us on Facebook": a promotion however many sentences it has. */
    private static final Pattern PROMO_IMPERATIVE = Pattern.compile(
            "(?i:\\b(?:subscribe|follow us|join us|join our|sign up|download our|stay informed|stay tuned)\\b)");

    private static final Pattern SECOND_SENTENCE = Pattern.compile("\\p{Ll}{2}[.!?] \\p{Lu}\\p{Ll}");

    private static final List<String> COPYRIGHT_WORDS = List.of("©", "(c)", "copyright", "all rights reserved");
    private static final List<String> SOCIAL_WORDS = List.of("telegram", "viber", "whatsapp", "facebook", "twitter",
            "instagram", "youtube", "tiktok", "google news", "newsletter");

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInterleavedBoilerplate(String p) {
        if (p.length() <= 200 && ((p.toLowerCase(Locale.ROOT).contains("cookie") && COOKIES.matcher(p).find())
                || NOISE_LINE.matcher(p).matches())) {
            return true;
        }
        if (INTERLEAVED.matcher(p).matches() && !isProse(p)) {
            return true;
        }
        return p.stripTrailing().endsWith(")") && CAPTION.matcher(p).find() && words(p) <= 20 && !p.contains("\"") && !p.contains("“");
    }

    /** A short line with no closing punctuation: a related headline, a recipe title, a link. */
    private static boolean isHeadlineLike(String p) {
        return words(p) <= 16 && !endsLikeSentence(p);
    }

    private static double stopWordShare(String p) {
        String[] tokens = p.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int stop = 0;
        int total = 0;
        for (String t : tokens) {
            if (!t.isEmpty()) {
                total++;
                if (STOP_WORDS.contains(t)) {
                    stop++;
                }
            }
        }
        return total == 0 ? 0 : (double) stop / total;
    }

    /** "(with information from EFE)", "(EFE/Photographer)", "As OBOZ.UA wrote:" name the outlet. */
    private static String outletFromBody(List<String> paragraphs) {
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            String p = paragraphs.get(i);
            Matcher as = AS_OUTLET_WROTE.matcher(p);
            if (as.matches()) {
                return as.group(1);
            }
            if (p.startsWith("(") && words(p) <= 6) {
                Matcher credit = CREDIT.matcher(p);
                if (credit.find()) {
                    return credit.group(1);
                }
            }
        }
        for (String p : paragraphs) {
            if (p.indexOf('/') < 0) {
                continue;
            }
            Matcher credit = CREDIT.matcher(p);
            if (credit.find() && credit.group().contains("/")) {
                String name = credit.group(1);
                if (name.equals(name.toUpperCase(Locale.ROOT)) && name.length() >= 2) {
                    return name;
                }
            }
        }
        return null;
    }

    private static String firstSentence(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return null;
        }
        String p = paragraphs.get(0);
        Matcher end = SENTENCE_END.matcher(p);
        String sentence = end.find() && end.start() > 20 ? p.substring(0, end.start() + 1) : p;
        sentence = CREDIT.matcher(sentence).replaceFirst("").trim();
        return sentence.length() > 160 ? sentence.substring(0, sentence.lastIndexOf(' ', 157)) + "…" : sentence;
    }
}
