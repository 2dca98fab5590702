package org.alliancetimeline.ingest.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;

import org.alliancetimeline.model.Quote;
import org.junit.jupiter.api.Test;

/** Speaker attribution on short passages written for each rule: particles, roles, titles, gendered pronouns. */
class SpeakerResolverTest {

    private final QuoteExtractor x = new QuoteExtractor();

    private List<String> speakers(String... paragraphs) {
        return x.extract(List.of(paragraphs)).stream().map(Quote::speaker).toList();
    }

    private static List<String> list(String... s) {
        return java.util.Arrays.asList(s);
    }

    @Test
    void anArticleAloneIsNeverASpeaker() {
        List<String> got = speakers(
                "Kremlin spokesman Dmitry Peskov warned that the decision \u201Cwill not go unanswered by Moscow,\u201D"
                        + " the TASS news agency reported.");
        assertEquals(1, got.size());
        org.junit.jupiter.api.Assertions.assertNotEquals("the", got.get(0));
    }

    // ------------------------------------------------------------------ names with particles

    @Test
    void particleNameKeepsItsParticles() {
        assertEquals(list("Jaap de Hoop Scheffer", "Jaap de Hoop Scheffer", "Jaap de Hoop Scheffer"), speakers(
                "“Enlargement was the right choice for Europe,” said former NATO Secretary General Jaap de Hoop Scheffer.",
                "“We did not promise anything to Moscow,” de Hoop Scheffer told the audience in The Hague.",
                "“Those were different times,” Scheffer said."));
    }

    @Test
    void particleNameIntroducedBeforeTheQuote() {
        assertEquals(list("Jaap de Hoop Scheffer", "Jaap de Hoop Scheffer"), speakers(
                "Jaap de Hoop Scheffer, who led the Alliance from 2004 to 2009, spoke at a conference in Brussels.",
                "“Afghanistan was the test of our generation,” de Hoop Scheffer said.",
                "He added: “We learned a great deal.”"));
    }

    @Test
    void vonDerLeyen() {
        assertEquals(list("Ursula von der Leyen", "Ursula von der Leyen"), speakers(
                "European Commission President Ursula von der Leyen met NATO Secretary General Mark Rutte on Tuesday.",
                "“Europe must spend more on its own defence,” von der Leyen said after the meeting.",
                "“This is a moment of truth,” said Ursula von der Leyen."));
    }

    @Test
    void threePartNameAndItsSurnameForms() {
        assertEquals(list("Anders Fogh Rasmussen", "Anders Fogh Rasmussen", "Anders Fogh Rasmussen"), speakers(
                "Anders Fogh Rasmussen, a former Danish prime minister, addressed the forum on Friday.",
                "“Ukraine belongs in NATO,” Rasmussen said.",
                "“Half measures will not do,” Fogh Rasmussen added.",
                "“The next summit must deliver,” Anders Fogh Rasmussen said."));
    }

    @Test
    void diplomaticHonorificIsNoPartOfAnArabicName() {
        assertEquals(list("Khalid bin Ahmed Al Thani", "Khalid bin Ahmed Al Thani", "Khalid bin Ahmed Al Thani",
                "Anna Lindqvist", "Khalid bin Ahmed Al Thani"), speakers(
                "Relations have entered \"a decisive phase of practical work\", Kuwait's Ambassador to NATO H.E. Khalid bin Ahmed Al Thani has said.",
                "\"We are a reliable partner for the Alliance,\" he said.",
                "Al Thani said: \"Dialogue is our path.\"",
                "NATO Assistant Secretary General Anna Lindqvist called Kuwait \"a friend of the Alliance\".",
                "\"The door is open,\" Mr Al Thani said."));
    }

    @Test
    void partyNamedAfterADescriptionWithoutItsAcronym() {
        assertEquals(list("Social Democratic Union", "Popular Liberation Front"), speakers(
                "The opposition Social Democratic Union (SDU) said the deal was \"a betrayal of our neutrality\" and walked out.",
                "The rebel Popular Liberation Front (PLF) called the visit \"an insult to every family in the valley\"."));
    }

    // ------------------------------------------------------------------ unnamed people keep their role

    @Test
    void unnamedOfficialKeepsModifiers() {
        assertEquals(list("NATO official", "senior alliance diplomat", "Western diplomat"), speakers(
                "Allies met in Brussels on Wednesday to discuss air defence.",
                "“We expect a decision next month,” said a NATO official.",
                "“The talks were difficult but useful,” a senior alliance diplomat said.",
                "“Nobody expected Hungary to move so fast,” a Western diplomat told Reuters."));
    }

    @Test
    void unnamedOfficialBeforeTheQuote() {
        assertEquals(list("senior NATO official", "European diplomat"), speakers(
                "A senior NATO official said: “The plan is ready.”",
                "A European diplomat told reporters that “nothing has been decided yet”."));
    }

    // ------------------------------------------------------------------ titles before names

    @Test
    void ambassadorToNatoIsTheNameThatFollows() {
        assertEquals(list("Natalia Galibarenko", "Julianne Smith", "Tomasz Szatkowski"), speakers(
                "“We need more Patriot systems now,” said Ukrainian Ambassador to NATO Natalia Galibarenko.",
                "US Ambassador to NATO Julianne Smith told reporters: “The United States will stay the course.”",
                "Poland's ambassador to NATO Tomasz Szatkowski said the eastern flank “must be defended from the first inch”."));
    }

    @Test
    void foreignMinisterTitle() {
        assertEquals(list("Ilia Darchiashvili", "Ilia Darchiashvili"), speakers(
                "Georgian Foreign Minister Ilia Darchiashvili said: “Our path to NATO is irreversible.”",
                "“We count on our partners,” the foreign minister added."));
    }

    @Test
    void titleResolvesToTheHolderIntroducedInTheArticle() {
        assertEquals(list("Salome Zourabichvili", "Mark Rutte", "Salome Zourabichvili"), speakers(
                "Georgian President Salome Zourabichvili met NATO Secretary General Mark Rutte in Brussels on Monday.",
                "“Georgia's place is in Europe,” the Georgian president said.",
                "“The door remains open,” the Secretary General replied.",
                "“We will not give up,” the president said."));
    }

    @Test
    void honorificSurnameResolvesToFullName() {
        assertEquals(list("Kaja Kallas", "Mark Rutte"), speakers(
                "Estonian Prime Minister Kaja Kallas and Mark Rutte spoke to the press.",
                "“Russia only understands strength,” Ms Kallas said.",
                "“I agree,” Mr Rutte said."));
    }

    @Test
    void toldReportersAndJournalists() {
        assertEquals(list("Mark Rutte", "Hakan Fidan"), speakers(
                "NATO Secretary General Mark Rutte told reporters in Brussels: “Allies are united.”",
                "“We have no objection,” Turkish Foreign Minister Hakan Fidan told journalists in Ankara."));
    }

    @Test
    void sentenceOpeningTitledNameIsTheSubject() {
        assertEquals(list("Antony Blinken", "Peter Szijjarto"), speakers(
                "“Ukraine's future is in NATO,” US Secretary of State Antony Blinken said.",
                "Hungarian Foreign Minister Peter Szijjarto struck a different tone. “We will not be dragged into the war,” he told state television."));
    }

    @Test
    void sentenceOpeningSurnameIsTheSubject() {
        assertEquals(list("Mircea Geoana", "Salome Zourabichvili"), speakers(
                "Georgian President Salome Zourabichvili met NATO Deputy Secretary General Mircea Geoana.",
                "“Georgia is a valued partner,” said the deputy secretary general.",
                "Zourabichvili also criticised the new law. “This law is not compatible with our future,” she said."));
    }

    @Test
    void appositiveNameWithCommonFirstNameIsAPerson() {
        assertEquals(list("Anders Fogh Rasmussen"), speakers(
                "His successor Anders Fogh Rasmussen, speaking at the same event, agreed.",
                "“Bucharest sent the worst possible signal,” Fogh Rasmussen said."));
    }

    @Test
    void militaryRankWithoutFullStopIsATitle() {
        assertEquals(list("Alexus Grynkewich"), speakers(
                "“Every inch of allied territory will be defended,” said Gen Alexus Grynkewich, the allied commander."));
    }

