package kz.zauyt.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import kz.zauyt.extract.Extraction;
import kz.zauyt.extract.document.Document;
import kz.zauyt.extract.document.ReadException;
import kz.zauyt.extract.fact.Capacity;
import kz.zauyt.extract.fact.Change;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.fact.Indicator;
import kz.zauyt.extract.fact.Investment;
import kz.zauyt.extract.fact.Location;
import kz.zauyt.extract.fact.Period;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.fact.Scope;
import kz.zauyt.extract.fact.Target;
import kz.zauyt.extract.json.ExtractionJson;
import kz.zauyt.extract.text.Language;
import kz.zauyt.extract.text.Span;
import kz.zauyt.registry.document.Article;
import org.junit.jupiter.api.Test;

class ContractParserTest {

    private static final String TEXT = "Valtherm opens a radiator plant\n\nValtherm opened a plant in Almaty. Output grew 5.2%.";
    private final ContractParser parser = new ContractParser("0.1.0");

    private static Extraction extraction() {
        Document d = new Document(ContractParser.sha256(TEXT), "a.txt", "Valtherm opens a radiator plant", Language.EN,
                LocalDate.of(2024, 5, 29), TEXT, List.of(new Span(33, 67), new Span(68, 84)));
        Project p = new Project("Valtherm radiator plant", List.of(new Company("Valtherm", "operator", "KZ")),
                new Location("KZ-75", "Almaty", null), "C25", List.of("radiators"), List.of(new Capacity(15000, "unit", "year")),
                new Investment(1.2e10, "KZT"), 120L, "operating", "2025", List.of(new Span(33, 67)));
        Indicator i = new Indicator("manufacturing output", new Scope("KZ", "C"), new Period("2024-01", "2024-04"), 7.1e12,
                "KZT", new Change(5.2, "yoy"), List.of(new Span(68, 84)));
        Target t = new Target("passenger car production", new Scope("KZ", "C29"), 160000, "unit", "year", "2025",
                "Prime Minister", List.of(new Span(68, 84)));
        return new Extraction(d, List.of(p), List.of(i), List.of(t), List.of());
    }

    @Test
    void readsBackWhatExtractWrites() throws ReadException {
        Extraction x = extraction();
        Article a = parser.parse(ExtractionJson.line(x, new ExtractionJson.Options(true, true)), "x.jsonl:1");
        assertThat(a).isEqualTo(Article.of(x, "0.1.0"));
        assertThat(a.quote(a.projects().get(0).evidence())).isEqualTo("Valtherm opened a plant in Almaty.");
    }

    @Test
    void aCompanyKnownOnlyByItsCountryKeepsNoName() throws ReadException {
        String line = ExtractionJson.line(extraction(), new ExtractionJson.Options(false, false)).replace(
                "{\"name\":\"Valtherm\",\"role\":\"operator\",\"country\":\"KZ\"}",
                "{\"name\":null,\"role\":\"investor\",\"country\":\"CN\"},{\"name\":\" \",\"role\":\"partner\",\"country\":\"TR\"},"
                        + "{\"name\":\"\",\"role\":\"partner\",\"country\":null}");
        assertThat(parser.parse(line, "x.jsonl:1").projects().get(0).companies())
                .containsExactly(Company.nameless("investor", "CN"), Company.nameless("partner", "TR"));
    }

    @Test
    void withoutTheTextKeepsTheFactsAndQuotesNothing() throws ReadException {
        Article a = parser.parse(ExtractionJson.line(extraction(), new ExtractionJson.Options(false, false)), "x.jsonl:1");
        assertThat(a.text()).isNull();
        assertThat(a.projects()).hasSize(1);
        assertThat(a.projects().get(0).investment()).isEqualTo(new Investment(1.2e10, "KZT"));
        assertThat(a.quote(a.projects().get(0).evidence())).isNull();
    }

    @Test
    void aLineMayNameItsExtractorVersion() throws ReadException {
        String line = ExtractionJson.line(extraction(), new ExtractionJson.Options(false, false));
        String versioned = line.substring(0, line.length() - 1) + ",\"extractor\":\"0.3.1\"}";
        assertThat(parser.parse(versioned, "x.jsonl:1").extractorVersion()).isEqualTo("0.3.1");
        assertThat(parser.parse(line, "x.jsonl:1").extractorVersion()).isEqualTo("0.1.0");
    }

    @Test
    void badLinesNameTheirPlaceAndWhatIsWrong() {
        assertThatThrownBy(() -> parser.parse(ExtractionJson.error("gone.txt", "gone.txt: no such file"), "x.jsonl:7"))
                .isInstanceOf(ReadException.class).hasMessageContaining("x.jsonl:7").hasMessageContaining("gone.txt: no such file");
        assertThatThrownBy(() -> parser.parse("{\"document\": ", "x.jsonl:8")).hasMessageContaining("x.jsonl:8: not JSON");
        assertThatThrownBy(() -> parser.parse("[1, 2]", "x.jsonl:9")).hasMessageContaining("x.jsonl:9: expected a JSON object");
        String good = ExtractionJson.line(extraction(), new ExtractionJson.Options(true, false));
        assertThatThrownBy(() -> parser.parse(good.replace("\"KZ-75\"", "\"Almaty\""), "x.jsonl:10"))
                .hasMessageContaining("x.jsonl:10 (a.txt)").hasMessageContaining("'Almaty'");
        assertThatThrownBy(() -> parser.parse(good.replace("\"end\":67", "\"end\":670"), "x.jsonl:11"))
                .hasMessageContaining("evidence [33, 670) lies outside");
        assertThatThrownBy(() -> parser.parse(good.replace("Output grew", "Output fell"), "x.jsonl:12"))
                .hasMessageContaining("is not the SHA-256 of its text");
        assertThatThrownBy(() -> parser.parse(good.replace("\"2024-05-29\"", "\"29.05.2024\""), "x.jsonl:13"))
                .hasMessageContaining("'29.05.2024'");
        assertThatThrownBy(() -> parser.parse(good.replace("\"amount\":12000000000", "\"amount\":\"lots\""), "x.jsonl:14"))
                .hasMessageContaining("'amount' must be a number");
    }
}
