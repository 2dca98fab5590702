package org.alliancetimeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.alliancetimeline.model.PartnerMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The five bundled corpus articles against the careful reading in seeds-gold.json. */
class SeedsTest {

    private static final Map<String, String> FILES = Map.of(
            "000_0a688b1cd35f6466.txt", "2023-01-26-israel-president-herzog-at-nato.txt",
            "001_71a02698f07e61a3.txt", "2023-10-31-stoltenberg-ukraine-needs-weapons-too.txt",
            "002_5dbc098a2599a54c.txt", "2024-11-27-georgia-highly-valued-partner.txt",
            "003_bcd5ed51b67c6d7c.txt", "2022-01-18-nato-seeks-cooperation-with-azerbaijan.txt",
            "004_4174e2c529531aea.txt", "2024-01-10-nato-ukraine-council-air-defence.txt");

    private static final PartnerTagger TAGGER = new PartnerTagger(Gazetteer.loadDefault());
    private static final ChronologyCheck CHECK = new ChronologyCheck(ReferenceChronology.loadDefault());

    static Stream<Arguments> seeds() throws IOException {
        JsonNode gold;
        try (InputStream in = SeedsTest.class.getResourceAsStream("/seeds-gold.json")) {
            gold = new ObjectMapper().readTree(in);
        }
        List<Arguments> args = new ArrayList<>();
        for (JsonNode g : gold) {
            args.add(Arguments.of(g.get("file").asText(), g));
        }
        return args.stream();
    }

    /** Blank-line-separated blocks, boilerplate (as another stage removes it) dropped. */
    static List<String> paragraphs(String seedFile, JsonNode gold) throws IOException {
        String text = Files.readString(Path.of("corpus", FILES.get(seedFile)), StandardCharsets.UTF_8);
        if (gold.has("boilerplate_starts")) {
            int cut = text.indexOf(gold.get("boilerplate_starts").asText());
            if (cut >= 0) {
                text = text.substring(0, cut);
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.split("\\R\\s*\\R")) {
            if (!block.isBlank()) {
                paragraphs.add(block.strip());
            }
        }
        return paragraphs;
    }

    private static Set<String> names(List<PartnerMention> list) {
        Set<String> s = new HashSet<>();
        list.forEach(m -> s.add(m.name()));
        return s;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> s = new HashSet<>();
        array.forEach(n -> s.add(n.asText()));
        return s;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void partnersEqualGoldAndMentionsCoverOthers(String file, JsonNode gold) throws IOException {
        LocalDate date = LocalDate.parse(gold.get("date").asText());
        String title = gold.has("title") ? gold.get("title").asText() : null;
        PartnerTagger.TaggedCountries tagged = TAGGER.tag(title, paragraphs(file, gold), date);
        System.out.println(file + " partners=" + tagged.partners() + " mentions=" + tagged.mentions());
        assertEquals(strings(gold.get("partners")), names(tagged.partners()), file + " partners");
        Set<String> expectedOthers = strings(gold.get("others"));
        if (file.startsWith("001")) {
            expectedOthers.remove("Poland"); // named only in the boilerplate removed before tagging
        }
        Set<String> mentions = names(tagged.mentions());
        assertTrue(mentions.containsAll(expectedOthers), file + " mentions " + mentions + " miss some of " + expectedOthers);
        Set<String> extra = new HashSet<>(mentions);
        extra.removeAll(strings(gold.get("others")));
        assertTrue(extra.size() <= 1, file + " adds too much: " + extra);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void chronologyWarningOnlyWhereExpected(String file, JsonNode gold) throws IOException {
        LocalDate date = LocalDate.parse(gold.get("date").asText());
        String title = gold.has("title") ? gold.get("title").asText() : null;
        List<String> warnings = CHECK.check(date, title, paragraphs(file, gold));
        System.out.println(file + " warnings=" + warnings);
        boolean expected = gold.has("date_warning_expected") && gold.get("date_warning_expected").asBoolean();
        if (expected) {
            assertEquals(List.of("Stated date 2024-11-27 conflicts with the record: the article presents Jens Stoltenberg"
                    + " as NATO Secretary General, whose term ran 2014-10-01 to 2024-10-01."), warnings);
        } else {
            assertEquals(List.of(), warnings, file);
        }
    }
}