    @Test
    void definiteRoleDescriptionRefersToThePersonIntroduced() {
        assertEquals(list("Sergey Lavrov", "Javier Colomina"), speakers(
                "Russian Foreign Minister Sergey Lavrov spoke after the talks.",
                "“We will respond accordingly,” the Russian top diplomat said.",
                "Javier Colomina, in turn, stressed the partnership. “Azerbaijan plays a key role,” the special representative said."));
    }

    @Test
    void roleReferencePrefersThePersonJustSpokenOf() {
        assertEquals(list("Maxim Ryzhenkov", "Sergey Lavrov"), speakers(
                "Russian Foreign Minister Sergey Lavrov met Belarusian Foreign Minister Maxim Ryzhenkov in Minsk.",
                "Ryzhenkov supported his Russian colleague. According to him, “the West is pursuing a policy of confrontation.”",
                "Lavrov also commented on the NATO summit. “The statements have nothing to do with reality,” the minister noted."));
    }

    @Test
    void unnamedRoleDropsAPlaceAfterItsModifiersButKeepsItAfterABareHead() {
        assertEquals(list("Lithuanian officer", "source in NATO Headquarters"), speakers(
                "A Lithuanian officer at the base said: “People bring cakes to the gate.”",
                "“The process continues,” a source in NATO Headquarters told Report."));
    }

    @Test
    void appositiveNameAfterARoleIsTheSpeaker() {
        assertEquals(list("Ibrahim Kalin"), speakers(
                "But his spokesman, Ibrahim Kalin, told Turkish television: “Sweden has taken concrete steps.”"));
    }

    @Test
    void countedSourcesAndOneOfThem() {
        assertEquals(list("diplomatic sources", "spokesperson for the German government"), speakers(
                "NATO is considering sending more jets, three diplomatic sources told Reuters.",
                "“Nothing has been decided,” one of the sources said.",
                "A spokesperson for the German government said Berlin was ready. “We stand by our allies,” the spokesperson said."));
    }

    @Test
    void abbreviatedRankBeforeANameIsATitle() {
        assertEquals(list("Yasar Guler", "Christopher Cavoli"), speakers(
                "Turkish Defense Minister Yasar Guler hosted Supreme Allied Commander Gen. Christopher Cavoli in Ankara.",
                "“The Black Sea must remain a sea of peace,” Guler said.",
                "Cavoli praised the host. “Türkiye is an indispensable ally,” the general said."));
    }

    @Test
    void titleOfMinistryOfCountryBeforeTheName() {
        assertEquals(list("Rustem Umerov"), speakers(
                "Minister of Defense of Ukraine Rustem Umerov held a meeting with Mark Rutte.",
                "“I thanked the Secretary General for his support,” Umerov noted."));
    }

    @Test
    void sentenceOpeningNameWithAppositiveIsTheSubject() {
        assertEquals(list("Oleg Ozerov", "Radmila Shekerinska"), speakers(
                "“Chisinau is being turned into a bridgehead,” Russia's ambassador to Moldova, Oleg Ozerov, said.",
                "NATO Deputy Secretary General Radmila Shekerinska, visiting Chisinau last month, had offered help. "
                        + "“We will help build its resilience,” she said at the time."));
    }

    @Test
    void titleOfTheInstitutionBeforeTheName() {
        assertEquals(list("Ingrida Simonyte", "Viktorija Cmilyte-Nielsen"), speakers(
                "Prime Minister Ingrida Simonyte and Speaker of the Seimas Viktorija Cmilyte-Nielsen met Olaf Scholz.",
                "“The gap must be defended,” Simonyte said.",
                "Cmilyte-Nielsen, who also met members of the Bundestag, spoke to voters. “Security is not free,” she said."));
    }

    @Test
    void definiteUnnamedRoleRefersBackToThePersonJustQuoted() {
        assertEquals(list("Dmitry Peskov", "Dmitry Peskov", "Allison Hart"), speakers(
                "“We see that the alliance is involved,” Kremlin spokesman Dmitry Peskov told journalists.",
                "He also spoke about missiles. “We will take retaliatory measures,” the Kremlin representative said.",
                "The Alliance's spokesperson, Allison Hart, later said: “Allies are united in their support.”"));
    }

    @Test
    void sentenceOpeningSurnameWithAppositiveIsTheSubject() {
        assertEquals(list("Shigeru Ishiba", "Mark Rutte"), speakers(
                "Japanese Prime Minister Shigeru Ishiba and NATO Secretary General Mark Rutte met in Tokyo.",
                "“Our security is inseparable,” Ishiba told a press conference.",
                "Rutte, on his first visit to Asia, echoed the view. “What happens in Ukraine could happen here,” he said."));
    }

    @Test
    void longTitleEndingInACapitalisedNounBeforeAFirstName() {
        assertEquals(list("Boris Ruge"), speakers(
                "A delegation was led by Assistant Secretary General for Political Affairs and Security Policy Boris Ruge.",
                "Boris Ruge highlighted the partnership. “NATO values its cooperation with Azerbaijan,” he said."));
    }

    @Test
    void officialsAfterAccordingToAreTheSourcesOfALaterQuote() {
        assertEquals(list("U.S. officials"), speakers(
                "Washington is considering another battery, according to two U.S. officials familiar with the deliberations.",
                "“We are looking at every option,” one of the officials said."));
    }

    @Test
    void unnamedOrganisationBehindAPossessiveIsUnknown() {
        assertEquals(java.util.Collections.singletonList(null), speakers(
                "Opposition leader Andrija Mandic was not present. His party said in a statement that NATO "
                        + "“does not represent the will of the people”."));
    }

    @Test
    void titleOfCountryBeforeANameInTheAttribution() {
        assertEquals(list("Andrii Sybiha", "Anders Fogh Rasmussen"), speakers(
                "“It is in the interests of NATO to stop them,” said Minister of Foreign Affairs of Ukraine Andrii Sybiha.",
                "“Ukraine belongs in NATO,” said the founder of the Alliance of Democracies Foundation, Anders Fogh Rasmussen."));
    }

    @Test
    void presentRoleIsNotTheFormerHolder() {
        assertEquals(list("Jens Stoltenberg", "Mark Rutte"), speakers(
                "Former NATO Secretary General Jens Stoltenberg gave an interview. “I warned allies,” Stoltenberg said.",
                "His successor, Mark Rutte, was asked about the remarks. “Jens was right,” the NATO chief said."));
    }

    @Test
    void sentenceOpeningSurnameFindsItsFullNameInTheText() {
        assertEquals(list("Agil Gurbanov", "Gianluca Bonaccorsi"), speakers(
                "Deputy Minister Agil Gurbanov met Director of the Defence Policy and Planning Division Gianluca Bonaccorsi.",
                "“Interoperability remains a priority,” Gurbanov said.",
                "Bonaccorsi praised the progress. “We appreciate the contribution of Azerbaijan,” he noted."));
    }

    @Test
    void ageEpithetRefersToThePersonJustNamed() {
        assertEquals(list("Hakan Fidan"), speakers(
                "Turkish Foreign Minister Hakan Fidan denied the reports. “Türkiye has never blocked its allies,” "
                        + "the 57-year-old told reporters."));
    }

    // ------------------------------------------------------------------ pronouns and gender

    @Test
    void sheResolvesToTheLatestWoman() {
        assertEquals(list("Mark Rutte", "Julianne Smith"), speakers(
                "US Ambassador to NATO Julianne Smith met Secretary General Mark Rutte on Monday.",
                "“We will decide at the summit,” Rutte said.",
                "“Washington supports this fully,” she said."));
    }

    @Test
    void heResolvesToTheLatestMan() {
        assertEquals(list("Annalena Baerbock", "Boris Pistorius"), speakers(
                "German Defence Minister Boris Pistorius travelled to Vilnius with Foreign Minister Annalena Baerbock.",
                "“Lithuania can rely on us,” Baerbock said.",
                "“The brigade will be ready by 2027,” he said."));
    }

