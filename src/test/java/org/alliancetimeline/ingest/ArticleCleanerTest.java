package org.alliancetimeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private CleanedArticle clean(String text) {
        return cleaner.clean(new RawArticle("t.txt", text, null, null, null, null, null, List.of(), text.length()));
    }

    private static final String BODY = "The Alliance and its partner met in Brussels to discuss the next steps of their long cooperation.";

    @Test
    void breadcrumbGivesTitleAndSite() {
        CleanedArticle a = clean("Example.com » World » Partners meet in Brussels again\n5 May 2021 - Example.com\n\n" + BODY);
        assertEquals("Partners meet in Brussels again", a.title());
        assertEquals("Example.com", a.outlet());
        assertEquals(List.of(BODY), a.paragraphs());
    }

    @Test
    void authorGluedToSectionNameIsSplit() {
        CleanedArticle a = clean("A headline about the summit\n\nMaria PetrovaPolitics\nA subhead line\n\n" + BODY);
        assertEquals("Maria Petrova", a.author());
        assertEquals(List.of(BODY), a.paragraphs());
    }

    @Test
    void bylineWithPersonIsAuthorAndWithPublicationIsOutlet() {
        CleanedArticle a = clean("A headline about the summit\nBy John Smith\n\n" + BODY);
        assertEquals("John Smith", a.author());
        CleanedArticle b = clean(" date 2020-01-02 By Balkan Daily Review\n\n" + BODY);
        assertEquals("Balkan Daily Review", b.outlet());
        assertNull(b.author());
    }

    @Test
    void proseAfterAHeaderDateIsTheLead() {
        CleanedArticle a = clean(" date 2024-01-10 NATO said the allies met again today to discuss air defence for Ukraine.\n\n" + BODY);
        assertEquals(2, a.paragraphs().size());
        assertTrue(a.paragraphs().get(0).startsWith("NATO said the allies"));
        assertEquals(1, a.headerDates().size());
    }

    @Test
    void footerMarkerCutsTheRestOfThePage() {
        CleanedArticle a = clean("Headline of the story here\n\n" + BODY + "\n\n" + BODY.replace("next", "first")
                + "\n\nOther News\n\nSomething else happened\n\nA recipe for a salad with \"French\" dressing: share it");
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void socialMediaPromotionAndCopyrightAreRemoved() {
        CleanedArticle a = clean("Headline of the story here\n\n" + BODY + "\n\n" + BODY
                + "\n\nOnly verified information on our Telegram channel and Viber. Do not fall for fakes!\n\nMore text after.");
        assertEquals(2, a.paragraphs().size());
        CleanedArticle b = clean("Headline of the story here\n\n" + BODY + "\n\n" + BODY + "\n\nCopyright © 2022 Some Site");
        assertEquals(2, b.paragraphs().size());
    }

    @Test
    void aPromotionOfSeveralSentencesIsStillAPromotion() {
        String promo = "Stay informed about the war in Ukraine and beyond. Subscribe to our Telegram channel and"
                + " follow us on Facebook for the latest news from the region and the world.";
        CleanedArticle a = clean("Headline of the story here\n\n" + BODY + "\n\n" + BODY + "\n\n" + promo);
        assertEquals(List.of(BODY, BODY), a.paragraphs());
    }

    @Test
    void reportedSocialMediaPostsAreNewsNotPromotion() {
        String said = "\"We have agreed on more air defence,\" Umerov said in a post on Facebook.";
        String wrote = "Orbán wrote on Facebook that Europe was sleepwalking into war.";
        String lashed = "The mood in the delegation had been tense a day earlier. Before landing in Vilnius on July 11,"
                + " Zelensky lashed out at the draft wording of the summit declaration on Twitter.";
        CleanedArticle a = clean("Headline of the story here\n\n" + BODY + "\n\n" + BODY + "\n\n" + said
                + "\n\n" + wrote + "\n\n" + lashed + "\n\n" + BODY);
        assertEquals(List.of(BODY, BODY, said, wrote, lashed, BODY), a.paragraphs());
    }

    @Test
    void interleavedReadMoreCookieAndCaptionLinesAreDropped() {
        CleanedArticle a = clean("Headline of the story here\n\n" + BODY
                + "\n\nRead more: Partners sign new deal\n\nWe use cookies to improve your experience. Accept\n\n"
                + "Jens Stoltenberg at the podium (Photo: Reuters)\n\n" + BODY + "\n\n" + BODY + "\n\n" + BODY);
        assertEquals(4, a.paragraphs().size());
        assertFalse(a.paragraphs().stream().anyMatch(p -> p.contains("cookies") || p.contains("Read more") || p.contains("Photo")));
    }

    @Test
    void trailingHeadlineLikeLinesAreDropped() {
        CleanedArticle a = clean("Headline of the story here\n\n" + BODY + "\n\nPoles stopped blocking two checkpoints\nCarrot and apple salad");
        assertEquals(List.of(BODY), a.paragraphs());
    }

    @Test
    void hardWrappedLinesAreJoinedAndSeparateLinesKept() {
        CleanedArticle a = clean("Headline of the story here\n\nThe ministers met in Brussels on Tuesday and agreed\non a new package of support for the partners.\n"
                + "A second paragraph follows on its own line, as scrapes often do.");
        assertEquals(List.of("The ministers met in Brussels on Tuesday and agreed on a new package of support for the partners.",
                "A second paragraph follows on its own line, as scrapes often do."), a.paragraphs());
    }

    @Test
    void noBreakSpacesAndRepeatedSpacesAreNormalised() {
        CleanedArticle a = clean("Headline of the story here\n\nA total of\u00a0 120 servicemen\tserved at the airport for many long months.");
        assertEquals("A total of 120 servicemen served at the airport for many long months.", a.paragraphs().get(0));
    }

    @Test
    void withoutAHeadlineTheFirstSentenceIsTheTitle() {
        CleanedArticle a = clean("NATO said the allies met today (EFE/Ilya U. Topper). More text follows here in the body of it.");
        assertEquals("NATO said the allies met today (EFE/Ilya U. Topper).", a.title());
        assertFalse(a.titleFromHeader());
    }

    @Test
    void outletFromCreditLine() {
        CleanedArticle a = clean("Headline of the story here\n\n" + BODY + "\n\n(with information from EFE)");
        assertEquals("EFE", a.outlet());
    }

    @Test
    void separatorAloneOnAHeaderLineIsSkipped() {
        // a NATO news page puts a lone "|" between its date line and "Last updated"; it once crashed the byline check
        CleanedArticle a = clean("Secretary General meets Foreign Minister of Japan\n\n03 Apr. 2025 -\n|\n"
                + "Last updated: 03 Apr. 2025 19:20\n\n" + BODY);
        assertEquals(List.of(BODY), a.paragraphs());
    }

    @Test
    void oldWireQuotationMarksBecomeCurlyMarks() {
        CleanedArticle a = clean("A headline about the summit\n\n``This is a historic day,'' said the Secretary"
                + " General. It isn't over.\n\n" + BODY);
        assertEquals("\u201CThis is a historic day,\u201D said the Secretary General. It isn't over.",
                a.paragraphs().get(0));
    }
}
