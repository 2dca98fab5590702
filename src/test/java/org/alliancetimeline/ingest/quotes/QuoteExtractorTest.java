package org.alliancetimeline.ingest.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.alliancetimeline.model.Quote;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    private final QuoteExtractor x = new QuoteExtractor();

    private List<Quote> run(String... paragraphs) {
        List<String> ps = List.of(paragraphs);
        List<Quote> qs = x.extract(ps);
        String joined = String.join("\n\n", ps);
        for (Quote q : qs) {
            String span = joined.substring(q.start(), q.end());
            if (!span.contains("\n\n")) {
                assertEquals(q.text(), span, "offsets of " + q);
            } else {
                assertTrue(q.text().startsWith(span.substring(0, span.indexOf("\n\n")).trim()), "start of " + q);
            }
        }
        return qs;
    }

    private static void assertQuote(Quote q, String text, String speaker) {
        assertEquals(text, q.text());
        assertEquals(speaker, q.speaker());
    }

    @Test
    void straightQuoteWithSaidAfter() {
        List<Quote> qs = run("NATO Secretary General Jens Stoltenberg visited Kyiv.",
                "\"We stand with Ukraine for as long as it takes,\" Stoltenberg said.");
        assertEquals(1, qs.size());
        assertQuote(qs.get(0), "We stand with Ukraine for as long as it takes", "Jens Stoltenberg");
        assertEquals(1, qs.get(0).paragraph());
        String joined = "NATO Secretary General Jens Stoltenberg visited Kyiv.\n\n"
                + "\"We stand with Ukraine for as long as it takes,\" Stoltenberg said.";
        assertEquals(qs.get(0).text(), joined.substring(qs.get(0).start(), qs.get(0).end()));
    }

    @Test
    void curlyQuoteInvertedSaid() {
        List<Quote> qs = run("“Russia must withdraw its troops,” said Foreign Minister Dmytro Kuleba.");
        assertQuote(qs.get(0), "Russia must withdraw its troops", "Dmytro Kuleba");
    }

    @Test
    void colonBeforeQuoteKeepsFinalStop() {
        List<Quote> qs = run("President Isaac Herzog said: “Israel values its partnership with NATO.”");
        assertQuote(qs.get(0), "Israel values its partnership with NATO.", "Isaac Herzog");
    }

    @Test
    void guillemetsAndLowQuotes() {
        List<Quote> qs = run("«The alliance is a threat to our security», Foreign Minister Sergei Lavrov said.",
                "„We will station a brigade in Lithuania“, Defence Minister Boris Pistorius said.");
        assertQuote(qs.get(0), "The alliance is a threat to our security", "Sergei Lavrov");
        assertQuote(qs.get(1), "We will station a brigade in Lithuania", "Boris Pistorius");
    }

    @Test
    void doublePrimeClosesAQuotation() {
        List<Quote> qs = run("“Allies will continue to support Ukraine in 2024″Nato added.");
        assertQuote(qs.get(0), "Allies will continue to support Ukraine in 2024", "NATO");
    }

    @Test
    void nestedSingleQuotesStayInside() {
        List<Quote> qs = run("“When I say ‘as long as it takes’, I mean it,” Stoltenberg said.");
        assertEquals(1, qs.size());
        assertQuote(qs.get(0), "When I say ‘as long as it takes’, I mean it", "Stoltenberg");
    }

    @Test
    void apostrophesAreNotMarks() {
        List<Quote> qs = run("Ukraine’s and Russia's positions differ, the Alliance’s officials say.");
        assertTrue(qs.isEmpty());
    }

    @Test
    void newspaperMultiParagraph() {
        List<Quote> qs = run("Secretary General Jens Stoltenberg spoke in Brussels.",
                "“We must do more for Ukraine. The next months are decisive.",
                "“Allies have to deliver what they promised,” he said.");
        assertEquals(1, qs.size());
        assertQuote(qs.get(0), "We must do more for Ukraine. The next months are decisive. "
                + "Allies have to deliver what they promised", "Jens Stoltenberg");
        assertEquals(1, qs.get(0).paragraph());
    }

    @Test
    void multiParagraphWithUnmarkedMiddle() {
        List<Quote> qs = run("“First, on Georgia. We meet as Foreign Ministers.",
                "Georgia is a highly valued partner.",
                "Deliberate attacks on civilians are war crimes”, - said Jens Stoltenberg.",
                "The ministers met later.");
        assertEquals(1, qs.size());
        assertQuote(qs.get(0), "First, on Georgia. We meet as Foreign Ministers. Georgia is a highly valued partner. "
                + "Deliberate attacks on civilians are war crimes", "Jens Stoltenberg");
    }

    @Test
    void unclosedQuoteEndsWithParagraphMinusAttribution() {
        List<Quote> qs = run("Secretary General Jens Stoltenberg spoke.",
                "“We will continue to support the brave Ukrainians, Stoltenberg said.",
                "Later he met “the ministers of Ukraine and Georgia” in Brussels.",
                "Nothing else happened.");
        assertQuote(qs.get(0), "We will continue to support the brave Ukrainians", "Jens Stoltenberg");
        assertEquals(2, qs.size());
        assertEquals(2, qs.get(1).paragraph());
    }

    @Test
    void unclosedQuoteDoesNotSwallowTheArticle() {
        List<Quote> qs = run("Jens Stoltenberg said the alliance “strongly condemns the attacks,” as well as “weapons "
                + "from Iran,", "The meeting ended late.", "Ministers will meet again in June.");
        assertEquals(2, qs.size());
        assertQuote(qs.get(1), "weapons from Iran", "Jens Stoltenberg");
    }

    @Test
    void scareQuotesAndProgrammeNamesRejected() {
        List<Quote> qs = run("Healthy \"French\" salad is a \"substantive\" topic.",
                "Australia joined the \"Enhanced Opportunities Partner\" programme and the so-called "
                        + "\"Readiness Action Plan\" was adopted.",
                "The proposal, dubbed \"Mission for Ukraine\", was approved.");
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void breadcrumbIsNotAQuotation() {
        assertTrue(run("Today.Az » Politics » NATO seeks broad practical co-op with Azerbaijan").isEmpty());
    }

    @Test
    void splitQuoteWithHeSaidInTheMiddle() {
        List<Quote> qs = run("Foreign Minister Dmytro Kuleba arrived in Brussels.",
                "\"We need air defence,\" he said. \"We need it now.\"");
        assertEquals(2, qs.size());
        assertQuote(qs.get(0), "We need air defence", "Dmytro Kuleba");
        assertQuote(qs.get(1), "We need it now.", "Dmytro Kuleba");
    }

    @Test
    void attributionBetweenTwoSpeakers() {
        List<Quote> qs = run("Secretary General Jens Stoltenberg met Foreign Minister Dmytro Kuleba.",
                "“Ukraine will become a member,” Stoltenberg said. Kuleba replied: “We are ready.”");
        assertQuote(qs.get(0), "Ukraine will become a member", "Jens Stoltenberg");
        assertQuote(qs.get(1), "We are ready.", "Dmytro Kuleba");
    }

    @Test
    void pronounResolvesToLatestSpeaker() {
        List<Quote> qs = run("President Maia Sandu met the Deputy Secretary General.",
                "Mrs Sandu thanked the allies. “Our partnership helps us,” she said.",
                "He summarized, \"The road ahead is long.\"");
        assertQuote(qs.get(0), "Our partnership helps us", "Maia Sandu");
        assertQuote(qs.get(1), "The road ahead is long.", "Maia Sandu");
    }

    @Test
    void surnameAndTitleResolveToFullName() {
        List<Quote> qs = run("NATO Secretary General Jens Stoltenberg opened the meeting.",
                "“We are united,” the Secretary General said.",
                "“We are strong,” Mr Stoltenberg added.",
                "“We will prevail,” the Norwegian politician said.",
                "“The alliance is ready,” said the NATO Secretary General.");
        for (Quote q : qs) {
            assertEquals("Jens Stoltenberg", q.speaker(), q.text());
        }
        assertEquals(4, qs.size());
    }

    @Test
    void organisationParaphrasesAreNato() {
        List<Quote> qs = run("“Allies condemn the attacks,” the coalition said in a statement.",
                "“Germany delivered Patriot systems,” the transatlantic organization said.",
                "According to the Alliance, the meeting took place “at the request of Kyiv and Kishinev.”",
                "“Allies stand united,” Nato added.");
        assertEquals(4, qs.size());
        for (Quote q : qs) {
            assertEquals("NATO", q.speaker(), q.text());
        }
    }

    @Test
    void unnamedOfficialKeepsRole() {
        List<Quote> qs = run("“Armenia and Azerbaijan are both valued partners,” added the NATO official.",
                "The representative met officials in Baku.",
                "\"He reviewed NATO-Azerbaijan cooperation in detail,\" the official said.");
        assertQuote(qs.get(0), "Armenia and Azerbaijan are both valued partners", "NATO official");
        assertQuote(qs.get(1), "He reviewed NATO-Azerbaijan cooperation in detail", "NATO official");
    }

    @Test
    void unknownSpeakerStaysNull() {
        List<Quote> qs = run("The summit opened in Vilnius.",
                "A banner at the venue read “Ukraine belongs in NATO today.”");
        assertEquals(1, qs.size());
        assertNull(qs.get(0).speaker());
    }

    @Test
    void quoteInsideSentenceWhoseSubjectIsTheSpeaker() {
        List<Quote> qs = run("NATO Secretary General Jens Stoltenberg said the alliance “strongly condemns Russian "
                + "missile attacks,” as well as “the use of drones from Iran.”");
        assertEquals(2, qs.size());
        assertQuote(qs.get(0), "strongly condemns Russian missile attacks", "Jens Stoltenberg");
        assertQuote(qs.get(1), "the use of drones from Iran.", "Jens Stoltenberg");
    }

    @Test
    void saidThatBeforeQuote() {
        List<Quote> qs = run("Secretary General Jens Stoltenberg welcomed the President.",
                "The Secretary General also said that NATO will mark the day “to remember the millions who "
                        + "died.”");
        assertQuote(qs.get(0), "to remember the millions who died.", "Jens Stoltenberg");
    }

    @Test
    void machineTranslatedWordOrder() {
        List<Quote> qs = run("“The Allies strongly condemn the increase in Russian airstrikes.”Gave details of the "
                + "transatlantic organization.");
        assertQuote(qs.get(0), "The Allies strongly condemn the increase in Russian airstrikes.", "NATO");
    }

    @Test
    void singleQuotesOnlyWhenClearlyClosed() {
        List<Quote> qs = run("Secretary General Jens Stoltenberg spoke to reporters.",
                "‘We will not be intimidated,’ he said. Allies’ support for the ‘Readiness Action Plan’ is firm.",
                "'This is a turning point.' Stoltenberg said.");
        assertEquals(2, qs.size(), qs.toString());
        assertQuote(qs.get(0), "We will not be intimidated", "Jens Stoltenberg");
        assertQuote(qs.get(1), "This is a turning point.", "Jens Stoltenberg");
    }

    @Test
    void shortTermsWithoutReportingVerbAreNotQuotations() {
        List<Quote> qs = run("Europe formed a \"coalition of the willing\" to guarantee a ceasefire.",
                "Stoltenberg said the talks had been \"frank and very useful\" for both sides.");
        assertEquals(1, qs.size(), qs.toString());
        assertQuote(qs.get(0), "frank and very useful", "Stoltenberg");
    }

    @Test
    void appositiveAndAccordingToAfterTheQuote() {
        List<Quote> qs = run("“The alliance is ready,” Jens Stoltenberg, the NATO chief, said on Monday.",
                "“Kyiv asked for the meeting,” according to Foreign Minister Dmytro Kuleba.");
        assertQuote(qs.get(0), "The alliance is ready", "Jens Stoltenberg");
        assertQuote(qs.get(1), "Kyiv asked for the meeting", "Dmytro Kuleba");
    }

    @Test
    void coordinatedReportingVerbUsesTheSentenceSubject() {
        List<Quote> qs = run("NATO Secretary General Mark Rutte visited Warsaw on Monday.",
                "The Secretary General praised Poland and said “every ally must follow this example.”");
        assertQuote(qs.get(0), "every ally must follow this example.", "Mark Rutte");
    }

    @Test
    void bareNameAfterDash() {
        List<Quote> qs = run("“Georgia is a highly valued partner of the Alliance” — Jens Stoltenberg");
        assertQuote(qs.get(0), "Georgia is a highly valued partner of the Alliance", "Jens Stoltenberg");
    }

    @Test
    void documentIssuers() {
        List<Quote> qs = run("A Russian defence ministry statement said the drills were \"rehearsing an attack on "
                + "Kaliningrad.\"", "The Vilnius communique said Allies \"fully support Ukraine's right to choose.\"",
                "The Kremlin's statement said the move was \"a dangerous provocation by the West.\"");
        assertQuote(qs.get(0), "rehearsing an attack on Kaliningrad.", "Russian defence ministry");
        assertQuote(qs.get(2), "a dangerous provocation by the West.", "Kremlin");
    }

    @Test
    void emptyAndMarklessInput() {
        assertTrue(x.extract(List.of()).isEmpty());
        assertTrue(x.extract(List.of("No quotations here at all.", "")).isEmpty());
    }

    @Test
    void unbalancedMarksDoNotThrow() {
        run("”", "“", "\"", "«", "»", "„", "″ ″", "“ ”", "He said “", "”, - said X.");
    }

    @Test
    void predicateAfterPlanIsAQuotationButANamedPlanIsNot() {
        List<Quote> qs = run("The Russian defence ministry said in a statement that NATO's plan \"threatens strategic stability in Europe\".",
                "Allies adopted the plan \"Eastern Sentry for the Baltic\" on Friday.");
        assertEquals(1, qs.size());
        assertQuote(qs.get(0), "threatens strategic stability in Europe", "Russian defence ministry");
    }

    @Test
    void shortPhrasesInTheSpeakersVoiceAfterAReportingVerbAreQuotations() {
        List<Quote> qs = run("Mira Holm said China is \"not our adversary\" but warned of its build-up.",
                "Ivo Kral said Serbia had no plans to join \"at this stage,\" but kept the door open.",
                "Ivo Kral called for a \"swift, firm and united\" answer from the allies.",
                "Ministers said the alliance cannot continue \"business as usual\" with Minsk.");
        assertEquals(List.of("not our adversary", "at this stage", "swift, firm and united"),
                qs.stream().map(Quote::text).toList());
    }

    @Test
    void britishSingleMarksAreQuotationsWhenTheArticleUsesNoDoubleMarks() {
        List<Quote> qs = run("Stoltenberg said Armenia had a \u2018real opportunity\u2019 to end the conflict.",
                "\u2018I urge both countries to seize this moment\u2019, Stoltenberg said. \u2018NATO supports"
                        + " Armenia\u2019s sovereignty.\u2019",
                "The allies\u2019 plans were not discussed, officials said.");
        assertEquals(List.of("I urge both countries to seize this moment", "NATO supports Armenia\u2019s sovereignty."),
                qs.stream().map(Quote::text).toList());
    }

    @Test
    void britishSingleMarksStayTheOuterMarksWhenDoubleMarksQuoteInsideThem() {
        List<Quote> qs = run("\u2018We will be well represented at the summit,\u2019 Albanese said.",
                "The senator said the decision sent \u2018the wrong message to our allies\u2019.",
                "\u2018The so-called \u201CNato target\u201D has nothing to do with our security,\u2019 Shoebridge"
                        + " said.");
        assertEquals(List.of("We will be well represented at the summit", "the wrong message to our allies",
                "The so-called \u201CNato target\u201D has nothing to do with our security"),
                qs.stream().map(Quote::text).toList());
    }

    @Test
    void coordinatedJudgementsAreQuotationsAndSubtitledTitlesAreNot() {
        List<Quote> qs = run("The ministers said Russia's actions were \"illegal and illegitimate\" and would not stand.",
                "Gates warned that NATO faced a \"dim, if not dismal\" future.",
                "He spoke at the conference \"NATO and Gulf Security: Meeting Common Challenges,\" which opened on"
                        + " Monday.",
                "The document, formally titled the \"Founding Act on Mutual Relations, Cooperation and Security between"
                        + " NATO and the Russian Federation,\" creates a council.");
        assertEquals(List.of("illegal and illegitimate", "dim, if not dismal"),
                qs.stream().map(Quote::text).toList());
    }

    @Test
    void compoundNounsAreTermsAndPluralPossessivesDoNotCloseBritishQuotations() {
        List<Quote> qs = run("NATO said the alliance would keep its \u201Ccommand and control\u201D structure.",
                "\u2018The allies\u2019 and partners\u2019 support has been vital to this, and we will not forget"
                        + " it,\u2019 he told MPs.",
                "\u2018We will be well represented,\u2019 Albanese said.");
        assertEquals(List.of("The allies\u2019 and partners\u2019 support has been vital to this, and we will not"
                + " forget it", "We will be well represented"), qs.stream().map(Quote::text).toList());
    }

    @Test
    void shortVerblessTermsInsideAClauseAreNotQuotations() {
        List<Quote> qs = run("Ministers said trade could not return to \"life as before\" with Minsk this year.",
                "The envoy dismissed Moscow's so-called \"peace enforcement mission.\"",
                "The premier said the treaty \"still holds firm\" despite the row.");
        assertEquals(1, qs.size());
        assertQuote(qs.get(0), "still holds firm", "premier");
    }

    @Test
    void guillemetsOverParagraphsClosingAtTheLastParagraphsEnd() {
        List<Quote> qs = run("President of Arvania Elena Varga in her message to the meeting said:",
                "«Arvania follows its \"open door\" line, and NATO is a partner.",
                "Our soldiers served abroad for years. We will go on».");
        assertEquals(1, qs.size());
        assertTrue(qs.get(0).text().startsWith("Arvania follows its \"open door\" line"));
        assertTrue(qs.get(0).text().endsWith("We will go on"));
        assertEquals("Elena Varga", qs.get(0).speaker());
    }
}
