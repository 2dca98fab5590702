package org.alliancetimeline.ingest.quotes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word lists and precompiled patterns shared by the quote extractor. Immutable, thread-safe. */
final class Lexicon {
    private Lexicon() {
    }

    /** Reporting verbs usable after a subject ("X said"). */
    static final String VERBS = "said|says|added|adds|explained|explains|stressed|stresses|noted|told|tells|wrote|writes"
            + "|asked|asks|replied|replies|answered|responded|continued|continues|concluded|concludes|insisted|insists"
            + "|warned|warns|declared|declares|stated|emphasi[sz]ed|emphasi[sz]es|underlined|underlines|underscored"
            + "|summari[sz]ed|summari[sz]es|remarked|observed|argued|argues|detailed|specified|indicated|recalled|recalls"
            + "|pointed out|points out|reiterated|reiterates|clarified|tweeted|posted|announced|assured|affirmed"
            + "|acknowledged|admitted|confirmed|commented|highlighted|cautioned|urged|reminded|asserted|asserts"
            + "|claimed|maintained|went on|goes on|gave details of|was quoted as saying|put it|promised|pledged|vowed|informed|described|called|dismissed"
            + "|quoted as saying|reads|read out|vowed|promised|predicted|suggested|conceded|called|described"
            + "|accused|denounced|assessed|expressed|reported|evaluated|estimated|opined|repeated|specifies|notes"
            + "|affirms|indicates";

    /** Reporting verbs usable before the speaker ("said X", "Gave details of X"). */
    static final String VERBS_INV = "said|says|added|adds|explained|stressed|noted|wrote|asked|replied|answered"
            + "|responded|continued|concluded|insisted|warned|declared|stated|emphasi[sz]ed|underlined|underscored"
            + "|summari[sz]ed|remarked|observed|argued|detailed|specified|indicated|recalled|pointed out|reiterated"
            + "|clarified|tweeted|posted|announced|assured|affirmed|acknowledged|admitted|confirmed|commented"
            + "|highlighted|cautioned|urged|reminded|asserted|claimed|maintained|went on|gave details of|reads"
            + "|reported|according to|in the words of|explains|continues|specifies|notes|stresses|insists|concludes"
            + "|affirms|underlines|recalls|indicates|declares|warns|repeated";

    static final String PARTICIPLES = "saying|adding|noting|stressing|warning|explaining|insisting|arguing"
            + "|emphasi[sz]ing|underlining|recalling|pointing out|telling|declaring|stating|asserting|concluding"
            + "|calling|describing|accusing|affirming|reiterating|highlighting|underscoring|expressing";

    /** Adverbs and auxiliaries that may stand between a speaker and the reporting verb: "X also said". */
    static final String ADVERBS = "also|further|later|then|has|had|have|would|will|earlier|previously|once|again"
            + "|repeatedly|recently|simply|just|reportedly|separately|firmly|clearly|publicly|frankly|bluntly"
            + "|has also|had also|constantly|consistently|always|often|strongly|openly|has constantly|has always"
            + "|has long|had long|explicitly|long|never|nevertheless|however|meanwhile|too";

    /** The one-word entries of {@link #ADVERBS}. */
    static final Set<String> ADVERB_WORDS = adverbWords();

    private static Set<String> adverbWords() {
        Set<String> words = new java.util.HashSet<>();
        for (String a : ADVERBS.split("\\|")) {
            if (a.indexOf(' ') < 0) {
                words.add(a);
            }
        }
        return Set.copyOf(words);
    }

    /** A word of a noun phrase; a final period only after an initial or a common abbreviation. */
    private static final String NPTOK = "[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*(?:\\.[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*)*"
            + "(?:(?<=(?:^|[^\\p{L}])\\p{Lu})\\.|(?<=(?:^|[^\\p{L}])(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Gov|Prof|U\\.S|U\\.K))\\.)?";

    /** Separator between a closing mark and its attribution. */
    private static final String SEP = "[\\s]*(?:[,;]\\s*)?(?:[-–—]+\\s*)?";

    private static final String NP_STOP = "(?=\\s*(?:[,.;:!?()\\[\\]“”\"«»„]|$)|\\s+(?:in|on|at|during|after|before"
            + "|while|when|who|which|whose|from|to|via|told|adding|saying|according|last|this|earlier|late|yesterday|today|as|and|but)\\b)";

    /** Attribution after a closing mark: "said X" or "X said". Group inv or sub. */
    static final Pattern AFTER = Pattern.compile(SEP
            + "(?:(?i:(?:" + VERBS_INV + "))\\s+(?:to (?:us|me) )?(?<inv>" + NPTOK + "(?:\\s+" + NPTOK + "){0,9}?)"
            + NP_STOP + "|(?<sub>" + NPTOK + "(?:\\s+" + NPTOK + "){0,15}?)(?:,\\s+[^,“”\"«»„]{1,100}?,)?\\s+"
            + "(?:(?i:" + ADVERBS + ")\\s+){0,3}(?i:(?:" + VERBS + "))\\b)");

