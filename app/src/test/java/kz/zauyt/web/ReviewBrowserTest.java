package kz.zauyt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.fact.Location;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.text.Language;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import kz.zauyt.registry.document.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page in a real headless Chromium: a doubtful pair is listed with its score and reasons,
 * "Same plant" merges it (the list empties), and the merged project's page shows both names with
 * their articles. Its own registry, so the shared fixture's pages keep their counts.
 */
class ReviewBrowserTest {

    private static DatabaseConfig config;
    private static Registry registry;
    private static WebServer server;
    private static ChromeDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        config = TestDb.freshSchema("review_browser");
        registry = Registry.open(config);
        // one company, and nothing else that agrees: a doubt, not a merge
        registry.store().store(article('a', "Altyn Steel plant", null, Language.EN));
        registry.store().store(article('b', "завод Алтын Стил", "KZ-35", Language.RU));
        server = WebServer.start(registry, "127.0.0.1", 0, Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
            registry.close();
            TestDb.drop(config);
        }
    }

    private static Article article(char id, String name, String region, Language language) {
        String company = language == Language.EN ? "Altyn Steel LLP" : "ТОО «Алтын Стил»";
        Project p = new Project(name, List.of(new Company(company, "operator", null)), new Location(region, null, null), null,
                List.of(), List.of(), null, null, null, null, List.of());
        return new Article(String.valueOf(id).repeat(64), id + ".txt", "About " + name, language, LocalDate.of(2025, 3, 1),
                null, List.of(p), List.of(), List.of(), "1");
    }

    private void open(String path) {
        driver.get("http://127.0.0.1:" + server.port() + path);
        wait.until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    }

    @Test
    void anAnswerPostedFromAnotherSiteIsRefused() throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port() + "/review/1"))
                        .header("Origin", "http://evil.example").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("decision=same")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("posted from this site");
    }

    @Test
    void aPersonConfirmsADoubtfulPairAndSeesOneProjectWithBothNames() {
        open("/review?lang=en");
        assertThat(driver.findElements(By.cssSelector("ol.reviews > li"))).hasSize(1);
        String pair = driver.findElement(By.cssSelector("ol.reviews > li")).getText();
        assertThat(pair).contains("Altyn Steel plant", "завод Алтын Стил", "company altn stl +3", "score 3.0");

        driver.findElement(By.cssSelector("button[value=same]")).click();
        wait.until(d -> !d.findElements(By.id("no-review")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("ol.reviews > li"))).isEmpty();

        driver.findElement(By.linkText("Projects")).click();
        wait.until(d -> d.getCurrentUrl().contains("/projects"));
        assertThat(driver.findElements(By.cssSelector("#projects tbody tr"))).hasSize(1);
        driver.findElement(By.cssSelector("#projects tbody tr a")).click();
        wait.until(d -> !d.findElements(By.id("names")).isEmpty());
        assertThat(driver.findElement(By.id("names")).getText()).contains("Altyn Steel plant", "завод Алтын Стил");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Altyn Steel plant");
    }
}
