package org.alliancetimeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.alliancetimeline.ingest.ReferenceChronology.SecretaryGeneral;
import org.junit.jupiter.api.Test;

class ChronologyCheckTest {

    private static final ReferenceChronology CHRONOLOGY = ReferenceChronology.loadDefault();
    private static final ChronologyCheck CHECK = new ChronologyCheck(CHRONOLOGY, () -> LocalDate.of(2025, 12, 31));

    private static List<String> check(String date, String title, String... paragraphs) {
        return CHECK.check(LocalDate.parse(date), title, List.of(paragraphs));
    }

    @Test
    void chronologyData() {
        List<SecretaryGeneral> sgs = CHRONOLOGY.secretariesGeneral();
        assertEquals("Lord Ismay", sgs.get(0).name());
        assertEquals(LocalDate.of(1952, 4, 4), sgs.get(0).start());
        assertEquals("Mark Rutte", sgs.get(sgs.size() - 1).name());
        assertEquals(null, sgs.get(sgs.size() - 1).end());
        assertEquals("Jens Stoltenberg", CHRONOLOGY.secretaryGeneralOn(LocalDate.of(2024, 9, 30)).orElseThrow().name());
        assertEquals("Mark Rutte", CHRONOLOGY.secretaryGeneralOn(LocalDate.of(2024, 10, 1)).orElseThrow().name());
        // terms follow each other without gaps (acting holders included)
        for (int i = 1; i < sgs.size(); i++) {
            assertTrue(!sgs.get(i).start().isAfter(sgs.get(i - 1).end().plusDays(8)),
                    "gap before " + sgs.get(i).name());
        }
        assertEquals(LocalDate.of(2024, 3, 7), CHRONOLOGY.accessionOf("Sweden").orElseThrow());
        assertEquals(LocalDate.of(2023, 4, 4), CHRONOLOGY.accessionOf("Finland").orElseThrow());
        assertEquals(32, CHRONOLOGY.accessions().size());
        assertTrue(CHRONOLOGY.summits().stream().anyMatch(s -> s.city().equals("Vilnius")
                && s.start().equals(LocalDate.of(2023, 7, 11))));
        assertTrue(CHRONOLOGY.summits().stream().anyMatch(s -> s.city().equals("The Hague")));
        assertTrue(CHRONOLOGY.source().contains("nato.int"));
    }

    @Test
    void secretaryGeneralAfterTermWithRoleNextToName() {
        assertEquals(List.of("Stated date 2025-03-01 conflicts with the record: the article presents Jens Stoltenberg"
                        + " as NATO Secretary General, whose term ran 2014-10-01 to 2024-10-01."),
                check("2025-03-01", null, "NATO Secretary General Jens Stoltenberg said allies must do more."));
        assertEquals(1, check("2025-03-01", null, "Jens Stoltenberg, the Secretary-General of NATO, spoke.").size());
    }

    @Test
    void roleAndNameApartAsInSeed002() {
        List<String> w = check("2024-11-27", null,
                "27 November 2024, 00:32\nmore\nGeorgia is a highly valued partner - Jens Stoltenberg",
                "Such a statement made the NATO Secretary General ahead of the meetings of NATO Foreign Ministers.",
                "“We support Georgia”, - said Jens Stoltenberg.");
        assertEquals(1, w.size());
        assertTrue(w.get(0).contains("2014-10-01 to 2024-10-01"));
    }

    @Test
    void graceAroundHandover() {
        assertEquals(List.of(), check("2024-10-03", null, "NATO Secretary General Jens Stoltenberg said goodbye."));
        assertEquals(List.of(), check("2024-09-28", null, "NATO Secretary General Mark Rutte arrived."));
    }

    @Test
    void noWarningWhenQualifiedOrInContext() {
        assertEquals(List.of(), check("2025-03-01", null,
                "Former NATO Secretary General Jens Stoltenberg is now Norway's finance minister."));
        assertEquals(List.of(), check("2025-03-01", null,
                "Then-Secretary General Jens Stoltenberg said in 2022 that NATO would help."));
        assertEquals(List.of(), check("2025-03-01", null,
                "In 2019, NATO Secretary General Jens Stoltenberg visited Tbilisi."));
        assertEquals(List.of(), check("2025-03-01", null,
                "NATO Secretary General Mark Rutte thanked his predecessor Jens Stoltenberg."));
        assertEquals(List.of(), check("2025-03-01", null,
                "Jens Stoltenberg, who served as NATO Secretary General, spoke at the conference."));
        // role without NATO context, e.g. the UN
        assertEquals(List.of(), check("2005-03-01", null,
                "Javier Solana, Secretary-General of the Council of the EU, met ministers."));
        // in term
        assertEquals(List.of(), check("2019-05-01", null, "NATO Secretary General Jens Stoltenberg said so."));
        // named once, role elsewhere not tied to him
        assertEquals(List.of(), check("2025-03-01", null, "The NATO Secretary General spoke.",
                "Stoltenberg's memoir was published."));
    }

    @Test
    void futureHolderBeforeTerm() {
        assertEquals(List.of(), check("2024-06-26", null,
                "Mark Rutte will become NATO Secretary General in October."));
        assertEquals(List.of(), check("2024-02-01", null,
                "Dutch Prime Minister Mark Rutte is the frontrunner to become NATO Secretary General."));
        assertEquals(List.of("Stated date 2023-05-01 conflicts with the record: the article presents Mark Rutte as"
                        + " NATO Secretary General, whose term began 2024-10-01."),
                check("2023-05-01", null, "NATO Secretary General Mark Rutte met Allies in Brussels."));
    }

    @Test
    void articlesBeforeASummitTalkAboutItWithoutWarnings() {
        assertEquals(List.of(), check("2023-06-20", "Allies prepare for the Vilnius Summit",
                "NATO Secretary General Jens Stoltenberg said that the Vilnius Summit next month will decide on Ukraine."));
    }

    @Test
    void dateSanity() {
        assertEquals(1, check("1930-01-01", null, "Nothing.").size());
        assertEquals(1, check("2030-01-01", null, "Nothing.").size());
        assertEquals(List.of(), CHECK.check(null, "t", List.of("NATO Secretary General Jens Stoltenberg")));
    }
}
