package kz.zauyt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The analyst's desk in a real headless Chromium: the map's towns and legend, the API documentation
 * page (drawn, with nothing fetched from another site), a page past the end of a list, the welcome in
 * each language.
 */
class DeskBrowserTest extends SampleBrowser {


    /** Every address the page loaded (itself, styles, scripts, images), from the browser's own record. */
    @SuppressWarnings("unchecked")
    private List<String> loaded() {
        return (List<String>) driver.executeScript(
                "return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name));");
    }

    @Test
    void theMapShowsTownsAndALegendWithValues() {
        open("/map?lang=en");
        List<WebElement> towns = driver.findElements(By.cssSelector("#region-map a.town circle"));
        assertThat(towns).hasSizeGreaterThanOrEqualTo(10).allSatisfy(c -> assertThat(c.isDisplayed()).isTrue());
        assertThat(towns.get(0).getRect().getWidth()).as("a point big enough to click").isGreaterThanOrEqualTo(8);
        WebElement cluster = driver.findElement(By.cssSelector("#region-map a.town.cluster"));
        assertThat(cluster.findElement(By.cssSelector("text")).getText()).isEqualTo(cluster.getAttribute("data-projects"));
        List<WebElement> steps = driver.findElements(By.cssSelector("#map-legend .scale li"));
        assertThat(steps).isNotEmpty().allSatisfy(s -> assertThat(s.getText()).containsPattern("\\d"));
        assertThat(driver.findElement(By.id("map-legend")).isDisplayed()).isTrue();
        // a town with one project opens it
        WebElement single = driver.findElement(By.cssSelector("#region-map a.town:not(.cluster)"));
        open(single.getDomAttribute("href"));
        wait.until(ExpectedConditions.urlMatches("/projects/\\d+$"));
        assertThat(driver.findElement(By.id("timeline")).isDisplayed()).isTrue();
    }

    @Test
    void theApiDocumentationIsDrawnFromThisServerAlone() {
        open("/?lang=en");
        driver.findElement(By.cssSelector("header nav a[href='/api/docs']")).click();
        wait.until(ExpectedConditions.urlContains("/api/docs"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("API documentation");
        assertThat(driver.findElements(By.cssSelector("section.endpoint"))).hasSizeGreaterThanOrEqualTo(9);
        WebElement projects = driver.findElement(By.id("get-api-v1-projects"));
        assertThat(projects.getText()).contains("region", "sort", "page", "size", "KZ-75");
        assertThat(projects.findElements(By.cssSelector("table.params tbody tr"))).hasSizeGreaterThanOrEqualTo(10);
        String origin = web.url("");
        assertThat(loaded()).as("nothing from another site").allSatisfy(u -> assertThat(u).startsWith(origin));
        Browser.screenshot(driver, "api-docs");
    }

    @Test
    void aPagePastTheEndSaysWhereTheListEnds() {
        open("/projects?page=999&lang=en");
        String pager = driver.findElement(By.cssSelector(".pager")).getText();
        assertThat(pager).contains("there is no page 999: the list ends on page").doesNotContain("page 999 of");
        assertThat(driver.findElements(By.cssSelector("#projects tbody tr td a"))).isEmpty();
        driver.findElement(By.cssSelector(".pager a[rel=last]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("page=999")));
        assertThat(driver.findElements(By.cssSelector("#projects tbody tr"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector(".pager")).getText()).doesNotContain("there is no page");
    }

    @Test
    void theWelcomeIsInThePagesLanguage() {
        Map<String, String> words = Map.of("en", "Welcome!", "ru", "Добро пожаловать!", "kk", "Қош келдіңіз!");
        for (String lang : List.of("en", "ru", "kk")) {
            open("/?lang=" + lang);
            WebElement welcome = driver.findElement(By.id("welcome"));
            assertThat(welcome.getText()).as(lang).startsWith(words.get(lang));
            assertThat(welcome.getAttribute("lang")).isEqualTo(lang);
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        }
    }
}
