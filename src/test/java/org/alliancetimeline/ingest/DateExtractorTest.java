package org.alliancetimeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.alliancetimeline.model.DateConfidence;
import org.alliancetimeline.model.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final DateExtractor extractor = new DateExtractor();

    private static final String BODY = "\n\nThe Alliance and its partner met to discuss the next steps of their long cooperation, officials said.";

    private DateResult date(String text) {
        return date(text, null);
    }

    private DateResult date(String text, String statedDate) {
        CleanedArticle cleaned = cleaner.clean(new RawArticle("t.txt", text, null, statedDate, null, null, null, List.of(), 0));
        return extractor.extract(statedDate, cleaned);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        " date 2023-01-26 By Eurasia Review;2023-01-26",
        "27 November 2024,\u00a0 \u00a0 00:32;2024-11-27",
        "18 January 2022 [13:37] - Today.Az;2022-01-18",
        "Thu, 05/12/2011 - 09:32;2011-05-12",
        "Mon, 05/12/2011 - 09:32;2011-12-05",
        "22 Nov. 2011;2011-11-22",
        "March 23, 2015 | 09:05;2015-03-23",
        "Published: 3rd of June 2019;2019-06-03",
        "12.05.2011 14:00;2011-05-12",
        "Updated Sept. 4, 2018 10:01 a.m. ET;2018-09-04",
        "Published: 12:34 PM, March 3, 2022;2022-03-03",
        "By Jane Doe | March 3, 2022;2022-03-03",
        "Reuters • 3 March 2022;2022-03-03",
        "2022-03-03T10:15:00Z;2022-03-03",
        "Wednesday, 10 January 2024;2024-01-10"
    })
    void headerDateForms(String header, String expected) {
        DateResult r = date("Partners meet at the summit today\n" + header + BODY);
        assertEquals(LocalDate.parse(expected), r.date(), header);
        assertEquals(DateConfidence.STATED, r.confidence());
        assertEquals(DatePrecision.DAY, r.precision());
        assertTrue(r.evidence().contains(header.trim().substring(0, 6)), r.evidence());
    }

    @Test
    void datelineWithoutYearTakesTheYearFromTheText() {
        DateResult r = date("TOKYO, Jan 31 (dpa) - Japan and NATO agreed to deepen ties after talks in 2023, officials said.");
        assertEquals(LocalDate.of(2023, 1, 31), r.date());
        assertEquals(DateConfidence.INFERRED, r.confidence());
        assertTrue(r.evidence().startsWith("TOKYO, Jan 31"), r.evidence());
    }

    @Test
    void bodyDateInParentheses() {
        DateResult r = date("On Thursday (26 January 2023) Secretary General Jens Stoltenberg welcomed the President of Israel.");
        assertEquals(LocalDate.of(2023, 1, 26), r.date());
        assertEquals(DateConfidence.INFERRED, r.confidence());
    }

    @Test
    void dayAndMonthTakeTheFollowingOccurrenceAfterTheLatestMonthNamed() {
        String text = "Headline about Ukraine and weapons\n\nThe Secretary General spoke in Oslo, Norway, on October 31, reports say.\n\n"
                + "In July 2023, the Allies made three decisions at the summit in Vilnius.";
        DateResult r = date(text);
        assertEquals(LocalDate.of(2023, 10, 31), r.date());
        assertTrue(r.evidence().contains("July 2023"));
        String later = text.replace("In July 2023", "In November 2023");
        assertEquals(LocalDate.of(2024, 10, 31), date(later).date());
    }

    @Test
    void weekdayInTheLeadCountsBackFromTheHeaderDate() {
        DateResult r = date("Partners meet at the summit today\n2023-01-26\n\nOn Tuesday the ministers met in Brussels to agree a package of support.");
        assertEquals(LocalDate.of(2023, 1, 24), r.date());
        assertEquals(DateConfidence.INFERRED, r.confidence());
        assertTrue(r.evidence().contains("On Tuesday"));
    }

    @Test
    void bannerAboveTheHeadlineDoesNotWinOverTheArticleDate() {
        DateResult r = date("Sunday, 22 November 2026\nPartners meet at the summit in Madrid\nJune 29, 2022 14:05\n" + BODY);
        assertEquals(LocalDate.of(2022, 6, 29), r.date());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("banner"));
    }

    @Test
    void lonelyBannerFarFromTheTextIsFlagged() {
        DateResult r = date("Sunday, 22 November 2026\nPartners meet at the summit in Madrid\n\nOn 29 June 2022 the leaders met in Madrid and agreed.");
        assertEquals(LocalDate.of(2026, 11, 22), r.date());
        assertTrue(r.warnings().get(0).contains("date banner"), r.warnings().toString());
    }

    @Test
    void noDateMeansNone() {
        DateResult r = date("Partners meet at the summit today" + BODY);
        assertNull(r.date());
        assertEquals(DateConfidence.NONE, r.confidence());
        assertEquals(DatePrecision.NONE, r.precision());
    }

    @Test
    void dayAndMonthWithNoYearAnywhereIsNone() {
        DateResult r = date("Partners meet at the summit today\n\nThe ministers met on October 31 to agree a package of support.");
        assertNull(r.date());
        assertTrue(r.warnings().get(0).contains("names no year"));
    }

    @Test
    void metadataDateIsStated() {
        DateResult r = date("Some headline here for it" + BODY, "2019-04-04");
        assertEquals(LocalDate.of(2019, 4, 4), r.date());
        assertEquals(DateConfidence.STATED, r.confidence());
    }

    @Test
    void unreadableMetadataDateFallsBackToTheTextWithAWarning() {
        DateResult r = date("Some headline here for it\nMarch 23, 2015" + BODY, "soon");
        assertEquals(LocalDate.of(2015, 3, 23), r.date());
        assertTrue(r.warnings().get(0).contains("\"soon\""));
    }

    @Test
    void monthWordsMustBeCapitalised() {
        assertTrue(DateForms.find("you may 12 times try").isEmpty());
        assertEquals(1, DateForms.find("on May 12 they met").size());
    }
}