    @Test
    void genderFromHonorificAndFromPronounAfterTheMention() {
        assertEquals(list("Kestutis Budrys", "Sakaliene"), speakers(
                "Ms Sakaliene, Lithuania's defence minister, welcomed the plan. Kestutis Budrys said his ministry agreed.",
                "“We are ready to host more troops,” Budrys said.",
                "“The money is there,” she added."));
    }

    @Test
    void unknownGenderFallsBackToTheLatestPerson() {
        assertEquals(list("Jens Stoltenberg", "Jens Stoltenberg"), speakers(
                "“Allies must deliver,” Jens Stoltenberg said.",
                "“Air defence is the priority,” he said."));
    }

    // ------------------------------------------------------------------ titles with complements, name forms

    @Test
    void titleWithComplementThenNameIsTheName() {
        assertEquals(list("Petra Lindqvist", "Petra Lindqvist"), speakers(
                "“The partnership has matured,” - said NATO's Special Envoy for the Baltic and Nordic Region Petra"
                        + " Lindqvist.",
                "“Exercises will grow next year,” Lindqvist added."));
    }

    @Test
    void bareTitleRefersToThePersonJustIntroduced() {
        assertEquals(list("Elnur Gasimov"), speakers(
                "Member of the National Assembly Elnur Gasimov, who chaired the session, disagreed. “Words are not"
                        + " enough”, - MP said."));
    }

    @Test
    void definiteTitleFindsTheMinisterIntroducedWithALongTitle() {
        assertEquals(list("Arman Serikovich Dauletov", "Arman Serikovich Dauletov"), speakers(
                "Astana. May 3. - Minister of Defence of the Republic of Kazakhstan Arman Serikovich Dauletov met"
                        + " the delegation in the capital.",
                "«The schedule is agreed», - said A.Dauletov at the start of the meeting.",
                "«We are ready for joint training», - stressed the minister."));
    }

    @Test
    void patronymicNameKeepsAllThreeParts() {
        assertEquals(list("Timur Rashidovich Aliyev"), speakers(
                "Earlier Chairman of the Senate of Uzbekistan Timur Rashidovich Aliyev declared that the country"
                        + " «will stay outside any blocs»."));
    }

    @Test
    void initialAndSurnameResolveToTheKnownFullName() {
        assertEquals(list("Henrik Voss", "P.Lund"), speakers(
                "Secretary General Henrik Voss received the visitors on Monday.",
                "«The door remains open», - said H.Voss.",
                "«We will consider it», - said P.Lund."));
    }

    @Test
    void determinerAfterALowerCaseWordOpensTheSubject() {
        assertEquals(list("Henrik Voss"), speakers(
                "Secretary General Henrik Voss received the visitors on Monday.",
                "At the briefing after the talks the Secretary General declared:",
                "«Our partners are not a sphere of anyone's influence»."));
    }

    @Test
    void oneWordReferenceMatchesTheFirstPartOfASurnameFirstName() {
        assertEquals(list("Park Ji-hoon"), speakers(
                "The delegation met Defence Minister Park Ji-hoon in Seoul.",
                "“We value the dialogue highly,” Park told reporters."));
    }

    @Test
    void sentenceOpeningLabelIsInLowerCase() {
        assertEquals(list("officials in Warsaw"), speakers(
                "Officials in Warsaw said the plan “changes nothing for the eastern flank”."));
    }

    @Test
    void organisationsByTheirNames() {
        assertEquals(list("Department of Foreign Affairs", "Ministry of Interior of Georgia", "TASR"), speakers(
                "The Department of Foreign Affairs said in a statement that the agreement “creates no new"
                        + " obligations”.",
                "«The checkpoints will open tomorrow», - reported in the Ministry of Interior of Georgia.",
                "Slovakia's public news agency TASR denounced the leak, calling it “a breach of trust”."));
    }

    @Test
    void quotationAfterASentenceAboutThePerson() {
        assertEquals(list("Lena Varga"), speakers(
                "Deputy Secretary General Lena Varga visited Tbilisi on Monday.",
                "Varga, asked whether allies shared the concerns, paused before answering. “We watch everything"
                        + " closely. Reforms matter most.”"));
    }

    @Test
    void accusedIntroducesAQuotedPhrase() {
        assertEquals(list("Aoife Brennan"), speakers(
                "Labour spokesperson Aoife Brennan accused the minister of “drifting away from neutrality” and"
                        + " asked for a vote."));
    }

    @Test
    void appositiveNameAfterTheSubjectOfAnAndClause() {
        assertEquals(list("Marek Novak", "Ivo Brandt"), speakers(
                "“The treaty is signed,” said Prime Minister Marek Novak.",
                "Its chairman, Ivo Brandt, called the deal a “surrender” and accused the cabinet of having “sold"
                        + " our future”."));
    }

    @Test
    void middleInitialKeepsItsStop() {
        assertEquals(list("John Q. Adams"), speakers("President John Q. Adams called the talks useful.",
                "\"We came to listen,\" Adams said."));
    }

    @Test
    void initialPicksTheGivenNameInsideALongerRun() {
        assertEquals(list("Bolor Tsetseg", "Bolor Tsetseg"), speakers(
                "The plan was signed by Minister of Labour and Welfare Bolor Tsetseg.",
                "\"This is a start,\" said B.Tsetseg.", "\"More will follow,\" B. Tsetseg added."));
    }

    @Test
    void heAfterAWomanWithAFeminineSurnameIsTheLatestMan() {
        assertEquals(list("Elena Marinkovska", "Tomas Berger"), speakers(
                "Defence Minister Tomas Berger said the drills would go ahead.",
                "Deputy Secretary General Elena Marinkovska agreed. \"Partners choose,\" Marinkovska said.",
                "\"We have chosen,\" he added."));
    }

    @Test
    void councillorIsATitle() {
        assertEquals(list("Anna Keller"), speakers("National Councillor Anna Keller objected. \"Not in our name,\""
                + " Keller said."));
    }

    @Test
    void headOfStateIsThePresidentNamedInAnAppositive() {
        assertEquals(list("Ana Popescu"), speakers(
                "The President of the Republic of Arvania, Ana Popescu, received the Deputy Secretary General of"
                        + " NATO, Mihai Dobre, on Monday.",
                "«We stay neutral», - declared the head of state."));
    }

    @Test
    void organisationNamesWithAPlaceACommaOrAnAdjective() {
        assertEquals(list("Russian consulate in Bergen", "Ministry of Energy, Mining and Water", "Party of Farmers",
                "Estonian Ministry of Culture"), speakers(
                "The Russian consulate in Bergen said the exercise should \"stop at once\".",
                "The Ministry of Energy, Mining and Water (MEMW) said the pipeline was \"safe and inspected\".",
                "The Party of Farmers said the decision was \"a betrayal of the countryside\".",
                "According to the Estonian Ministry of Culture, \"the museum will reopen in spring\"."));
    }

    @Test
    void titledNameAfterAnOrganisationAdjectiveIsThePerson() {
        assertEquals(list("Ilse Brandt"), speakers(
                "European Council President Ilse Brandt said the summit sent \"a clear signal of unity\"."));
    }

    @Test
    void capitalisedDocumentAfterNewIsNotAPerson() {
        assertEquals(list("Mara Lind"), speakers("Ms Lind spoke after Prime Minister Mara Lind met allies.",
                "Ms Lind said the wording of the alliance's new Readiness Charter was a matter for members.",
                "\"We read it carefully,\" she said."));
    }

    @Test
    void alliedLeadersAndMinistersAreNamedAsWritten() {
        assertEquals(list("NATO leaders", "Allied defence ministers"), speakers(
                "In their communique, NATO leaders called Iran \"a growing source of instability in the region\".",
                "Allied defence ministers said the plan was \"ready to be carried out at short notice\"."));
    }

    @Test
    void inTheWordsOfNamesTheSpeaker() {
        assertEquals(list("Leo Marsh"), speakers(
                "The Greens backed the bill but said ministers must \"stop hiding behind the treaty\", in the words of"
                        + " party whip Leo Marsh."));
    }

    @Test
    void participlePhraseAfterAnUnnamedOfficialIsNotTheSpeaker() {
        assertEquals(list("Omar Haddad", "senior French diplomat"), speakers(
                "\"The talks went well,\" said Foreign Minister Omar Haddad.",
                "\"Nothing is settled yet,\" said a senior French diplomat accompanying Haddad."));
    }

