package org.alliancetimeline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliancetimeline.model.Framework;
import org.alliancetimeline.model.Partner;

/**
 * The countries the tagger knows: NATO partners (with their partnership frameworks and dates) and
 * other countries that are only ever "mentions" (NATO members, other frequently named states),
 * plus the word lists the tagger's disambiguation rules use. Loaded from {@code /gazetteer.json}.
 * Immutable.
 */
public final class Gazetteer {

    /** How an alias refers to its country; capitals and metonyms are subject to the summit/agreement rule. */
    public enum AliasKind { NAME, ALIAS, DEMONYM, CAPITAL, METONYM }

    /**
     * One country.
     *
     * @param natoAccession date it joined NATO, or null if not a member
     * @param frameworks    partnership frameworks (empty for countries that never were partners)
     */
    public record Country(String name, List<String> aliases, List<String> demonyms, List<String> capitals,
                          List<String> metonyms, LocalDate natoAccession, List<Framework> frameworks) {
        public Country {
            aliases = List.copyOf(aliases);
            demonyms = List.copyOf(demonyms);
            capitals = List.copyOf(capitals);
            metonyms = List.copyOf(metonyms);
            frameworks = List.copyOf(frameworks);
        }

        /** Whether the country ever was a NATO partner. */
        public boolean isPartner() {
            return !frameworks.isEmpty();
        }

        /** Whether the country was a partner on {@code date}; with no date, whether it ever was. */
        public boolean isPartnerOn(LocalDate date) {
            return toPartner().isPartnerOn(date);
        }

        /** Whether the country was a NATO member on {@code date}. */
        public boolean isMemberOn(LocalDate date) {
            return natoAccession != null && date != null && !date.isBefore(natoAccession);
        }

        /** Every string that refers to the country other than its name, in gazetteer order. */
        public List<String> allAliases() {
            List<String> all = new ArrayList<>(aliases);
            all.addAll(demonyms);
            all.addAll(capitals);
            all.addAll(metonyms);
            return all;
        }

        public Partner toPartner() {
            return new Partner(name, allAliases(), frameworks);
        }
    }

    /**
     * A second sense of an alias (Georgia the U.S. state) and the words that reveal it.
     *
     * @param nextWords     a word right after the alias (or after its possessive) that means the other sense
     * @param prevWords     a word right before the alias (a comma may sit between) that means the other sense
     * @param sentenceCues  phrases that, in the same sentence and without a country cue, mean the other sense
     * @param articleCues   phrases that, outnumbering the country cues in the whole article, mean the other sense
     * @param countryCues   phrases that mean the country
     */
    public record AmbiguousSense(String alias, String otherSense, List<String> nextWords, List<String> prevWords,
                                 List<String> sentenceCues, List<String> articleCues, List<String> countryCues) {
        public AmbiguousSense {
            nextWords = List.copyOf(nextWords);
            prevWords = List.copyOf(prevWords);
            sentenceCues = List.copyOf(sentenceCues);
            articleCues = List.copyOf(articleCues);
            countryCues = List.copyOf(countryCues);
        }
    }

    private final String source;
    private final List<Country> countries;
    private final Map<String, Country> byName;
    private final List<Partner> partners;
    private final List<Country> nonPartners;
    private final List<String> blockers;
    private final Set<String> personNameAliases;
    private final Set<String> personTitles;
    private final Set<String> countryNextWords;
    private final Set<String> notNameWords;
    private final Set<String> eventNouns;
    private final List<AmbiguousSense> ambiguousSenses;

