package org.alliancetimeline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dates from NATO's public record that articles can be checked against and that a timeline can
 * draw as context bands: Secretaries General with their terms, summit meetings, accessions.
 * Loaded from {@code /chronology.json}. Immutable; lists are sorted by start date.
 */
public final class ReferenceChronology {

    /**
     * A Secretary General's term, from {@code start} (inclusive) to {@code end} (exclusive; null
     * while in office). {@code aliases} are other ways articles name the person (the surname...).
     */
    public record SecretaryGeneral(String name, List<String> aliases, LocalDate start, LocalDate end,
                                   boolean acting) {
        public SecretaryGeneral {
            aliases = List.copyOf(aliases);
        }

        public SecretaryGeneral(String name, List<String> aliases, LocalDate start, LocalDate end) {
            this(name, aliases, start, end, false);
        }

        /** Whether the term covers {@code date}. */
        public boolean inOfficeOn(LocalDate date) {
            return !date.isBefore(start) && (end == null || date.isBefore(end));
        }

        /** Whether the term, widened by {@code graceDays} on both sides, covers {@code date}. */
        public boolean inOfficeOn(LocalDate date, int graceDays) {
            return !date.isBefore(start.minusDays(graceDays))
                    && (end == null || !date.isAfter(end.plusDays(graceDays)));
        }

        /** The name followed by the aliases. */
        public List<String> allNames() {
            List<String> all = new ArrayList<>();
            all.add(name);
            all.addAll(aliases);
            return all;
        }
    }

    /** A summit meeting of NATO Heads of State and Government; {@code country} may be null (virtual). */
    public record Summit(String city, String country, LocalDate start, LocalDate end, String note) {
        public Summit(String city, LocalDate start, LocalDate end) {
            this(city, null, start, end, null);
        }
    }

    /** A country's accession to NATO (for the founders, the signature of the Treaty). */
    public record Accession(String country, LocalDate date) {
    }

    private final String source;
    private final List<SecretaryGeneral> secretariesGeneral;
    private final List<Summit> summits;
    private final List<Accession> accessions;

    public ReferenceChronology(String source, List<SecretaryGeneral> secretariesGeneral, List<Summit> summits,
                               List<Accession> accessions) {
        this.source = source;
        List<SecretaryGeneral> sg = new ArrayList<>(secretariesGeneral);
        sg.sort(Comparator.comparing(SecretaryGeneral::start));
        List<Summit> su = new ArrayList<>(summits);
        su.sort(Comparator.comparing(Summit::start));
        List<Accession> ac = new ArrayList<>(accessions);
        ac.sort(Comparator.comparing(Accession::date).thenComparing(Accession::country));
        this.secretariesGeneral = List.copyOf(sg);
        this.summits = List.copyOf(su);
        this.accessions = List.copyOf(ac);
    }

    private static volatile ReferenceChronology defaultInstance;

    /** The chronology bundled with the application ({@code /chronology.json}), loaded once. */
    public static ReferenceChronology loadDefault() {
        ReferenceChronology c = defaultInstance;
        if (c == null) {
            synchronized (ReferenceChronology.class) {
                c = defaultInstance;
                if (c == null) {
                    try (InputStream in = ReferenceChronology.class.getResourceAsStream("/chronology.json")) {
                        if (in == null) {
                            throw new IllegalStateException("/chronology.json is not on the class path");
                        }
                        c = load(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    defaultInstance = c;
                }
            }
        }
        return c;
    }

    /** Reads a chronology in the format of {@code resources/chronology.json}. */
    public static ReferenceChronology load(InputStream in) throws IOException {
        Map<String, Object> json = JsonValues.readObject(in);
        List<SecretaryGeneral> sg = JsonValues.objects(json, "secretariesGeneral").stream()
                .map(s -> new SecretaryGeneral(JsonValues.string(s, "name"), JsonValues.strings(s, "aliases"),
                        date(s, "start"), date(s, "end"), JsonValues.bool(s, "acting")))
                .toList();
        List<Summit> su = JsonValues.objects(json, "summits").stream()
                .map(s -> new Summit(JsonValues.string(s, "city"), JsonValues.string(s, "country"), date(s, "start"),
                        s.get("end") == null ? date(s, "start") : date(s, "end"), JsonValues.string(s, "note")))
                .toList();
        List<Accession> ac = JsonValues.objects(json, "accessions").stream()
                .map(a -> new Accession(JsonValues.string(a, "country"), date(a, "date")))
                .toList();
        return new ReferenceChronology(JsonValues.string(json, "source"), sg, su, ac);
    }

    private static LocalDate date(Map<String, Object> object, String key) {
        return Gazetteer.date(JsonValues.string(object, key));
    }

    public String source() {
        return source;
    }

    /** Secretaries General (acting ones included, flagged), in order of their terms. */
    public List<SecretaryGeneral> secretariesGeneral() {
        return secretariesGeneral;
    }

    public List<Summit> summits() {
        return summits;
    }

    public List<Accession> accessions() {
        return accessions;
    }

    /** The Secretary General in office on {@code date}. */
    public Optional<SecretaryGeneral> secretaryGeneralOn(LocalDate date) {
        return secretariesGeneral.stream().filter(s -> s.inOfficeOn(date)).reduce((a, b) -> b);
    }

    /** The date {@code country} joined NATO. */
    public Optional<LocalDate> accessionOf(String country) {
        return accessions.stream().filter(a -> a.country().equals(country)).map(Accession::date).findFirst();
    }
}