    @Test
    void infinitiveReportingVerbKeepsTheSentenceSubject() {
        assertEquals(list("Karin Dahl"), speakers(
                "Chancellor Karin Dahl used her address to the summit in Riga to warn that the region is \"no"
                        + " longer a quiet corner of Europe\"."));
    }

    @Test
    void longNameSetOffByCommasIsKeptWhole() {
        assertEquals(list("Anna Maria Vella Borg", "Anna Maria Vella Borg"), speakers(
                "The opposition's defence spokeswoman, Anna Maria Vella Borg, criticised the decision.",
                "\"The public was never consulted,\" she said.",
                "Ms Vella Borg added that the question \"deserves a proper debate\"."));
    }

    @Test
    void sheikhIsAnHonorificBeforeALongName() {
        assertEquals(list("Ahmad Nasser Al-Fahad Al-Jaber", "Ahmad Nasser Al-Fahad Al-Jaber"), speakers(
                "Deputy Prime Minister and Minister of Defence of Qatar, Sheikh Ahmad Nasser Al-Fahad Al-Jaber, said"
                        + " the accord was \"a sign of lasting trust between our peoples\".",
                "\"Nobody in the Gulf stands alone,\" Sheikh Ahmad said."));
    }

    @Test
    void nameBeforeAnIndefiniteDescriptionIsAPerson() {
        assertEquals(list("Mireïa Oukaci"), speakers(
                "Mireïa Oukaci, a historian at a university in Oran, is less sure.",
                "\"Old suspicions take time to fade,\" Oukaci said."));
    }

    // ------------------------------------------------------------------ forms met in blind7

    @Test
    void middleInitialStaysInsideTheName() {
        assertEquals(list("Maria K. Lindqvist", "Maria K. Lindqvist"), speakers(
                "The alliance's envoy to the region, Maria K. Lindqvist, arrived in Astana on Monday.",
                "\u201CWe came to listen,\u201D Lindqvist said.",
                "\u201CThe decisions are yours,\u201D she added."));
    }

    @Test
    void quotationParagraphAfterAParagraphAboutAPersonIsTheirs() {
        assertEquals(list("Tomas Varga", "Tomas Varga"), speakers(
                "\u201CThe bridge will open in spring,\u201D Defence Minister Tomas Varga said.",
                "Asked about the cost, he declined to give a figure.",
                "\u201CWhat matters is that the engineers can finish the work safely. The budget is"
                        + " secondary.\u201D"));
    }

    @Test
    void quotationParagraphAfterANarrativeWithNoPersonStaysUnknown() {
        assertEquals(java.util.Arrays.asList((String) null), speakers(
                "The exercise ended on Friday after two weeks of rain.",
                "\u201CThe bridge held.\u201D"));
    }

    @Test
    void unnamedSourceKeepsTheNamedPlaceItSpeaksFrom() {
        assertEquals(list("Nordic diplomat in Vilnius", "official from the Baltic region",
                "Lithuanian officer"), speakers(
                "A Nordic diplomat in Vilnius, speaking on condition of anonymity, said the plan was"
                        + " \u201Cambitious but realistic\u201D.",
                "\u201CThe rotation will continue,\u201D said an official from the Baltic region attending"
                        + " the talks.",
                "\u201CWe train every day,\u201D said a Lithuanian officer at the base."));
    }

    @Test
    void theMinistryRefersBackToTheMinistryNamedInFull() {
        assertEquals(list("Belarusian Foreign Ministry"), speakers(
                "The Belarusian Foreign Ministry on Monday summoned the Polish charge d'affaires.",
                "The drills are \u201Ca dangerous escalation near our borders,\u201D the ministry said in a"
                        + " statement."));
    }

    @Test
    void statementOfAnOrganisationIsTheOrganisations() {
        assertEquals(list("Ministry of Defence"), speakers(
                "\u00ABThe sides agreed on a plan of joint exercises\u00BB, said the statement of the Ministry"
                        + " of Defence which was sent to the press."));
    }

    @Test
    void listInAMinistryNameWithMultiWordItems() {
        assertEquals(list("Ministry of Foreign Affairs, Regional Cooperation and Citizens Abroad"), speakers(
                "The Ministry of Foreign Affairs, Regional Cooperation and Citizens Abroad said the visit would"
                        + " \u201Copen a new chapter\u201D."));
    }

    @Test
    void pronounAfterAQuotationTakesTheSubjectOfItsOwnSentence() {
        assertEquals(list("Karim Haddad", "Anna Ferraro", "Anna Ferraro"), speakers(
                "Foreign Minister Karim Haddad said: \u00ABOur door is open\u00BB.",
                "Deputy Secretary General Anna Ferraro declared after the meeting: \u00ABWe see a key partner"
                        + " here\u00BB, she said, \u00ABand we will stay\u00BB."));
    }

    @Test
    void reportingVerbBeforeAnAccordingToKeepsItsSubject() {
        assertEquals(list("Karim Haddad", "Karim Haddad"), speakers(
                "Foreign Minister Karim Haddad received the delegation. The spokesman Sami Nasr attended.",
                "Haddad added, according to the spokesman: \u00ABWe will not host foreign bases\u00BB.",
                "Haddad said to reporters that \u00ABthe talks were useful\u00BB."));
    }

    @Test
    void declaredToAnAgencyIsAReportingVerbButDeclaredToBeIsNot() {
        assertEquals(list("Sami Nasr"), speakers(
                "The spokesman Sami Nasr declared to MENA that \u00ABthe talks were frank and constructive\u00BB."));
    }

    @Test
    void accordingToASourceWithARelativeClause() {
        assertEquals(list("official in Tashkent"), speakers(
                "According to an official in Tashkent who asked not to be named, \u201Cthe first trains could"
                        + " cross the border within weeks\u201D, although capacity is limited."));
    }

    // ------------------------------------------------------------------ forms met in blind8-blind10

    @Test
    void titleRunningIntoAtAndTheName() {
        assertEquals(list("Ilya Morozov"), speakers(
                "The summit made \"a grave error\", declared the permanent representative of Belarus at the OSCE"
                        + " Ilya Morozov."));
    }

    @Test
    void relativeClauseBetweenTheNameAndTheVerb() {
        assertEquals(list("Oleg Sarin"), speakers(
                "The Prime Minister Oleg Sarin who chaired the council on Monday earlier declared that the plan"
                        + " \u00ABwill be seen as a direct threat to our security\u00BB."));
    }

    @Test
    void saidInTheDeclarationOfAnOrganisation() {
        assertEquals(list("NATO", "Ministry of Defence"), speakers(
                "\u00ABThe partners will meet again in June\u00BB, - it is said in the declaration of NATO.",
                "In the statement of the Ministry of Defence it is said that the drills \u00ABare purely"
                        + " defensive\u00BB."));
    }

    @Test
    void theCommentaryIsTheMinistryNamedSinceTheLastSpeaker() {
        assertEquals(list("Pavel Orlov", "Ministry of Foreign Affairs of Serbia"), speakers(
                "\u00ABWe are ready\u00BB, said Defence Minister Pavel Orlov.",
                "The Ministry of Foreign Affairs of Serbia in its commentary on Sunday called for restraint.",
                "\u00ABDecisions are taken elsewhere\u00BB, - the commentary says."));
    }

    @Test
    void institutionsAreNoPersonNames() {
        assertEquals(list("Petra Novak"), speakers(
                "Petra Novak, a researcher at the Institute of Baltic and Nordic Studies, offered another view.",
                "\u201CThe council will survive only if both sides use it.\u201D"));
    }

    @Test
    void namesakesAreToldApartByTheirTitle() {
        assertEquals(list("Aram Petrosyan", "Lusine Petrosyan", "Aram Petrosyan"), speakers(
                "Sergeant Aram Petrosyan is on his third rotation. \u201CIt is routine,\u201D he said.",
                "His mother, Lusine Petrosyan, was less calm. \u201CI watched the news every night,\u201D she said.",
                "Sergeant Petrosyan is already thinking of the next tour. \u201CIf they ask, I will go,\u201D he"
                        + " said."));
    }

