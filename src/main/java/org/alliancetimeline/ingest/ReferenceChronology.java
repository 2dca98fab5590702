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
        Json json = Json.of(JsonValues.readObject(in));
        List<SecretaryGeneral> sg = json.secretariesGeneral.stream()
                .map(s -> new SecretaryGeneral(s.name, s.aliases, Gazetteer.date(s.start), Gazetteer.date(s.end),
                        s.acting))
                .toList();
        List<Summit> su = json.summits.stream()
                .map(s -> new Summit(s.city, s.country, Gazetteer.date(s.start),
                        s.end == null ? Gazetteer.date(s.start) : Gazetteer.date(s.end), s.note))
                .toList();
        List<Accession> ac = json.accessions.stream()
                .map(a -> new Accession(a.country, Gazetteer.date(a.date)))
                .toList();
        return new ReferenceChronology(json.source, sg, su, ac);
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

    static final class Json {
        public String source;
        public List<JsonSg> secretariesGeneral = List.of();
        public List<JsonSummit> summits = List.of();
        public List<JsonAccession> accessions = List.of();

        static Json of(Map<String, Object> m) {
            Json j = new Json();
            j.source = JsonValues.string(m, "source");
            j.secretariesGeneral = JsonValues.objects(m, "secretariesGeneral").stream().map(o -> {
                JsonSg sg = new JsonSg();
                sg.name = JsonValues.string(o, "name");
                sg.aliases = JsonValues.strings(o, "aliases");
                sg.start = JsonValues.string(o, "start");
                sg.end = JsonValues.string(o, "end");
                sg.acting = JsonValues.bool(o, "acting");
                return sg;
            }).toList();
            j.summits = JsonValues.objects(m, "summits").stream().map(o -> {
                JsonSummit su = new JsonSummit();
                su.city = JsonValues.string(o, "city");
                su.country = JsonValues.string(o, "country");
                su.start = JsonValues.string(o, "start");
                su.end = JsonValues.string(o, "end");
                su.note = JsonValues.string(o, "note");
                return su;
            }).toList();
            j.accessions = JsonValues.objects(m, "accessions").stream().map(o -> {
                JsonAccession a = new JsonAccession();
                a.country = JsonValues.string(o, "country");
                a.date = JsonValues.string(o, "date");
                return a;
            }).toList();
            return j;
        }
    }

    static final class JsonSg {
        public String name;
        public List<String> aliases = List.of();
        public String start;
        public String end;
        public boolean acting;
    }

    static final class JsonSummit {
        public String city;
        public String country;
        public String start;
        public String end;
        public String note;
    }

    static final class JsonAccession {
        public String country;
        public String date;
    }
}