    /** Attribution at the end of an unclosed quotation's paragraph: ", Stoltenberg said." */
    static final Pattern TAIL = Pattern.compile("[,]\\s*(?:[-–—]+\\s*)?"
            + "(?:(?i:(?:" + VERBS_INV + "))\\s+(?<inv>" + NPTOK + "(?:\\s+" + NPTOK + "){0,9}?)"
            + "|(?<sub>" + NPTOK + "(?:\\s+" + NPTOK + "){0,7}?)\\s+(?:(?i:" + ADVERBS + ")\\s+){0,3}"
            + "(?i:(?:" + VERBS + ")))"
            + "(?:[\\s,]+[^,.;:!?“”\"]{0,80})?\\s*[.!]?\\s*");

    /** Reporting verbs after "to" ("used her speech to warn that"): the sentence's subject speaks. */
    private static final String INFINITIVES = "warn|stress|insist|argue|declare|say";

    /**
     * "declared to be", "said to have": no reporting verb; "declared to MENA that", "said to reporters" still are.
     */
    private static final String NOT_TO_INFINITIVE = "(?!\\s+to\\b(?!\\s+(?:(?-i:\\p{Lu})|(?:the\\s+)?(?:press|media"
            + "|journalists|reporters|me|us|him|her)\\b)))";

    /** Reporting verbs, participles and "according to" inside a sentence before a quote. */
    static final Pattern PREFIX_VERB = Pattern.compile("(?<![-\\p{L}])(?:(?<verb>" + VERBS + "|states(?=\\s+that\\b|\\s*:))" + NOT_TO_INFINITIVE + "|(?<part>" + PARTICIPLES
            + ")|(?<acc>according to)\\s+(?<accnp>[^,;:“”\"«»„]{1,80}?)(?=\\s*(?:[,;:]|\\.?(?:$|\\n)))"
            + "|quoted\\s+(?<qnp>[^,;:“”\"«»„]{1,80}?)\\s+as\\s+saying"
            + "|(?<inf>" + INFINITIVES + ")(?=\\s+that\\b))\\b", Pattern.CASE_INSENSITIVE);

    static final Pattern WS = Pattern.compile("\\s+");