    @Test
    void peopleNamedByAGivenNameAlone() {
        assertEquals(list("Dilnoza", "Timur", "Dilnoza"), speakers(
                "Dilnoza, a 52-year-old teacher in Osh, said she had heard the news on the radio.",
                "\u201CNothing changes for us,\u201D she said.",
                "A bus driver who gave his name only as Timur disagreed. \u201CThe roads are busier,\u201D he said.",
                "Dilnoza, asked about the roads later, laughed. \u201CHe drives too much,\u201D she said."));
    }

    @Test
    void subordinateClauseBeforeThePronounSubject() {
        assertEquals(list("Vladimir Kostin", "Vladimir Kostin"), speakers(
                "\u201CThey signed a paper,\u201D said Vladimir Kostin, a retired colonel.",
                "As the clock ticked, he moved a knight and added: \u201CThey will be next.\u201D"));
    }

    // ------------------------------------------------------------------ forms met in blind11

    @Test
    void describedSourceBeforeAColon() {
        assertEquals(list("Nordic diplomat"), speakers(
                "One Nordic diplomat summed up the mood at headquarters: \"Everybody is tired.\""));
    }

    @Test
    void sourceWithItsOrganisationBeforeButSaid() {
        assertEquals(list("spokeswoman for the Serbian embassy in Vienna"), speakers(
                "A spokeswoman for the Serbian embassy in Vienna declined to comment but said Belgrade expected"
                        + " \"restraint from all sides\"."));
    }

    @Test
    void countryAfterATitleWithOfIsNoPartOfTheName() {
        assertEquals(list("Elena Rusu"), speakers(
                "President of the Republic of Moldova Elena Rusu said the office was \"a step too far\"."));
    }

    @Test
    void conversationPhraseBetweenTheNameAndTheVerb() {
        assertEquals(list("Pavel Markov"), speakers(
                "Military expert Pavel Markov in a conversation with a correspondent of the agency noted that the"
                        + " drills \u00ABdo not change the balance\u00BB."));
    }

    @Test
    void pronounInAFirstPersonSentenceIsThePersonMet() {
        assertEquals(list("Ivan Petrov", "Goran Ilic"), speakers(
                "\"Today is a great day,\" said Prime Minister Ivan Petrov.",
                "I met with Foreign Minister Goran Ilic this morning and he assured me that his country \"will"
                        + " not slow down now\"."));
    }

    @Test
    void participleAfterAnArticleIsNoReportingVerb() {
        assertEquals(list("Anton Gray"), speakers(
                "Spokesman Anton Gray told reporters that the continued expansion of the bloc \"cannot go"
                        + " unanswered\"."));
    }

    @Test
    void givenNameAfterAVerbWithADescription() {
        assertEquals(list("Maeve"), speakers(
                "Among the marchers was Maeve, a retired teacher from Sligo, who had come by bus.",
                "\"I know the world has changed,\" she said."));
    }

    @Test
    void describedAsIsAnAttribution() {
        assertEquals(list("Ana Costa"), speakers(
                "Foreign Minister Ana Costa described the mood in Brussels as \"supportive but nervous\"."));
    }

    @Test
    void questionWordOpeningASentenceIsNoName() {
        assertEquals(list("Lena Berg", "Lena Berg"), speakers(
                "\"The door is open,\" said Lena Berg.",
                "How Norway decides is for Norway. \"We respect that,\" she said."));
    }

    // ------------------------------------------------------------------ forms met in blind12 and blind13

    @Test
    void pronounInsideTheSentenceOfItsPerson() {
        assertEquals(list("Ana Costa", "Marko Ilic"), speakers(
                "\"We are ready,\" Foreign Minister Ana Costa said.",
                "Defence Minister Marko Ilic welcomed what he called \"an important signal\" from Lisbon."));
    }

    @Test
    void quotedAsSayingAfterTheQuotation() {
        assertEquals(list("Mark Rutte"), speakers(
                "Secretary General Mark Rutte met the minister on Monday.",
                "\"Security in Europe and in Asia is linked,\" the minister's spokesman quoted Rutte as saying."));
    }

    @Test
    void nameAfterSheikhIsWholeAndItsShortFormResolvesToIt() {
        assertEquals(list("Ahmad Nasser Al-Fahad Al-Sabah", "Ahmad Nasser Al-Fahad Al-Sabah"), speakers(
                "Foreign Minister Sheikh Ahmad Nasser Al-Fahad Al-Sabah and the envoy opened the centre.",
                "Speaking at the ceremony, Sheikh Ahmad Nasser said the centre was \"a bridge between the Gulf and"
                        + " Europe\".",
                "\"We believe in dialogue,\" Sheikh Ahmad Nasser added."));
    }

    @Test
    void nATODocumentSpeaksForNato() {
        assertEquals(list("NATO"), speakers(
                "NATO's new Strategic Concept, released on Wednesday, says Russia's \"aggressive conduct threatens"
                        + " stability in Europe\"."));
    }

    // ------------------------------------------------------------------ forms met in blind14 and blind15

    @Test
    void nameBeforeAPossessiveIsAPerson() {
        assertEquals(list("Jacinda Ardern"), speakers(
                "China's embassy criticised Prime Minister Jacinda Ardern's comments at the summit.",
                "Ardern said: \"We raise our concerns directly.\""));
    }

    @Test
    void nameSetOffAfterALowerCaseTitle() {
        assertEquals(list("Igor Dodon"), speakers(
                "The move was denounced by the country's president, Igor Dodon.",
                "Dodon wrote on Facebook that the opening was \"a gross violation of our neutrality\"."));
    }

    @Test
    void acronymAfterAPartyNameIsNoPartOfIt() {
        assertEquals(list("Democratic Party of Serbia"), speakers(
                "The Democratic Party of Serbia, DSS, said the government was \"leading Serbia into NATO through"
                        + " the back door\"."));
    }

    @Test
    void twoPeopleSharingASurnameTheOneNamedLast() {
        assertEquals(list("Sabah Khaled Al-Hamad Al-Sabah"), speakers(
                "The centre was opened by Prime Minister Sheikh Jaber Al-Mubarak Al-Hamad Al-Sabah.",
                "Foreign Minister Sheikh Sabah Khaled Al-Hamad Al-Sabah said the centre was \"a cornerstone of"
                        + " our cooperation\"."));
    }

    @Test
    void familyNameFirstIsFoundByItsFirstPart() {
        assertEquals(list("Kishida Fumio"), speakers(
                "Japanese Prime Minister Kishida Fumio and the Secretary General met in Tokyo.",
                "Kishida told reporters that the talks had been \"frank and useful\"."));
    }

    @Test
    void aPronounAfterTheSurnamesVerbOutweighsAnEndingInA() {
        assertEquals(list("Ishiba Shigeru"), speakers(
                "Japanese Prime Minister Ishiba Shigeru and the Secretary General Mark Rutte met in Tokyo.",
                "Ishiba told reporters afterwards that he would attend the summit in The Hague.",
                "He said, \"Our two regions cannot be separated.\""));
    }

    @Test
    void aPronounLaterInTheSentenceRefersToTheSurnameOpeningIt() {
        assertEquals(list("Mark Rutte", "Yoon Suk Yeol", "Mark Rutte"), speakers(
                "President Yoon Suk Yeol and Secretary General Mark Rutte met in Madrid.",
                "\"We share the same worries,\" Rutte said.",
                "In the afternoon, Yoon visited a training centre where he called for \"a calm and steady"
                        + " response\" from partners.",
                "\"Nobody wants escalation,\" Rutte said."));
    }

    @Test
    void theTitleOfAPlaceIsThePersonHoldingIt() {
        assertEquals(list("Maia Sandu", "Dorin Recean"), speakers(
                "President Maia Sandu received the NATO delegation, and Prime Minister Dorin Recean attended.",
                "\"Our neutrality is not isolation,\" the President of the Republic of Moldova said.",
                "Minister of Foreign Affairs Mihai Popsoi was in Brussels. \"We have work to do,\" the Prime Minister"
                        + " of Moldova added."));
    }