    /** From the parsed JSON object of {@code resources/gazetteer.json}. */
    private Gazetteer(Map<String, Object> json) {
        this.source = JsonValues.string(json, "source");
        List<Country> list = new ArrayList<>();
        Map<String, Country> map = new LinkedHashMap<>();
        for (Map<String, Object> c : JsonValues.objects(json, "countries")) {
            List<Framework> frameworks = new ArrayList<>();
            for (Map<String, Object> f : JsonValues.objects(c, "frameworks")) {
                frameworks.add(new Framework(JsonValues.string(f, "name"), date(JsonValues.string(f, "start")),
                        date(JsonValues.string(f, "end"))));
            }
            Country country = new Country(JsonValues.string(c, "name"), JsonValues.strings(c, "aliases"),
                    JsonValues.strings(c, "demonyms"), JsonValues.strings(c, "capitals"),
                    JsonValues.strings(c, "metonyms"), date(JsonValues.string(c, "natoAccession")), frameworks);
            if (map.put(country.name(), country) != null) {
                throw new IllegalArgumentException("duplicate country in gazetteer: " + country.name());
            }
            list.add(country);
        }
        this.countries = List.copyOf(list);
        this.byName = Collections.unmodifiableMap(map);
        this.partners = list.stream().filter(Country::isPartner).map(Country::toPartner).toList();
        this.nonPartners = list.stream().filter(c -> !c.isPartner()).toList();
        this.blockers = List.copyOf(JsonValues.strings(json, "blockers"));
        this.personNameAliases = Set.copyOf(JsonValues.strings(json, "personNameAliases"));
        this.personTitles = Set.copyOf(JsonValues.strings(json, "personTitles"));
        this.countryNextWords = Set.copyOf(JsonValues.strings(json, "countryNextWords"));
        this.notNameWords = Set.copyOf(JsonValues.strings(json, "notNameWords"));
        this.eventNouns = Set.copyOf(JsonValues.strings(json, "eventNouns"));
        this.ambiguousSenses = JsonValues.objects(json, "ambiguousSenses").stream()
                .map(a -> new AmbiguousSense(JsonValues.string(a, "alias"), JsonValues.string(a, "otherSense"),
                        JsonValues.strings(a, "nextWords"), JsonValues.strings(a, "prevWords"),
                        JsonValues.strings(a, "sentenceCues"), JsonValues.strings(a, "articleCues"),
                        JsonValues.strings(a, "countryCues")))
                .toList();
    }

    private static volatile Gazetteer defaultInstance;

    /** The gazetteer bundled with the application ({@code /gazetteer.json} on the class path), loaded once. */
    public static Gazetteer loadDefault() {
        Gazetteer g = defaultInstance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = defaultInstance;
                if (g == null) {
                    try (InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer.json")) {
                        if (in == null) {
                            throw new IllegalStateException("/gazetteer.json is not on the class path");
                        }
                        g = load(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    defaultInstance = g;
                }
            }
        }
        return g;
    }

    /** Reads a gazetteer in the format of {@code resources/gazetteer.json}. */
    public static Gazetteer load(InputStream in) throws IOException {
        return new Gazetteer(JsonValues.readObject(in));
    }

    static LocalDate date(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }

    /** Where the data comes from. */
    public String source() {
        return source;
    }

    /** Every country, partners and others, in gazetteer order. */
    public List<Country> countries() {
        return countries;
    }

    /** Countries that were NATO partners at some time (including members that were partners before accession). */
    public List<Partner> partners() {
        return partners;
    }

    /** Countries that never were partners: NATO founding and other members, and other frequently named states. */
    public List<Country> nonPartners() {
        return nonPartners;
    }

    public Optional<Country> country(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Optional<Partner> partner(String name) {
        return country(name).filter(Country::isPartner).map(Country::toPartner);
    }

    List<String> blockers() {
        return blockers;
    }

    Set<String> personNameAliases() {
        return personNameAliases;
    }

    Set<String> personTitles() {
        return personTitles;
    }

    Set<String> countryNextWords() {
        return countryNextWords;
    }

    Set<String> notNameWords() {
        return notNameWords;
    }

    Set<String> eventNouns() {
        return eventNouns;
    }

    List<AmbiguousSense> ambiguousSenses() {
        return ambiguousSenses;
    }
}
