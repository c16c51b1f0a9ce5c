package kz.zauyt.registry.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every metric extraction's lexicons can emit is in the vocabulary, and the vocabulary holds nothing else. */
class MetricVocabularyTest {

    private static final MetricVocabulary VOCABULARY = MetricVocabulary.get();

    /** Metrics the engine composes in code rather than reading from a lexicon line. */
    private static final Set<String> COMPOSED = Set.of("value of projects", "workers employed in construction");

    @Test
    void everyMetricOfTheLexiconsIsInTheVocabulary() throws Exception {
        Set<String> emitted = emitted();
        assertThat(emitted).as("metrics of lang/*/metrics.txt").hasSizeGreaterThan(30);
        assertThat(VOCABULARY.all().keySet()).as("the vocabulary (%s)", MetricVocabulary.RESOURCE).containsAll(emitted);
        Set<String> orphans = new TreeSet<>(VOCABULARY.all().keySet());
        orphans.removeAll(emitted);
        orphans.removeAll(COMPOSED);
        assertThat(orphans).as("vocabulary entries no lexicon emits").isEmpty();
    }

    @Test
    void eachMetricHasItsNamesAndAProductsProductionIsProduction() {
        var car = VOCABULARY.find("car production");
        assertThat(car.name("ru")).isEqualTo("производство автомобилей");
        assertThat(car.name("kk")).isEqualTo("автомобиль өндірісі");
        assertThat(car.kind()).isEqualTo(MetricKind.LEVEL);
        assertThat(VOCABULARY.find("цемента production").name()).isEqualTo("production");
        assertThat(VOCABULARY.find("tyre production growth").kind()).isEqualTo(MetricKind.GROWTH);
        assertThat(VOCABULARY.find("passenger car output per capita")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gross domestic product|%|The share of manufacturing in GDP should reach 15% by 2029.|SHARE",
        "gross domestic product|%|Доля обрабатывающей промышленности в ВВП выросла до 13,4%.|SHARE",
        "gross domestic product|%|GDP grew by 4.8% last year.|GROWTH",
        "manufacturing output|%|Manufacturing output grew 6.1% in 2025.|GROWTH",
        "manufacturing output|%|Объём обрабатывающей промышленности вырос на 5,7%.|GROWTH",
        "manufacturing output|%|Өңдеу өнеркәсібінің өсімі 4,1% болды.|GROWTH",
        "manufacturing output|%|Өңдеу өнеркәсібінің ЖІӨ-дегі үлесі 13% болды.|SHARE",
        "manufacturing output|%|Manufacturing accounts for 12.5% of the economy.|GROWTH",
        "manufacturing output|KZT|Manufacturing output reached 26.1 trillion tenge, up 6.1%.|LEVEL",
        "machine building growth|%|Machine building: 16.4%.|GROWTH",
        "share of local content|%|Local content reached 40%.|SHARE",
        "car production|unit|158.4 thousand cars were produced, a share of 10% more.|LEVEL",
    })
    void aPercentagesKindComesFromItsSentenceElseFromTheMetric(String metric, String unit, String quote, MetricKind kind) {
        assertThat(VOCABULARY.kind(metric, unit, quote)).isEqualTo(kind);
    }

    /**
     * The metric names of the sections that name a metric: [metric] before its "|", the generic ones and their
     * growth, and the one FigureFinder composes.
     */
    private static Set<String> emitted() throws Exception {
        Set<String> out = new TreeSet<>();
        out.add("production index"); // composed by FigureFinder for a Russian or Kazakh bracketed list of indices
        for (String lang : new String[] {"en", "ru", "kk"}) {
            String path = "/zauyt/lang/" + lang + "/metrics.txt";
            try (InputStream in = MetricVocabularyTest.class.getResourceAsStream(path)) {
                assertThat(in).as(path).isNotNull();
                String section = "";
                for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    if (line.startsWith("[")) {
                        section = line;
                        continue;
                    }
                    String value = line.substring(0, line.indexOf(':')).strip();
                    switch (section) {
                        case "[metric]" -> out.add(value.substring(0, value.indexOf('|')).replace("#count", ""));
                        case "[metric-generic]" -> {
                            out.add(value);
                            out.add(value + " growth");
                        }
                        case "[metric-share]", "[metric-growth]" -> out.add(value);
                        default -> { } // not a metric: [not-figure]
                    }
                }
            }
        }
        return out;
    }
}