    @Test
    void anInitialledNameEndsATitleChain() {
        assertEquals(list("G.Zandanshatar", "G.Zandanshatar"), speakers(
                "Minister of Foreign Affairs and Trade G.Zandanshatar told a briefing that \"Mongolia does not intend"
                        + " to become a member\".",
                "\"This is consistent with our third neighbour policy,\" the Minister said."));
    }

    @Test
    void aLongNameAfterMrIsWholeAndIsTheSpeakerOfItsTitle() {
        assertEquals(list("Mohamed Salem Ould Merzoug", "Mohamed Salem Ould Merzoug"), speakers(
                "The Minister of Foreign Affairs, Cooperation and Mauritanians Abroad, Mr. Mohamed Salem Ould Merzoug,"
                        + " declared that the summit was \"a recognition of our role in the Sahel\".",
                "\u00AB Our partners recognize this today \u00BB, added Mr. Ould Merzoug."));
    }

    @Test
    void assessedAndExpressedReportWords() {
        assertEquals(list("Branko Crvenkovski", "Rose Gottemoeller"), speakers(
                "President Branko Crvenkovski, who led the delegation, assessed that the veto is \"a direct violation"
                        + " of the accord\", under which Athens had committed not to object.",
                "Deputy Secretary General Rose Gottemoeller expressed \"deep appreciation for Egypt's role\"."));
    }

    @Test
    void aMinistryReportsItsOwnWordsButANewsAgencyPassesOnSomeoneElses() {
        assertEquals(list("Ministry of Foreign Affairs of Uzbekistan", "Dmitry Peskov"), speakers(
                "According to the Ministry of Foreign Affairs of Uzbekistan, the parties discussed Afghanistan.",
                "\u00ABThe parties exchanged views on regional connectivity\u00BB, the ministry reported.",
                "Kremlin spokesman Dmitry Peskov told reporters that enlargement \"cannot but lead to retaliatory"
                        + " actions\", the RIA news agency reported."));
    }

    @Test
    void lowerCaseDescriptionBeforeAFullNameAfterTheQuote() {
        assertEquals(list("Atiqullah Amarkhel"), speakers(
                "\"Our forces are brave but they are not yet fully equipped,\" military analyst Atiqullah Amarkhel"
                        + " told TOLOnews."));
    }

    @Test
    void anOrganisationWhoseNameHoldsAListSpeaksAfterTheQuote() {
        assertEquals(list("Federal Department of Defence, Civil Protection and Sport"), speakers(
                "Switzerland has been a member of the Partnership for Peace since 1996.",
                "\"Cooperation with NATO remains voluntary, and Switzerland decides case by case,\" the Federal"
                        + " Department of Defence, Civil Protection and Sport said in a statement."));
    }

    @Test
    void aKnownSurnameAfterAnIntroductoryPhraseIsTheSubject() {
        assertEquals(list("Jens Stoltenberg", "Volodymyr Zelensky"), speakers(
                "President Volodymyr Zelensky met NATO Secretary General Jens Stoltenberg.",
                "\"Today we meet as equals,\" Stoltenberg said.",
                "Before landing in Vilnius on July 11, Zelensky lashed out at the draft declaration.",
                "\"It's unprecedented and absurd,\" he wrote."));
    }

    @Test
    void aPersonSpeakingToAnOutletIsTheSpeaker() {
        assertEquals(list("Željko Šturanović"), speakers(
                "Prime Minister Željko Šturanović welcomed the invitation.",
                "\u201EThis is a historic day for Montenegro\u201C, said Šturanović for Vijesti."));
    }

    @Test
    void twoTitledNamesSetOffByCommasKeepTheirOwnTitles() {
        assertEquals(list("Giovanni Maria Iannucci", "Thabet Muhammad Saeed al-Abbasi"), speakers(
                "The conference was opened by the Iraqi Minister of Defence, Thabet Muhammad Saeed al-Abbasi, and the"
                        + " Commander of NATO Mission Iraq, Lieutenant General Giovanni Maria Iannucci.",
                "\"Education is the foundation of any armed force,\" said Lieutenant General Iannucci.",
                "\"We value the partnership with NATO,\" the Minister said."));
    }

    @Test
    void aLongTitleBeforeMrIsThePersonsRole() {
        assertEquals(list("Abdellatif Filali"), speakers(
                "Rabat - Prime Minister and Minister of State for Foreign Affairs and Cooperation, Mr. Abdellatif"
                        + " Filali, received a NATO delegation on Thursday.",
                "The delegation handed him a message from Secretary General Willy Claes.",
                "\"Europe's security is inseparable from the Mediterranean's,\" the Prime Minister said."));
    }

    @Test
    void aRegnalNumberBelongsToTheNameAndAdverbsInLyToTheVerb() {
        assertEquals(list("Hassan II"), speakers(
                "The minister recalled that HM King Hassan II has constantly called for making the Mediterranean"
                        + " \"a lake of peace and cooperation\"."));
    }

    @Test
    void arabicNamesKeepBintAndTheirLowerCaseArticle() {
        assertEquals(list("Lolwah bint Rashid Al Khater"), speakers(
                "Spokesperson of the Ministry of Foreign Affairs H E Lolwah bint Rashid Al Khater spoke in Doha.",
                "\"Qatar did not hesitate to respond,\" H E Al Khater said."));
    }

    @Test
    void aNameBeforeARelativeClauseSetOffByCommasIsTheSubject() {
        assertEquals(list("Ayman Safadi"), speakers(
                "Deputy Prime Minister and Foreign Minister Ayman Safadi, who represented Jordan at the sessions with"
                        + " partner countries, said the office \"will strengthen a strategic partnership\"."));
    }

    @Test
    void aLongDescriptionThenANameSetOffByCommas() {
        assertEquals(list("Michael D. Higgins", "Hamdan bin Zayed Al Nahyan"), speakers(
                "The Labour Party spokesman on foreign affairs, Mr Michael D. Higgins, said the Government had broken"
                        + " \u201Ca clear and unambiguous commitment to the Irish people\u201D.",
                "In a statement to WAM, H.H. Sheikh Hamdan bin Zayed Al Nahyan, Minister of State for Foreign Affairs,"
                        + " said, \"The accession reflects the directives of the President.\""));
    }

    @Test
    void aDatelineIsNoSpeakerAndAUnitAfterANameIsNoPartOfIt() {
        assertEquals(list("Shinzo Abe", "Mark Hodgson"), speakers(
                "BRUSSELS, Jan. 12 Kyodo - Prime Minister Shinzo Abe on Friday addressed the Council, telling"
                        + " ambassadors that Japan \"will no longer shy away from\" sending troops.",
                "\"The troops have come on enormously,\" said Lieutenant Colonel Mark Hodgson of the British Army."));
    }

    @Test
    void aPronounSubjectAffirmingAQuotation() {
        assertEquals(list("Abdullatif Al Zayani", "Abdullatif Al Zayani"), speakers(
                "\"Bahrain attaches great importance to its partnership with NATO,\" Foreign Minister Abdullatif Al"
                        + " Zayani said.",
                "He reviewed the Kingdom's efforts against terrorism, affirming that the accords constituted \"a"
                        + " historic step towards lasting peace\"."));
    }

    @Test
    void aTitledNameAtTheEndOfADescriptionSetOffByACommaIsThePerson() {
        assertEquals(list("John Allen", "Abdullah Ali Al Shamsi"), speakers(
                "The commander of the International Security Assistance Force, US Gen John Allen, said: \"This"
                        + " incident has my highest personal attention.\"",
                "The accession was conveyed by the UAE Ambassador to the Kingdom of Belgium, Abdullah Ali Al Shamsi.",
                "Ambassador Al Shamsi described the step as \"a new chapter in our relations\"."));
    }

    @Test
    void aDatelineWithAColonIsNoSubject() {
        assertEquals(list("ISPR"), speakers(
                "ISLAMABAD: Pakistan on Saturday closed the supply routes and asked the United States to leave.",
                "\"The aircraft carried out an unprovoked attack,\" the ISPR said."));
    }

    @Test
    void aPronounAfterATimePhraseIsStillTheSubject() {
        assertEquals(list("Igor Dodon"), speakers(
                "President Igor Dodon did not attend the event.",
                "On Wednesday he wrote that the office \"contravenes the status of neutrality\"."));
    }

