package org.alliancetimeline.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.alliancetimeline.ingest.CorpusLoader;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.Corpus;
import org.alliancetimeline.model.LoadProblem;
import org.alliancetimeline.model.PartnerMention;
import org.alliancetimeline.model.Quote;

/**
 * {@code inspect DIR [--json] [--quotes]}: loads a folder and prints what the ingest made of each
 * article, then the problems. Exit 0 when anything loaded, 2 when the folder does not exist or
 * nothing could be read.
 */
final class InspectCommand {
    static final String USAGE = "inspect DIR [--json] [--quotes]";

    private InspectCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = args.contains("--json");
        boolean quotes = args.contains("--quotes");
        List<String> positional = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (positional.size() != 1) {
            err.println("usage: " + USAGE);
            return 2;
        }
        Path dir = Path.of(positional.get(0));
        Corpus corpus;
        try {
            corpus = CorpusLoader.createDefault().load(dir, new CorpusLoader.Listener() { }, () -> false);
        } catch (IOException e) {
            err.println("inspect: " + dir + ": " + Cli.describe(e));
            return 2;
        }
        if (json) {
            printJson(corpus, out);
        } else {
            printText(corpus, quotes, out);
        }
        if (corpus.size() == 0) {
            err.println("inspect: no article could be read in " + dir);
            return 2;
        }
        return 0;
    }

    private static void printText(Corpus corpus, boolean withQuotes, PrintStream out) {
        for (Article a : corpus.articles()) {
            out.printf("%-10s  %-8s  %-40s  %2d quotes  %s%n",
                    a.date() == null ? "no date" : a.date().toString(),
                    a.dateConfidence(),
                    a.partners().isEmpty() ? "-" : String.join(", ", a.partnerNames()),
                    a.quotes().size(),
                    a.sourceFile());
            for (String w : a.warnings()) {
                out.println("            warning: " + w);
            }
            if (withQuotes) {
                for (Quote q : a.quotes()) {
                    out.printf("            “%s” — %s%n", q.text(), q.speaker() == null ? "(speaker unknown)" : q.speaker());
                }
            }
        }
        out.printf("%d article%s, %d problem%s%n", corpus.size(), corpus.size() == 1 ? "" : "s",
                corpus.problems().size(), corpus.problems().size() == 1 ? "" : "s");
        for (LoadProblem p : corpus.problems()) {
            out.println("problem: " + p.file() + ": " + p.message());
        }
    }

    static ObjectNode toJson(Corpus corpus, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        for (Article a : corpus.articles()) {
            ObjectNode node = articles.addObject();
            node.put("file", a.sourceFile());
            node.put("title", a.title());
            node.put("outlet", a.outlet());
            node.put("author", a.author());
            node.put("date", a.date() == null ? null : a.date().toString());
            node.put("datePrecision", a.datePrecision().name());
            node.put("dateConfidence", a.dateConfidence().name());
            node.put("dateEvidence", a.dateEvidence());
            ArrayNode warnings = node.putArray("warnings");
            a.warnings().forEach(warnings::add);
            ArrayNode partners = node.putArray("partners");
            a.partners().stream().map(PartnerMention::name).forEach(partners::add);
            ArrayNode mentions = node.putArray("mentions");
            a.mentions().stream().map(PartnerMention::name).forEach(mentions::add);
            ArrayNode quotes = node.putArray("quotes");
            for (Quote q : a.quotes()) {
                ObjectNode quote = quotes.addObject();
                quote.put("text", q.text());
                quote.put("speaker", q.speaker());
                quote.put("paragraph", q.paragraph());
            }
        }
        ArrayNode problems = root.putArray("problems");
        for (LoadProblem p : corpus.problems()) {
            problems.addObject().put("file", p.file()).put("message", p.message());
        }
        return root;
    }

    private static void printJson(Corpus corpus, PrintStream out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try {
            mapper.writeValue(out, toJson(corpus, mapper));
            out.println();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
