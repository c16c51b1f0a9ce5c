package kz.zauyt.extract.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import kz.zauyt.extract.Extraction;
import kz.zauyt.extract.Extractor;
import kz.zauyt.extract.json.ExtractionJson;

/** Runs the engine over a directory of articles with their gold and tallies the matches per kind. */
final class CorpusScore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Extractor EXTRACTOR = Extractor.load();

    final Map<String, Scorer.Tally> tallies = new TreeMap<>();
    int articles;
    int negativeFacts;

    static CorpusScore of(String resourceDir) throws Exception {
        CorpusScore score = new CorpusScore();
        Path dir = Path.of(CorpusScore.class.getResource(resourceDir).toURI());
        for (String kind : List.of("projects", "indicators", "targets", "all")) {
            score.tallies.put(kind, new Scorer.Tally());
        }
        List<Path> golds;
        try (Stream<Path> files = Files.list(dir)) {
            golds = files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path goldFile : golds) {
            String name = goldFile.getFileName().toString().replace(".gold.json", "");
            Path article = dir.resolve(name + ".txt");
            if (!Files.exists(article)) {
                throw new IllegalStateException("no article beside " + goldFile);
            }
            JsonNode gold = JSON.readTree(goldFile.toFile());
            Extraction x = EXTRACTOR.extract(article);
            JsonNode pred = JSON.readTree(ExtractionJson.line(x, new ExtractionJson.Options(false, false)));
            score.articles++;
            boolean negative = gold.path("projects").isEmpty() && gold.path("indicators").isEmpty()
                    && gold.path("targets").isEmpty();
            for (String kind : List.of("projects", "indicators", "targets")) {
                JsonNode g = gold.path(kind);
                JsonNode p = pred.path(kind);
                int matched = kind.equals("projects") ? Scorer.matchProjects(g, p) : Scorer.matchFigures(g, p);
                score.tallies.get(kind).add(g.size(), p.size(), matched);
                score.tallies.get("all").add(g.size(), p.size(), matched);
                if (negative) {
                    score.negativeFacts += p.size();
                }
            }
        }
        System.out.println(resourceDir + ": " + score.articles + " articles; " + score.tallies + "; facts in negatives: "
                + score.negativeFacts);
        return score;
    }

    double f1(String kind) {
        return tallies.get(kind).f1();
    }

    String describe(String kind) {
        return kind + " " + tallies.get(kind);
    }
}