    @Test
    void translatedReportWordsAndTitleComplementsBeforeNames() {
        assertEquals(list("Tomislav Nikolić", "Šefik Džaferović", "Martin Erdmann", "Javier Colomina"), speakers(
                "Deputy president of the party Tomislav Nikolić evaluated that the decision is \u201E"
                        + "a reward for those who forgot\u201C.",
                "Chairman of the BiH Presidency Šefik Džaferović said \"there is no alternative to this path\".",
                "Deputy Assistant Secretary General for Political Affairs and Security Policy Martin Erdmann said the"
                        + " country was \"a very active and constructive partner\".",
                "The minister received in Rabat Javier Colomina, the Special Representative. The Rabat talks were"
                        + " the first of the year.",
                "Colomina described Morocco as \"a key and reliable partner for NATO\"."));
    }

    @Test
    void wordsQuotedInsideASentenceAboutANamedPersonAreTheirs() {
        assertEquals(list("Margaretha af Ugglas", "Sergio Balanzino"), speakers(
                "Foreign Minister Margaretha af Ugglas met Deputy Secretary General Sergio Balanzino.",
                "\"We are not seeking membership,\" af Ugglas told a news conference.",
                "Balanzino welcomed Sweden as a partner that would bring \"a long and distinguished record in"
                        + " peacekeeping\"."));
    }

    @Test
    void datelinesWithDoubleDashesOrAgencyAndColonAreNoSubjects() {
        assertEquals(list("NATO leaders", "Ayman Safadi"), speakers(
                "BUCHAREST -- NATO leaders meeting in the Romanian capital promised in their declaration that both"
                        + " countries \u201Cwill become members of NATO.\u201D",
                "Washington, July 11 (Petra) -- Deputy Prime Minister and Minister of Foreign Affairs, Ayman Safadi,"
                        + " on Thursday welcomed the decision, describing it as \"a reflection of the deep-rooted"
                        + " partnership\"."));
    }

    @Test
    void aWeekdayBetweenSubjectAndVerbAndALowerCaseDescriptionBeforeAName() {
        assertEquals(list("Yoon Suk Yeol", "Martina Leitgeb"), speakers(
                "MADRID -- President Yoon Suk Yeol on Wednesday called for closer cooperation, saying the world faces"
                        + " a \"new structure of competition and conflict\".",
                "Political scientist Martina Leitgeb of the University of Innsbruck believes the debate will go on."
                        + " \u201EThat is not a strategy\u201C, Leitgeb said."));
    }

    @Test
    void translatedPresentTenseAttributionsAndTheirInterlocutor() {
        assertEquals(list("senior diplomat", "senior diplomat", "retired senior officer", "retired senior officer"),
                speakers(
                "\u00ABAlgeria does not join an alliance, it joins a dialogue\u00BB, explains to us a senior diplomat."
                        + " \u00ABWe have nothing to hide\u00BB, continues our interlocutor.",
                "A retired senior officer, contacted by El Watan, considers that the army \u00ABhas every interest to"
                        + " know how this organization thinks\u00BB. \u00ABDialogue does not mean alignment\u00BB,"
                        + " he specifies."));
    }

    @Test
    void theNameBeforeWhoAfterAPassiveIsTheSpeaker() {
        assertEquals(list("Rose Gottemoeller"), speakers(
                "The ceremony was attended by NATO Deputy Secretary General Rose Gottemoeller, who described Qatar as"
                        + " \"a valued and active partner\"."));
    }

    @Test
    void theHeadOfAForeignMinistryIsTheForeignMinisterAndShaikhIsAnHonorific() {
        assertEquals(list("Rashid Meredov", "Khalid bin Ahmed Al Khalifa"), speakers(
                "Foreign Minister Rashid Meredov received the delegation.",
                "The head of the Turkmen Foreign Ministry noted that energy supplies are \"an important factor of"
                        + " stability\".",
                "Talks were held with Foreign Minister Shaikh Khalid bin Ahmed Al Khalifa. \"Security in the Gulf is"
                        + " the responsibility of all,\" said Shaikh Khalid."));
    }

    @Test
    void aShortenedMinistryTitleFindsTheMinisterWhoseTitleHoldsIt() {
        assertEquals(list("Hamadi Ould Baba Ould Hamadi", "Ahmedou Ould Idey Ould Mohamed Radhi"), speakers(
                "The Minister of Foreign Affairs and Cooperation, Mr. Hamadi Ould Baba Ould Hamadi, received the"
                        + " delegation. \"We are ready,\" the minister said.",
                "The delegation was also received by the Minister of National Defence, Mr. Ahmedou Ould Idey Ould"
                        + " Mohamed Radhi.",
                "The Minister of Defence affirmed that the army \u00AB is open to all cooperation \u00BB."));
    }

    @Test
    void irishTitlesAreTitles() {
        assertEquals(list("Micheál Martin"), speakers(
                "\"Our policy of military neutrality is not changing,\" Tánaiste Micheál Martin said."));
    }

    @Test
    void ofTwoFamilyNamesFirstTheOneNamedLastAndTheHagueIsAPlace() {
        assertEquals(list("Kim Tae-hyo", "Brendan Nelson"), speakers(
                "The treaty was signed by Vladimir Putin and North Korean leader Kim Jong-un last month.",
                "Kim Tae-hyo, first deputy director of the National Security Office, spoke in Washington.",
                "Kim said the position would depend on \"how far military cooperation goes.\"",
                "Defence Minister Brendan Nelson spoke. Dr Nelson said Canberra would not fill the gap if The Hague"
                        + " decided to withdraw. \"Nobody should be under any illusion,\" he said."));
    }

    @Test
    void anInstitutionNamedWithItsSeatIsNamedAsWritten() {
        assertEquals(list("NATO Headquarters Sarajevo", "Tasneem Aslam"), speakers(
                "NATO Headquarters Sarajevo warned that the move would be \"a serious step backwards\".",
                "Foreign Office Spokesperson Tasneem Aslam said NATO teams \"have played an important role\"."));
    }

    @Test
    void aSurnameAfterAMiddleInitialIsNoGivenNameAlone() {
        assertEquals(list("George W. Bush"), speakers(
                "U.S. President George W. Bush, who has pressed allies to lift restrictions, praised the pledges. He"
                        + " said that success was \"a test of NATO's credibility\"."));
    }

    @Test
    void aSurnameEndsANameAfterTheArabicArticleAndHisMajestyIsTheKing() {
        assertEquals(list("Khaled Al-Jarallah", "Hamad bin Isa Al Khalifa"), speakers(
                "Deputy Foreign Minister Khaled Al-Jarallah spoke at the centre.",
                "\u201CKuwait's partnership with NATO is a strategic one,\u201D Jarallah told reporters.",
                "His Majesty the King Hamad bin Isa Al Khalifa received the delegation. \"Bahrain welcomes every"
                        + " initiative,\" His Majesty said."));
    }

    @Test
    void anAdministrationBeforeANameIsNoPartOfIt() {
        assertEquals(list("Novruz Mammadov"), speakers(
                "Head of the foreign relations department of the Azerbaijani Presidential Administration Novruz"
                        + " Mammadov spoke on Friday.",
                "\"Azerbaijan joined the Non-Aligned Movement,\" Mammadov said."));
    }

    @Test
    void twoTitlesOfOneNamedPersonJoinedByAnd() {
        assertEquals(list("Jan Bjorklund"), speakers(
                "\"Sweden should apply for membership,\" Liberal leader and Education Minister Jan Bjorklund told"
                        + " reporters."));
    }

    @Test
    void aSurnameWhoseFullNameWasNeverASubject() {
        assertEquals(list("Alyaksandr Lukashenka"), speakers(
                "Alyaksandr Lukashenka himself has insisted that the landing was legal.",
                "\"Our ill-wishers have changed their methods,\" Lukashenka claimed."));
    }

    @Test
    void aConjunctionAndLowerCaseDescriptorsBeforeTheSubjectOfAParticiple() {
        assertEquals(list("Christoph Blocher"), speakers(
                "But right-wing nationalist Christoph Blocher of the Swiss People's Party, who led the campaign in"
                        + " 1992, has attacked the move, calling it \"a first step on the road to NATO\"."));
    }

