package org.alliancetimeline.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts and phrase banks the {@link CorpusGenerator} writes from: partners with the dates
 * their partnership lasted, the Secretaries General with their terms, members by accession date,
 * news events that cause bursts, and sentence templates. Templates use {KEY} slots filled by the
 * generator (see {@code CorpusGenerator.Writer#slot}).
 */
final class GenData {
    private GenData() {
    }

    /** A partner: canonical name, the form used mid-sentence, demonym, capitals, framework, official names. */
    record PartnerDef(String name, String inText, String demonym, String[] capitals, LocalDate from, LocalDate to,
                      String framework, String region, String[] firstNames, String[] lastNames) {
    }

    static final List<PartnerDef> PARTNERS = List.of(
            p("Ukraine", "Ukraine", "Ukrainian", "Kyiv|Kiev", "1994-02-08", null, "Partnership for Peace", "Black Sea region",
                    "Oleksandr|Dmytro|Andriy|Iryna|Olena|Taras|Serhiy|Vadym", "Kovalenko|Shevchuk|Bondarenko|Melnyk|Tkachenko|Hrytsenko|Lysenko|Marchenko"),
            p("Georgia", "Georgia", "Georgian", "Tbilisi", "1994-03-23", null, "Partnership for Peace", "South Caucasus",
                    "Giorgi|Nino|Levan|Tamar|David|Irakli|Ketevan", "Beridze|Kapanadze|Lomidze|Gelashvili|Tsereteli|Abashidze|Kvaratskhelia"),
            p("Sweden", "Sweden", "Swedish", "Stockholm", "1994-05-09", "2024-03-07", "Partnership for Peace", "Baltic Sea region",
                    "Anders|Karin|Magnus|Ulla|Per|Ebba|Johan", "Lindqvist|Bergström|Holmberg|Nyström|Ekman|Sandberg"),
            p("Finland", "Finland", "Finnish", "Helsinki", "1994-05-09", "2023-04-04", "Partnership for Peace", "Nordic region",
                    "Pekka|Anni|Juha|Sanna|Mikko|Elina|Antti", "Virtanen|Korhonen|Mäkinen|Nieminen|Heikkinen|Laaksonen"),
            p("Moldova", "Moldova", "Moldovan", "Chișinău|Chisinau", "1994-03-16", null, "Partnership for Peace", "Black Sea region",
                    "Ion|Maia|Vasile|Natalia|Andrei|Mihai", "Ciobanu|Rusu|Popescu|Munteanu|Cebotari|Lungu"),
            p("Israel", "Israel", "Israeli", "Jerusalem", "1994-12-01", null, "Mediterranean Dialogue", "Middle East",
                    "Avi|Yael|Eitan|Noa|Amir|Tamar", "Levi|Cohen|Mizrahi|Peretz|Shapiro|Ben-David"),
            p("Japan", "Japan", "Japanese", "Tokyo", "1995-01-01", null, "partnership across the globe", "Indo-Pacific",
                    "Takeshi|Yuko|Hiroshi|Keiko|Kenji|Akiko", "Yamamoto|Suzuki|Takahashi|Watanabe|Nakamura|Kobayashi"),
            p("Azerbaijan", "Azerbaijan", "Azerbaijani", "Baku", "1994-05-04", null, "Partnership for Peace", "South Caucasus",
                    "Elmar|Leyla|Rashad|Aynur|Kamran|Nigar", "Mammadov|Aliyeva|Huseynov|Guliyev|Hasanov|Ismayilova"),
            p("Armenia", "Armenia", "Armenian", "Yerevan", "1994-10-05", null, "Partnership for Peace", "South Caucasus",
                    "Armen|Ani|Tigran|Lilit|Aram|Narine", "Petrosyan|Hovhannisyan|Sargsyan|Grigoryan|Harutyunyan|Avetisyan"),
            p("Bosnia and Herzegovina", "Bosnia and Herzegovina", "Bosnian", "Sarajevo", "2006-12-14", null, "Partnership for Peace", "Western Balkans",
                    "Amir|Lejla|Zlatan|Selma|Dario|Jasmina", "Hadžić|Kovačević|Begović|Marić|Delić|Hodžić"),
            p("Serbia", "Serbia", "Serbian", "Belgrade", "2006-12-14", null, "Partnership for Peace", "Western Balkans",
                    "Nikola|Jelena|Marko|Ana|Stefan|Milica", "Jovanović|Petrović|Nikolić|Stojanović|Ilić|Pavlović"),
            p("Australia", "Australia", "Australian", "Canberra", "2005-06-01", null, "partnership across the globe", "Indo-Pacific",
                    "James|Sarah|Michael|Emma|Daniel|Claire", "Mitchell|Harrison|Brennan|Fraser|Campbell|Walsh"),
            p("Jordan", "Jordan", "Jordanian", "Amman", "1995-11-01", null, "Mediterranean Dialogue", "Middle East",
                    "Ayman|Rania|Khaled|Dina|Omar|Hala", "Al-Khatib|Haddad|Nasser|Mansour|Qasem|Saleh"),
            p("Morocco", "Morocco", "Moroccan", "Rabat", "1995-02-01", null, "Mediterranean Dialogue", "Mediterranean",
                    "Youssef|Fatima|Karim|Nadia|Hicham|Samira", "Benali|El Idrissi|Alaoui|Bennani|Tazi|Chraibi"),
            p("Qatar", "Qatar", "Qatari", "Doha", "2005-02-16", null, "Istanbul Cooperation Initiative", "Gulf region",
                    "Khalid|Mariam|Faisal|Noor|Hamad|Aisha", "Al-Thani|Al-Kuwari|Al-Marri|Al-Sulaiti|Al-Mannai|Al-Emadi"),
            p("Kazakhstan", "Kazakhstan", "Kazakh", "Astana", "1995-05-27", null, "Partnership for Peace", "Central Asia",
                    "Yerlan|Aigerim|Nurlan|Dana|Askar|Saule", "Abenov|Nurpeisov|Tokayeva|Zhaksybekov|Seitkali|Omarov"),
            p("Republic of Korea", "the Republic of Korea", "South Korean", "Seoul", "2005-04-01", null, "partnership across the globe", "Indo-Pacific",
                    "Min-jun|Seo-yeon|Ji-ho|Ha-eun|Jae-won|Soo-ah", "Kim|Lee|Park|Choi|Jung|Kang"),
            p("Mongolia", "Mongolia", "Mongolian", "Ulaanbaatar", "2012-03-19", null, "partnership across the globe", "Central Asia",
                    "Batbayar|Oyuun|Ganbold|Sarnai|Tsogt|Enkhjargal", "Dorj|Bold|Erdene|Gantulga|Munkh|Sukhbaatar"),
            p("Colombia", "Colombia", "Colombian", "Bogotá|Bogota", "2018-05-31", null, "partnership across the globe", "Latin America",
                    "Andrés|Camila|Santiago|Valentina|Felipe|Laura", "Gómez|Rodríguez|Martínez|Herrera|Castro|Rojas"),
            p("Iraq", "Iraq", "Iraqi", "Baghdad", "2011-01-01", null, "partnership across the globe", "Middle East",
                    "Ahmed|Zainab|Mustafa|Huda|Ali|Sara", "Al-Jubouri|Al-Hashimi|Kadhim|Al-Saadi|Abbas|Jawad"));

    private static PartnerDef p(String name, String inText, String demonym, String capitals, String from, String to,
                                String framework, String region, String first, String last) {
        return new PartnerDef(name, inText, demonym, capitals.split("\\|"), LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), framework, region, first.split("\\|"), last.split("\\|"));
    }

    /** Russia was a partner (Partnership for Peace) from 22 June 1994 until cooperation was suspended on 1 April 2014. */
    static final LocalDate RUSSIA_PARTNER_FROM = LocalDate.of(1994, 6, 22);
    static final LocalDate RUSSIA_PARTNER_TO = LocalDate.of(2014, 4, 1);

    /** A Secretary General: full name, the surname used after the first mention, title, term [from, to). */
    record SecretaryGeneral(String name, String surname, String title, LocalDate from, LocalDate to) {
    }

    static final List<SecretaryGeneral> SECRETARIES_GENERAL = List.of(
            sg("Lord Ismay", "Ismay", "1952-04-04", "1957-05-16"),
            sg("Paul-Henri Spaak", "Spaak", "1957-05-16", "1961-04-21"),
            sg("Dirk Stikker", "Stikker", "1961-04-21", "1964-08-01"),
            sg("Manlio Brosio", "Brosio", "1964-08-01", "1971-10-01"),
            sg("Joseph Luns", "Luns", "1971-10-01", "1984-06-25"),
            sg("Lord Carrington", "Carrington", "1984-06-25", "1988-07-01"),
            sg("Manfred Wörner", "Wörner", "1988-07-01", "1994-08-13"),
            new SecretaryGeneral("Sergio Balanzino", "Balanzino", "Acting Secretary General",
                    LocalDate.parse("1994-08-13"), LocalDate.parse("1994-10-17")),
            sg("Willy Claes", "Claes", "1994-10-17", "1995-10-20"),
            new SecretaryGeneral("Sergio Balanzino", "Balanzino", "Acting Secretary General",
                    LocalDate.parse("1995-10-20"), LocalDate.parse("1995-12-05")),
            sg("Javier Solana", "Solana", "1995-12-05", "1999-10-14"),
            sg("George Robertson", "Robertson", "1999-10-14", "2004-01-01"),
            sg("Jaap de Hoop Scheffer", "De Hoop Scheffer", "2004-01-01", "2009-08-01"),
            sg("Anders Fogh Rasmussen", "Rasmussen", "2009-08-01", "2014-10-01"),
            sg("Jens Stoltenberg", "Stoltenberg", "2014-10-01", "2024-10-01"),
            sg("Mark Rutte", "Rutte", "2024-10-01", "2999-01-01"));

    private static SecretaryGeneral sg(String name, String surname, String from, String to) {
        return new SecretaryGeneral(name, surname, "Secretary General", LocalDate.parse(from), LocalDate.parse(to));
    }

    static SecretaryGeneral secretaryGeneralOn(LocalDate date) {
        for (SecretaryGeneral s : SECRETARIES_GENERAL) {
            if (!date.isBefore(s.from()) && date.isBefore(s.to())) {
                return s;
            }
        }
        return null;
    }

    /** Accession dates; the count of members on a date is the number of entries on or before it. */
    static final List<Object[]> ACCESSIONS = List.of(
            new Object[] {"1949-04-04", 12}, new Object[] {"1952-02-18", 2}, new Object[] {"1955-05-06", 1},
            new Object[] {"1982-05-30", 1}, new Object[] {"1999-03-12", 3}, new Object[] {"2004-03-29", 7},
            new Object[] {"2009-04-01", 2}, new Object[] {"2017-06-05", 1}, new Object[] {"2020-03-27", 1},
            new Object[] {"2023-04-04", 1}, new Object[] {"2024-03-07", 1});

    private static final LocalDate[] ACCESSION_DATES = ACCESSIONS.stream().map(a -> LocalDate.parse((String) a[0]))
            .toArray(LocalDate[]::new);

    static int membersOn(LocalDate date) {
        int n = 0;
        for (int i = 0; i < ACCESSION_DATES.length; i++) {
            if (!date.isBefore(ACCESSION_DATES[i])) {
                n += (Integer) ACCESSIONS.get(i)[1];
            }
        }
        return n;
    }

    /** Members that are safe to name on any date (founders), plus later ones with their accession. */
    static final String[] FOUNDERS = {"Belgium", "Canada", "Denmark", "France", "Iceland", "Italy", "Luxembourg",
            "the Netherlands", "Norway", "Portugal", "the United Kingdom", "the United States"};

    /** News events: date, extra mass (as a share of the year's articles), decay in days after. */
    record Event(LocalDate date, double mass, double decayDays) {
    }

    static final List<Event> EVENTS = List.of(
            ev("1949-04-04", 0.6, 10), ev("1955-05-09", 0.2, 7), ev("1961-08-13", 0.2, 10), ev("1968-08-21", 0.2, 10),
            ev("1979-12-12", 0.2, 7), ev("1983-11-23", 0.2, 7), ev("1989-11-09", 0.3, 14), ev("1991-12-26", 0.2, 10),
            ev("1994-01-10", 0.4, 10), ev("1995-08-30", 0.3, 10), ev("1997-07-08", 0.2, 5), ev("1999-03-24", 0.8, 30),
            ev("2001-09-12", 0.3, 10), ev("2002-11-21", 0.2, 5), ev("2004-06-28", 0.2, 5), ev("2006-11-28", 0.15, 5),
            ev("2008-04-02", 0.3, 6), ev("2008-08-08", 0.6, 20), ev("2009-04-03", 0.15, 5), ev("2010-11-19", 0.15, 5),
            ev("2011-03-24", 0.2, 10), ev("2012-05-20", 0.15, 5), ev("2014-02-27", 0.4, 15), ev("2014-03-18", 0.3, 10),
            ev("2014-09-04", 0.2, 5), ev("2016-07-08", 0.2, 5), ev("2018-07-11", 0.2, 5), ev("2019-12-03", 0.1, 4),
            ev("2021-06-14", 0.15, 5), ev("2022-02-24", 1.0, 25), ev("2022-06-29", 0.3, 6), ev("2023-04-04", 0.2, 5),
            ev("2023-07-11", 0.3, 6), ev("2024-03-07", 0.15, 4), ev("2024-07-09", 0.3, 6), ev("2025-06-24", 0.3, 6));

    private static Event ev(String date, double mass, double decay) {
        return new Event(LocalDate.parse(date), mass, decay);
    }

    /** Relative number of articles per year, before events: few in the early decades, growth after 1995. */
    static double yearWeight(int year) {
        double w;
        if (year < 1990) {
            w = 0.5 + (year - 1949) * 0.01;
        } else if (year < 1995) {
            w = 2.0 + (year - 1990) * 0.5;
        } else {
            w = 5.0 + (year - 1995) * 1.2;
        }
        switch (year) {
            case 1999 -> w *= 2.2;
            case 2008 -> w *= 1.8;
            case 2014 -> w *= 2.2;
            case 2022 -> w *= 3.5;
            case 2023 -> w *= 2.2;
            case 2024 -> w *= 1.8;
            case 2025 -> w *= 1.4;
            default -> { }
        }
        return w;
    }

    static final String[] JOURNALIST_FIRST = {"Daria", "Sabina", "Anna", "Mark", "Sofia", "Thomas", "Elena", "Peter",
            "Laura", "Ivan", "Maria", "Robert", "Nina", "Jonas", "Clara", "Stefan", "Hanna", "Paul", "Irina", "David"};
    static final String[] JOURNALIST_LAST = {"Durova", "Mammadli", "Keller", "Jensen", "Petrova", "Walker", "Morozova",
            "Hansen", "Fischer", "Novak", "Bianchi", "Turner", "Lindgren", "Weber", "Russo", "Brennan", "Vogel",
            "Horvat", "Kowalska", "Duarte"};

    static final String[] OUTLETS = {"Eurasia Review", "Atlantic Wire Service", "Caucasus Daily News", "Baltic Herald",
            "Defence Monitor", "Balkan Press Agency", "Pacific Security Review", "Gulf Times Online", "Central Asia Report",
            "European Security Journal"};
    static final String[] SITES = {"Today.Az", "OBOZ.UA", "Caspian.News", "Kavkaz.Today", "Balkan.Info", "EastWire.net",
            "Defence24.eu", "Atlantic.Report", "Newsline.am", "Info-Press.md"};
    static final String[] AGENCIES = {"dpa", "AFP", "Reuters", "AP", "EFE", "ANSA", "Trend", "APA"};
    static final String[] SECTIONS = {"Politics", "World", "Security", "Diplomacy", "International", "Europe", "Defence"};
    static final String[] MEETING_CITIES = {"Brussels", "Washington", "London", "Paris", "Rome", "Oslo", "Lisbon",
            "Copenhagen", "Ottawa", "Reykjavik"};

    static final String[] TOPICS = {"defence reform", "interoperability", "cyber defence", "civil emergency planning",
            "maritime security", "counter-terrorism", "demining", "building integrity", "air defence",
            "military education", "energy security", "crisis management", "arms control", "border security",
            "logistics", "military medicine", "the protection of critical infrastructure", "disaster response",
            "women, peace and security", "strategic communications", "non-proliferation", "science for peace"};
    static final String[] COLD_TOPICS = {"nuclear planning", "the Berlin question", "force reductions in Central Europe",
            "the defence of the northern flank", "burden sharing among the allies", "the deployment of intermediate-range missiles",
            "arms control talks", "the Harmel report", "the balance of conventional forces", "air defence in Western Europe",
            "the future of the Warsaw Pact", "détente"};
}