    static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s.,;:]+$");

    /** First words of every alternative of {@link #PREFIX_VERB}, lower case. */
    static final Set<String> VERB_FIRST_WORDS = firstWords(VERBS, PARTICIPLES, INFINITIVES, "according|quoted|states");

    /** Two-letter lower-case prefixes of {@link #VERB_FIRST_WORDS}: a cheap filter before hashing a word. */
    private static final boolean[] VERB_PREFIXES = prefixes(VERB_FIRST_WORDS);

    private static boolean[] prefixes(Set<String> words) {
        boolean[] out = new boolean[26 * 26 * 26];
        for (String w : words) {
            if (w.length() < 3) {
                throw new IllegalStateException("verb too short for the prefix filter: " + w);
            }
            int a = w.charAt(0) - 'a';
            int b = w.charAt(1) - 'a';
            int c = w.charAt(2) - 'a';
            if (w.length() >= 3 && a >= 0 && a < 26 && b >= 0 && b < 26 && c >= 0 && c < 26) {
                out[(a * 26 + b) * 26 + c] = true;
            }
        }
        return out;
    }

    /** "the continued expansion", "its stated aim": a participle after a determiner is an adjective. */
    private static boolean afterDeterminer(String s, int i) {
        int e = i - 1;
        if (e < 1 || s.charAt(e) != ' ') {
            return false;
        }
        int b = e;
        while (b > 0 && isLetter(s.charAt(b - 1))) {
            b--;
        }
        int n = e - b;
        return n >= 1 && n <= 5 && (b == 0 || !isLetter(s.charAt(b - 1)))
                && ATTRIBUTIVE_DETERMINERS.contains(lower(s.substring(b, e)));
    }

    private static final Set<String> ATTRIBUTIVE_DETERMINERS = set("the", "a", "an", "its", "their", "his", "her",
            "our", "this", "that");

    private static boolean mayBeVerb(String s, int i, int j) {
        if (j - i < 3 || j - i > 12) {
            return false;
        }
        int a = (s.charAt(i) | 0x20) - 'a';
        int b = (s.charAt(i + 1) | 0x20) - 'a';
        int c = (s.charAt(i + 2) | 0x20) - 'a';
        return a >= 0 && a < 26 && b >= 0 && b < 26 && c >= 0 && c < 26 && VERB_PREFIXES[(a * 26 + b) * 26 + c];
    }

    private static Set<String> firstWords(String... alternations) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String alternation : alternations) {
            for (String alt : alternation.split("\\|")) {
                String w = alt.trim().split(" ")[0];
                if (w.contains("[sz]")) {
                    out.add(w.replace("[sz]", "s"));
                    out.add(w.replace("[sz]", "z"));
                } else {
                    out.add(w);
                }
            }
        }
        return Set.copyOf(out);
    }

    /**
     * Reporting verbs in s[from, to): each hit is {start, kind, specialStart, specialEnd} with kind 0 = verb,
     * 1 = participle, 2 = "according to X" / "quoted X as saying" (X at specialStart..specialEnd). The pattern is
     * only tried at word starts whose word can begin a match, which keeps the scan fast.
     */
    static java.util.List<int[]> verbHits(String s, int from, int to, int max) {
        java.util.List<int[]> hits = new java.util.ArrayList<>();
        Matcher m = PREFIX_VERB.matcher(s);
        m.useTransparentBounds(true);
        int i = from;
        while (i < to) {
            if (!isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && isLetter(s.charAt(j))) {
                j++;
            }
            boolean wordStart = i == 0 || s.charAt(i - 1) != '-';
            if (wordStart && mayBeVerb(s, i, j) && VERB_FIRST_WORDS.contains(lower(s.substring(i, j)))) {
                m.region(i, to);
                if (m.lookingAt()) {
                    if (m.group("accnp") != null) {
                        hits.add(new int[] {i, 2, m.start("accnp"), m.end("accnp")});
                    } else if (m.group("qnp") != null) {
                        hits.add(new int[] {i, 2, m.start("qnp"), m.end("qnp")});
                    } else if (m.group("part") != null) {
                        hits.add(new int[] {i, 1, -1, -1});
                    } else if (m.group("inf") != null) {
                        if (i >= 3 && s.regionMatches(true, i - 3, "to ", 0, 3)) {
                            hits.add(new int[] {i, 1, -1, -1});
                        }
                    } else if (!(Character.isUpperCase(s.charAt(i)) && i >= 2 && s.charAt(i - 1) == ' '
                            && isLetter(s.charAt(i - 2))) && !afterDeterminer(s, i)) {
                        // a capitalised word inside a sentence is a name ("Edward Said"), not the verb
                        hits.add(new int[] {i, 0, -1, -1});
                    }
                    if (hits.size() >= max) {
                        break;
                    }
                }
            }
            i = j;
        }
        return hits;
    }


    static final Set<String> ABBREVIATIONS = set("mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep",
            "gov", "prof", "jr", "sr", "no", "vol", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sep", "sept",
            "oct", "nov", "dec", "adm", "capt", "maj", "sgt", "rev", "hon", "u.s", "u.k", "e.g", "i.e");

    static final Set<String> PRONOUNS = set("he", "she", "they", "it", "i", "we");

    static final Set<String> DETERMINERS = set("the", "a", "an", "his", "her", "its", "their", "this", "that",
            "one", "another", "our");

    static final Set<String> HONORIFICS = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madam",
            "lord", "lady", "baroness", "dame");

    static final Set<String> STOP_BEFORE_NP = set("and", "but", "while", "as", "when", "after", "before",
            "because", "since", "although", "though", "that", "which", "where", "whereas", "if", "so", "meanwhile",
            "whom", "whose", "than", "what", "how", "why", "however", "therefore", "thus", "yet", "or", "nor");

    static final Set<String> PREPOSITIONS = set("in", "on", "at", "during", "after", "before", "from", "with",
            "for", "over", "under", "last", "this", "speaking", "addressing", "by", "of", "to", "into", "upon",
            "following", "earlier", "later", "meanwhile", "then", "also", "separately", "today", "yesterday");

    /** Role words preceding a name or heading a role description. Lower case. */
    static final Set<String> ROLE_WORDS = set("secretary", "general", "secretary-general", "president",
            "vice", "prime", "minister", "taoiseach", "tánaiste", "tanaiste", "delegate", "chancellor", "ambassador",
            "president-elect",
            "spokesperson", "spokesman", "spokeswoman",
            "commander", "admiral", "chief", "director", "chairman", "chairwoman", "chair", "senator", "deputy",
            "representative", "special", "envoy", "king", "queen", "colonel", "lieutenant", "major", "captain",
            "foreign", "defence", "defense", "interior", "affairs", "state", "head", "leader", "premier",
            "lt.", "gen.", "col.", "adm.", "maj.", "sgt.", "lt", "gen", "col", "adm", "maj", "sgt", "capt",
            "sergeant", "marshal", "lord", "lady", "baroness", "dame", "prime-minister", "lieutenant-colonel", "lieutenant-general", "major-general",
            "brigadier-general", "vice-admiral", "rear-admiral", "vice-president", "counsellor", "councillor", "councilor", "adviser", "advisor",
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "governor",
            "mayor", "speaker", "official", "officer", "diplomat", "member", "lawmaker", "mp", "mep", "congressman",
            "congresswoman", "rapporteur", "coordinator", "executive", "ceo", "chairperson", "assistant", "under",
            "national", "security", "nato", "eu", "un", "us", "u.s.", "uk", "former", "acting", "then", "new",
            "top", "senior", "permanent", "military", "committee", "supreme", "allied", "sir", "dame", "of", "the",
            "and", "for", "to");

    /** Capitalised words that are not parts of a person's name. */
    static final Set<String> NOT_NAME = set("nato", "alliance", "council", "union", "federation", "republic",
            "force", "presidency", "policy", "security", "defence", "defense", "cooperation", "operations",
            "administration", "front", "movement", "expatriates", "later",
            "ministry", "headquarters", "house", "kremlin", "organization", "organisation", "committee",
            "parliament", "government", "agency", "office", "department", "pentagon", "commission", "assembly",
            "summit", "forces", "army", "navy", "command", "the", "a", "an", "on", "in", "at", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "today", "earlier",
            "speaking", "meanwhile", "asked", "and", "but", "however", "this", "that", "he", "she", "they", "it",
            "we", "i", "eu", "un", "us", "uk", "press", "service", "reuters", "news", "agency", "tass", "efe",
            "afp", "ap", "nations", "states", "kingdom", "west", "east", "north", "south", "allies", "group",
            "secretariat", "embassy", "mission", "delegation", "staff", "center", "centre", "times", "post",
            "statement", "declaration", "communique", "communiqué", "foundation", "institute", "university", "party",
            "fund", "association", "forum", "company", "corporation", "brigade", "battalion", "regiment",
            "division", "corps", "academy", "college", "studies", "affairs", "relations", "research", "sciences",
            "programme", "program", "initiative", "partnership", "dialogue", "treaty", "charter", "operation",
            "how", "what", "why", "where", "who", "when", "whether", "support", "resolute");

    /** Head nouns that denote NATO itself when the subject is an organisation paraphrase. */
    static final Set<String> ORG_HEADS = set("organization", "organisation", "alliance", "coalition", "bloc",
            "nato", "headquarters", "hq");

    /** Head nouns of unnamed-official labels. */
    static final Set<String> OFFICIAL_HEADS = set("official", "officials", "diplomat", "diplomats", "source",
            "sources", "spokesperson", "spokesman", "spokeswoman", "officer", "representative", "envoy",
            "insider", "aide", "analyst", "expert", "observer", "soldier", "soldiers", "resident", "residents",
            "lawmaker", "volunteer", "protester", "activist", "journalist", "citizen", "refugee", "witness",
            "pensioner", "shopkeeper", "farmer", "student", "teacher", "worker", "driver", "owner", "ambassador",
            "commander", "serviceman", "pilot", "medic", "woman", "man");

    /** Head nouns of generic descriptions that refer back to a named person. */
    static final Set<String> GENERIC_PERSON_HEADS = set("politician", "diplomat", "leader", "statesman",
            "chief", "head", "boss", "man", "woman", "veteran", "secretary-general", "norwegian", "dutchman",
            "former", "premier");

    static final Set<String> DOCUMENT_HEADS = set("statement", "communique", "communiqué", "declaration",
            "document", "release", "report", "text", "letter", "post", "message", "readout", "note", "commentary", "concept");

    /** Words introducing a name or title rather than a quotation. */
    static final Pattern TITLE_INTRO = Pattern.compile(
            "(?i)(?:so[- ]called|dubbed|named|titled|entitled|known as|code[- ]?named|nicknamed|branded|labell?ed"
                    + "|termed|slogan|motto|hashtag|operation|programme|program|initiative|campaign|project"
                    + "|exercise|doctrine|concept|strategy|plan|book|film|song|article|op-ed|headline)\\s*[,:]?\\s*$");

    /** The nouns among the {@link #TITLE_INTRO} words, which can also be the subject of a quoted predicate. */
    static final Pattern NAMING_NOUN = Pattern.compile("(?i)(?:operation|programme|program|initiative|campaign"
            + "|project|exercise|doctrine|concept|strategy|plan|book|film|song|article|op-ed|headline)\\b");

    static final Set<String> SMALL_WORDS = set("of", "for", "and", "the", "a", "an", "in", "on", "to", "with",
            "at", "by", "de", "la", "du", "von", "van", "der", "or", "&", "-", "–", "vs", "vs.", "between", "against",
            "among", "from", "into", "after", "before", "over", "under");

    static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static boolean isLetter(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') : Character.isLetter(c);
    }

    static boolean isWs(char c) {
        return Character.isWhitespace(c) || c == '\u00a0';
    }
}