    @Test
    void aLongNameWithAnInnerParticleAndTheHeadOfDiplomacy() {
        assertEquals(list("Mohamed Saleck Ould Mohamed Lemine", "Ramtane Lamamra"), speakers(
                "The delegation held talks with Foreign Minister Mohamed Saleck Ould Mohamed Lemine on Monday.",
                "\"Mauritania is facing a new and serious threat,\" Ould Mohamed Lemine told reporters.",
                "Foreign Minister Ramtane Lamamra received the delegation. The head of Algerian diplomacy"
                        + " nevertheless said Algiers was open to \"exchanges of expertise\" in civil protection."));
    }

    @Test
    void aNameAfterOfAndItsTitleIsNoSubject() {
        assertEquals(list("Nasser Bourita"), speakers(
                "Foreign Minister Nasser Bourita received the delegation.",
                "The minister recalled that Morocco, under the leadership of His Majesty King Mohammed VI, has adopted"
                        + " a strategy. This strategy, he insisted, has become \u00ABa reference at the regional"
                        + " level\u00BB."));
    }

    @Test
    void aDocumentIssuedBySomeoneSpeaksForThem() {
        assertEquals(list("Nato leaders"), speakers(
                "The communique issued by Nato leaders on Tuesday said China's \u201Cstated ambitions challenge our"
                        + " interests\u201D."));
    }

    @Test
    void initialsParticlesAndWordsThatOpenASentenceBeforeANamedSubject() {
        assertEquals(list("Rashid Meredov", "Jaap de Hoop Scheffer", "Aengus Ó Snodaigh", "James Appathurai",
                "Gustavo Petro"), speakers(
                "Minister of Foreign Affairs Rashid Meredov took part in the meeting.",
                "R. Meredov conveyed greetings and stressed that Turkmenistan, \"guided by its neutrality\", would"
                        + " help.",
                "NATO Secretary General Jaap de Hoop Scheffer arrived. \"Kazakhstan is a key partner,\" J. de Hoop"
                        + " Scheffer said.",
                "Defence spokesman Aengus Ó Snodaigh spoke. \"Neutrality is being chipped away,\" Mr Ó Snodaigh"
                        + " said.",
                "NATO's special representative James Appathurai visited Bishkek. Later James Appathurai told"
                        + " reporters that NATO would stay \"as partners, and as friends\".",
                "\"Colombia will be a territory of peace,\" President-elect Gustavo Petro said."));
    }

    @Test
    void passiveQuotingArabicArticleSubjectsAndALeadInBeforeANamedSubject() {
        assertEquals(list("Anders Fogh Rasmussen", "Khalid bin Mohamed al-Attiyah", "Zabihullah Mujahid",
                "NATO Headquarters Sarajevo"), speakers(
                "Secretary General Anders Fogh Rasmussen met Okada. \"Japan's contribution to Afghanistan is"
                        + " substantial and it is highly appreciated by all allies,\" Rasmussen was quoted by a"
                        + " Japanese official as telling Okada.",
                "Minister Khalid bin Mohamed al-Attiyah met the delegation. \"Qatar believes in collective"
                        + " security,\" al-Attiyah told QNA.",
                "Meanwhile, Taliban spokesman Zabihullah Mujahid, talking to Pajhwok by telephone, rejected the"
                        + " decisions as \"a propaganda show of the occupiers.\"",
                "In a statement, NATO Headquarters Sarajevo underlined that it will support the reforms.",
                "\"NATO Headquarters Sarajevo will continue to assist the authorities in defence reform,\" it was"
                        + " said in the statement."));
    }

    // ------------------------------------------------------------------ plain sentences the new rules must leave alone

    @Test
    void aCountryAfterAnAdjectiveIsNoPerson() {
        assertEquals(list("Ukraine"), speakers("Fighting continued in Western Ukraine on Monday.",
                "\"We will defend every village,\" Ukraine said."));
    }

    @Test
    void sheSaidHeDoesNotMakeHerAMan() {
        assertEquals(list("Kaja Kallas"), speakers("Foreign Minister Kaja Kallas met Jens Stoltenberg. She said he"
                + " had been clear.", "\"We are ready to act,\" she said."));
    }

    @Test
    void aFullNameAfterFromKeepsItsFirstName() {
        assertEquals(list("Anders Fogh Rasmussen"), speakers(
                "The alliance received a letter from Anders Fogh Rasmussen on Monday.",
                "\"We stand together,\" the former secretary general wrote."));
    }

    @Test
    void aTitleAfterAnOfficeIsNoSeat() {
        assertEquals(list("Tasneem Aslam"), speakers("Foreign Office Spokesperson Tasneem Aslam briefed reporters.",
                "\"The teams played an important role in the relief effort,\" the Foreign Office Spokesperson said."));
    }

    @Test
    void aParticiplePhraseOrAnAsideIsNoSubjectAndNoDateline() {
        assertEquals(list("Emmanuel Macron", "Radoslaw Sikorski", "Shinzo Abe"), speakers(
                "President Emmanuel Macron spoke. On Tuesday, speaking to Le Monde, Macron criticised the plan and"
                        + " said \"it is a grave mistake for all of us\".",
                "Foreign Minister Radoslaw Sikorski was in Brussels.",
                "Sikorski \u2013 never one to mince words \u2013 hit back on Twitter, calling the proposal \"a gift to"
                        + " the Kremlin and nothing else\".",
                "BRUSSELS -- On Tuesday, Prime Minister Shinzo Abe met allies and said \"Japan stands with Europe in"
                        + " this hour\"."));
    }

    @Test
    void aDemandThePersonRejectsIsNotTheirs() {
        assertEquals(Collections.singletonList(null), speakers(
                "Secretary General Jens Stoltenberg rejected the Kremlin's demand for \"legally binding guarantees"
                        + " that NATO will never expand\"."));
    }

    @Test
    void maulanaIsAnHonorific() {
        assertEquals(list("Samiul Haq"), speakers(
                "\"We will not allow these containers to pass,\" said Maulana Samiul Haq."));
    }

    @Test
    void statesThatIsAReportingVerbButGulfStatesIsNot() {
        assertEquals(list("NATO", "Anna Holm"), speakers(
                "Under the agreement, NATO states that it has \"no intention and no plan\" to deploy there.",
                "Foreign Minister Anna Holm told reporters the Gulf states \"have a real stake in the outcome\"."));
    }

    @Test
    void excellencyBeforeATitleIsNoPronoun() {
        assertEquals(list("Khalid Al Mansouri"), speakers(
                "Deputy Prime Minister and Minister of State for Defence Affairs HE Dr. Khalid Al Mansouri signed"
                        + " the agreement on Tuesday.",
                "In a statement on the occasion, HE the Deputy Prime Minister and Minister of State for Defence"
                        + " Affairs said that the signing reflects deep relations.",
                "\"This agreement is an important step that will open new horizons for cooperation.\""));
    }

    // ------------------------------------------------------------------ forms met in blind16 and blind17

    @Test
    void titleOfTheSecondOfTwoPeopleStopsAtTheFirstName() {
        assertEquals(list("Anders Fogh Rasmussen"), speakers(
                "NATO Secretary General Anders Fogh Rasmussen and Japanese Prime Minister Shinzo Abe signed a"
                        + " declaration in Tokyo.",
                "\u201CJapan and NATO are natural partners,\u201D said the Secretary General after the ceremony."));
    }

    @Test
    void headOfTheGovernmentIsThePrimeMinister() {
        assertEquals(list("Pavel Filip"), speakers(
                "Prime Minister Pavel Filip attended the opening with the NATO envoy.",
                "\"Our neutrality is in the Constitution,\" the head of the government said."));
    }

    @Test
    void newBeforeAPlaceIsNoTitle() {
        assertEquals(list("Jacinda Ardern"), speakers(
                "Prime Minister Jacinda Ardern spoke in Madrid.",
                "Ardern said New Zealand would make up its own mind. \"We will keep speaking up,\" she said."));
    }

    @Test
    void lordIsACourtesyTitle() {
        assertEquals(list("Robertson"), speakers(
                "\"Ireland has long experience of peacekeeping,\" Lord Robertson said."));
    }
}
