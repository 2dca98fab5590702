package org.alliancetimeline.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A light tokenizer for proper-noun matching: words are maximal runs of letters and digits, every
 * other non-space character is a token of its own. Words are folded (diacritics removed), curly
 * apostrophes and quotes become straight ones and dashes become '-', so that "Chișinău" matches
 * "Chisinau" and "Ukraine’s" splits into "Ukraine", "'", "s". Each token carries the number of the
 * sentence it belongs to.
 */
final class TextTokens {

    record Token(String text, int start, int end, boolean word, boolean spaceBefore, int sentence) {
        boolean isCapitalisedWord() {
            if (!word || text.length() < 2 || !Character.isUpperCase(text.charAt(0))) {
                return false;
            }
            for (int i = 1; i < text.length(); i++) {
                if (Character.isLowerCase(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        boolean isAllCaps() {
            if (!word) {
                return false;
            }
            boolean letter = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letter |= Character.isLetter(c);
            }
            return letter;
        }

        boolean isYear() {
            if (!word || text.length() != 4) {
                return false;
            }
            for (int i = 0; i < 4; i++) {
                if (!Character.isDigit(text.charAt(i))) {
                    return false;
                }
            }
            int y = Integer.parseInt(text);
            return y >= 1900 && y <= 2099;
        }
    }

    /** Abbreviations whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Rep", "Sen", "Gov",
            "St", "Gen", "Lt", "Col", "Capt", "Sgt", "Rev", "Fr", "Jr", "Sr", "No", "vs", "etc", "Inc", "Co", "Corp",
            "Ltd", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    private static final int MAX_ABBREVIATION_LENGTH = 4;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextTokens() {
    }

    /** Folds a word: removes diacritics. ASCII words are returned as they are. */
    static String fold(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 128;
        }
        if (ascii) {
            return word;
        }
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    }

    static char normalisePunct(char c) {
        switch (c) {
            case '\u2019': case '\u2018': case '\u02BC': case '\u201B': case '`': case '\u00B4': case '\u2032':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u00AB': case '\u00BB': case '\u2033':
                return '"';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                return '-';
            default:
                return c;
        }
    }

    /** One string per ASCII punctuation mark, shared: a text has as many marks as words. */
    private static final String[] ASCII_MARKS = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_MARKS[c] = String.valueOf(c);
        }
    }

    private static String punctuation(char c) {
        char p = normalisePunct(c);
        return p < 128 ? ASCII_MARKS[p] : String.valueOf(p);
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Tokenizes one block of text; sentence numbers start at {@code firstSentence} and the return
     * value's last token has the highest sentence number used.
     */
    static List<Token> tokenize(String text, int firstSentence) {
        List<Token> tokens = new ArrayList<>(text.length() / 4 + 4);
        int sentence = firstSentence;
        boolean pendingBreak = false;
        int n = text.length();
        int i = 0;
        boolean space = true;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
                i++;
                continue;
            }
            int start = i;
            Token token;
            if (isWordChar(c)) {
                boolean ascii = true;
                while (i < n) {
                    char w = text.charAt(i);
                    if (!isWordChar(w)) {
                        break;
                    }
                    ascii &= w < 128;
                    i++;
                }
                String word = text.substring(start, i);
                token = new Token(ascii ? word : fold(word), start, i, true, space, sentence);
            } else {
                i++;
                token = new Token(punctuation(c), start, i, false, space, sentence);
            }
            if (pendingBreak && token.spaceBefore() && (!token.word() || Character.isUpperCase(token.text().charAt(0))
                    || Character.isDigit(token.text().charAt(0)))) {
                sentence++;
                token = new Token(token.text(), token.start(), token.end(), token.word(), token.spaceBefore(), sentence);
            }
            pendingBreak = pendingBreak && !token.spaceBefore() && !token.word();
            if (!token.word()) {
                char p = token.text().charAt(0);
                if (p == '!' || p == '?') {
                    pendingBreak = true;
                } else if (p == '.') {
                    Token prev = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
                    boolean abbreviation = prev != null && prev.word() && !token.spaceBefore()
                            && (prev.text().length() <= MAX_ABBREVIATION_LENGTH && ABBREVIATIONS.contains(prev.text())
                                || (prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0))));
                    pendingBreak = !abbreviation;
                }
            }
            tokens.add(token);
            space = false;
        }
        return tokens;
    }
}
