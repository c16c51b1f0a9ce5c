package kz.zauyt.extract.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kz.zauyt.extract.Extraction;
import kz.zauyt.extract.Extractor;
import kz.zauyt.extract.json.ExtractionJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: {@code case.txt} (or {@code .html}) beside {@code case.expected.json}, the whole
 * output of {@code extract --with-text --annotations} for it. One test per pair; an article without
 * its expected file, or the other way round, fails. After a deliberate change, regenerate with
 * {@code ./mvnw -pl extract test -Dtest=GoldenFilesTest -Dgolden.update=true} and read the diff.
 */
class GoldenFilesTest {

    private static final Path DIR = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Extractor EXTRACTOR = Extractor.load();

    @TestFactory
    Stream<DynamicTest> eachCaseMatchesItsExpectedOutput() throws IOException {
        return articles().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    @Test
    void noOrphans() throws IOException {
        List<Path> articles = articles();
        assertThat(articles).isNotEmpty();
        for (Path a : articles) {
            assertThat(expected(a)).as("expected output for " + a.getFileName()).exists();
        }
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path e : files.filter(f -> f.toString().endsWith(".expected.json")).toList()) {
                String base = e.getFileName().toString().replace(".expected.json", "");
                assertThat(Files.exists(DIR.resolve(base + ".txt")) || Files.exists(DIR.resolve(base + ".html")))
                        .as("article for " + e.getFileName()).isTrue();
            }
        }
    }

    private static void check(Path article) throws Exception {
        Extraction x = EXTRACTOR.extract(EXTRACTOR.reader().read(article.getFileName().toString(), Files.readAllBytes(article),
                article.toString().endsWith(".html")));
        JsonNode actual = JSON.readTree(ExtractionJson.line(x, new ExtractionJson.Options(true, true)));
        invariants(actual);
        Path expected = expected(article);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(expected).as("run with -Dgolden.update=true to create it").exists();
        assertThat(JSON.writeValueAsString(actual)).isEqualTo(JSON.writeValueAsString(JSON.readTree(expected.toFile())));
    }

    /** Spans lie inside the text and cover exactly what they name. */
    private static void invariants(JsonNode x) {
        String text = x.get("document").get("text").asText();
        for (JsonNode a : x.get("annotations")) {
            assertThat(a.get("end").asInt()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(a.get("start").asInt(), a.get("end").asInt())).isEqualTo(a.get("text").asText());
        }
        for (String kind : List.of("projects", "indicators", "targets")) {
            for (JsonNode f : x.get(kind)) {
                for (JsonNode e : f.get("evidence")) {
                    assertThat(e.get("start").asInt()).isLessThan(e.get("end").asInt());
                    assertThat(e.get("end").asInt()).isLessThanOrEqualTo(text.length());
                }
            }
        }
    }

    private static Path expected(Path article) {
        String name = article.getFileName().toString();
        return article.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
    }

    private static List<Path> articles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
