package kz.zauyt.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases of figures that compare and search across scripts, over real HTTP on the 50 sample
 * articles: Ertis Copper (ТОО «Ертис Коппер») beside other copper companies, the Kostanay car plant
 * told in Russian, Chinese investors.
 */
class DeskApiTest {

    private static WebFixture web;

    @BeforeAll
    static void start() {
        web = WebFixture.get();
    }

    private static JsonNode ok(String path) {
        HttpResponse<String> r = Http.get(web.url(path));
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return Http.json(r);
    }

    private static String page(String path) {
        HttpResponse<String> r = Http.get(web.url(path));
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private static List<JsonNode> items(String path) {
        List<JsonNode> out = new ArrayList<>();
        ok(path).path("items").forEach(out::add);
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<Long> ids(String path) {
        return items(path).stream().map(p -> p.path("id").asLong()).toList();
    }

    @Test
    void ertisCopperIsFoundInEitherScript() {
        List<Long> latin = ids("/api/v1/projects?size=50&q=" + enc("Ertis Copper"));
        List<Long> cyrillic = ids("/api/v1/projects?size=50&q=" + enc("Ертис Коппер"));
        assertThat(latin).isNotEmpty().isEqualTo(cyrillic);
    }

    @Test
    void theCompanyFilterReturnsThatCompanyOnly() {
        List<JsonNode> found = items("/api/v1/projects?size=200&company=" + enc("Ертис Коппер"));
        assertThat(found).isNotEmpty().allSatisfy(p -> assertThat(p.path("companies").toString()).matches("(?iu).*(ertis|ертис) (copper|коппер).*"));
        assertThat(ids("/api/v1/projects?size=200&company=" + enc("Ertis Copper LLP"))).isEqualTo(found.stream().map(p -> p.path("id").asLong()).toList());
        // another copper company exists, and is not among them
        List<JsonNode> copper = items("/api/v1/projects?size=200&q=copper");
        assertThat(copper).anySatisfy(p -> assertThat(p.path("companies").toString()).doesNotContainIgnoringCase("ertis")
                .doesNotContainIgnoringCase("ертис").isNotEqualTo("[]"));
        assertThat(found.size()).isLessThan(copper.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"автомобили", "автозавод", "car plant"})
    void inflectedAndCompoundWordsFindTheKostanayCarPlant(String q) {
        assertThat(items("/api/v1/projects?size=50&q=" + enc(q)))
                .anySatisfy(p -> assertThat(p.toString()).containsIgnoringCase("tobyl"));
    }

    @Test
    void aCountryIsANameOrACodeInAnyLanguage() {
        List<Long> byCode = ids("/api/v1/projects?size=200&country=CN");
        assertThat(byCode).isNotEmpty();
        for (String name : List.of("China", "Китай", "Қытай", "cn")) {
            assertThat(ids("/api/v1/projects?size=200&country=" + enc(name))).as(name).isEqualTo(byCode);
        }
        assertThat(page("/projects?country=China")).contains("<table");
        HttpResponse<String> bad = Http.get(web.url("/api/v1/projects?country=Narnia"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"parameter\":\"country\"").contains("Narnia");
    }

    @Test
    void investmentSortsAndAddsUpConverted() {
        List<JsonNode> down = items("/api/v1/projects?sort=-investment&size=30");
        List<Double> kzt = down.stream().filter(p -> p.hasNonNull("investmentKzt")).map(p -> p.path("investmentKzt").asDouble()).toList();
        assertThat(kzt).hasSizeGreaterThan(5).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(down).filteredOn(p -> p.hasNonNull("investment"))
                .allSatisfy(p -> assertThat(p.path("currency").asText()).matches("[A-Z]{3}"));
        // dollars and tenge in one order: some project in dollars sits above one in tenge with a larger raw amount
        boolean mixed = false;
        for (int i = 0; i < down.size(); i++) {
            for (int j = i + 1; j < down.size(); j++) {
                mixed |= "USD".equals(down.get(i).path("currency").asText()) && "KZT".equals(down.get(j).path("currency").asText())
                        && down.get(i).path("investment").asDouble() < down.get(j).path("investment").asDouble();
            }
        }
        assertThat(mixed).isTrue();
        JsonNode stats = ok("/api/v1/stats");
        double sum = 0;
        for (JsonNode t : stats.path("byStatus")) {
            sum += t.path("kzt").asDouble();
        }
        assertThat(sum).isGreaterThan(kzt.get(0));
    }

    @Test
    void moneyIsWrittenForPeopleInEachLanguage() {
        String en = page("/projects?sort=-investment&lang=en");
        String ru = page("/projects?sort=-investment&lang=ru");
        String kk = page("/projects?sort=-investment&lang=kk");
        assertThat(en).containsPattern("\\d bn KZT").containsPattern("\\d bn USD").contains("(≈ ");
        assertThat(ru).containsPattern("\\d млрд тенге").contains("долл. США");
        assertThat(kk).containsPattern("\\d млрд теңге");
        for (String p : List.of(en, ru, kk, page("/?lang=ru"))) {
            assertThat(p).doesNotContainPattern("\\d{9,} ?(KZT|USD|тенге|теңге)");
        }
        long id = items("/api/v1/projects?sort=-investment&size=1").get(0).path("id").asLong();
        String project = page("/projects/" + id + "?lang=en");
        assertThat(project).contains("id=\"investment\"").contains("≈").doesNotContainPattern("\\d{9,} (KZT|USD)");
    }
}
