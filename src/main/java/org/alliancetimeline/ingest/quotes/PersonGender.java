package org.alliancetimeline.ingest.quotes;

import java.util.Set;

/**
 * Grammatical gender evidence for resolving "he" and "she" to a named person. Immutable, thread-safe.
 *
 * <p>The first-name lists are deliberately modest: first names of heads of state and government, foreign and
 * defence ministers, NATO and EU office holders and ambassadors of NATO members and partners since about 2000, as
 * listed on the public pages of those offices (NATO, governments, Wikipedia office-holder lists), keeping only names
 * borne overwhelmingly by one gender. A name missing from them leaves the gender unknown, which costs nothing:
 * the resolver then falls back to the latest named person, as it did before genders were used.
 */
final class PersonGender {
    private PersonGender() {
    }

    static final char FEMALE = 'F';
    static final char MALE = 'M';
    static final char UNKNOWN = 0;

    private static final Set<String> FEMALE_NAMES = Lexicon.set("ursula", "annalena", "kaja", "julianne",
            "hillary", "condoleezza", "madeleine", "angela", "theresa", "liz", "kamala", "nancy", "giorgia", "mette",
            "sanna", "magdalena", "ann", "anne", "anna", "maria", "marie", "kristalina", "roberta", "salome", "maia",
            "natalia", "nataliya", "olena", "iryna", "yulia", "ingrida", "dovile", "evika", "elina", "catherine",
            "christine", "sylvie", "florence", "victoria", "samantha", "linda", "jennifer", "elizabeth", "sarah",
            "emily", "laura", "claudia", "federica", "ylva", "eva", "zuzana", "kersti", "helen", "karen", "susan",
            "rachel", "penny", "priti", "lisa", "sophie", "margrethe", "kristina", "katarina", "jacinda", "marta",
            "agnieszka", "beata", "ewa", "tanja", "yvette", "heidi", "ine", "mari", "kristen");

    private static final Set<String> MALE_NAMES = Lexicon.set("jens", "mark", "anders", "jaap", "javier", "volodymyr",
            "dmytro", "vladimir", "sergei", "sergey", "dmitry", "boris", "olaf", "emmanuel", "joe", "donald",
            "antony", "lloyd", "rishi", "keir", "recep", "hakan", "mevlut", "ilham", "jeyhun", "irakli", "mikheil",
            "ilia", "nikol", "andrzej", "radoslaw", "viktor", "gitanas", "edgars", "ulf", "pedro", "mario", "mateusz",
            "petr", "robert", "justin", "john", "james", "david", "michael", "pete", "josep", "charles", "rob", "lars",
            "jonas", "karl", "friedrich", "christian", "jean", "oleksiy", "oleksii", "andriy", "andrii", "petro",
            "kurt", "alexander", "gabrielius", "giorgi", "isaac", "benjamin", "yoav", "fumio", "shigeru", "rustem",
            "denys", "kyrylo", "valerii", "valery", "mykhailo", "jake", "barack", "george", "tony", "gordon",
            "nicolas", "francois", "stefan", "alexis", "kyriakos", "nikos", "klaus", "wolfgang", "frank-walter",
            "heiko", "boyko", "rumen", "sauli", "pal", "espen", "rasmus", "micheal", "leo", "simon", "pekka", "ben",
            "grant", "jeremy", "dominic", "matthew", "thomas");

    /** The gender the first name of a full name indicates, or {@link #UNKNOWN} (also for a single word). */
    static char ofFirstName(String fullName) {
        int space = fullName.indexOf(' ');
        return space < 0 ? UNKNOWN : ofGivenName(fullName.substring(0, space));
    }

    /** The gender a given name ("Kaja", "Boris") indicates, or {@link #UNKNOWN}. */
    static char ofGivenName(String word) {
        String first = Lexicon.lower(word);
        if (FEMALE_NAMES.contains(first)) {
            return FEMALE;
        }
        return MALE_NAMES.contains(first) ? MALE : UNKNOWN;
    }

    /**
     * The gender a Slavic surname's feminine ending states ("Shekerinska", "Zakharova", "Pashayeva"), or
     * {@link #UNKNOWN}. Only endings whose masculine counterpart differs (-ski, -ov, -ev) count.
     */
    static char ofSurname(String surname) {
        String s = Lexicon.lower(surname);
        if (s.length() < 6 || !Character.isUpperCase(surname.charAt(0))) {
            return UNKNOWN;
        }
        return s.endsWith("ska") || s.endsWith("ská") || s.endsWith("cka") || s.endsWith("ová") || s.endsWith("ova")
                || s.endsWith("eva") ? FEMALE : UNKNOWN;
    }

    private static final Set<String> MALE_IN_A = Lexicon.set("andrea", "luca", "nikola", "mykola", "nicola",
            "mustafa", "ilia", "ilja", "joshua", "jonah", "sasha", "nikita", "kosta", "akira", "ezra", "elia", "isa",
            "musa", "yahya", "hamza", "attila", "juha", "jukka", "pekka", "mika", "gianluca", "mattia", "enea",
            "joca", "dima", "vova", "kolya", "misha", "grisha", "pasha", "tosha", "mircea", "mihnea", "horea", "toma");

    /**
     * Weaker evidence than the lists: a given name of four or more letters ending in "a" ("Klaudia", "Radmila") is
     * mostly a woman's in the region's languages, bar a few known men's names. Only for pronoun resolution.
     */
    static char ofGivenNameEnding(String fullName) {
        int space = fullName.indexOf(' ');
        if (space < 4 || !Character.isUpperCase(fullName.charAt(0))) {
            return UNKNOWN;
        }
        String first = Lexicon.lower(fullName.substring(0, space));
        return first.endsWith("a") && first.chars().allMatch(Character::isLetter) && !MALE_IN_A.contains(first)
                ? FEMALE : UNKNOWN;
    }

    /** The gender an honorific or title word states ("Ms", "Mr", "Madam"), or {@link #UNKNOWN}. */
    static char ofHonorific(String word) {
        return switch (Lexicon.lower(word)) {
            case "ms", "ms.", "mrs", "mrs.", "miss", "madam", "madame", "dame", "lady", "queen", "princess",
                    "congresswoman", "chairwoman", "spokeswoman" -> FEMALE;
            case "mr", "mr.", "sir", "lord", "king", "prince", "congressman", "chairman", "spokesman" -> MALE;
            default -> UNKNOWN;
        };
    }

    /** The gender of a third-person pronoun, or {@link #UNKNOWN}. */
    static char ofPronoun(String word) {
        return switch (Lexicon.lower(word)) {
            case "she", "her", "hers", "herself" -> FEMALE;
            case "he", "him", "his", "himself" -> MALE;
            default -> UNKNOWN;
        };
    }
}
