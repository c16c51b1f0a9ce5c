package kz.zauyt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What a person sees, in a real headless Chromium over real HTTP: each page, the filters and the
 * language switch clicked, and hostile article text that must stay text. Saves the README's
 * screenshots. Needs Debian's chromium and chromium-driver (.ci/run installs them).
 */
class BrowserTest extends SampleBrowser {


    private String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private List<WebElement> rows(String table) {
        return driver.findElements(By.cssSelector("#" + table + " tbody tr"));
    }

    @Test
    void dashboardShowsTotalsChartsEvidenceAndDueTargets() {
        open("/");
        assertThat(h1()).isEqualTo("Kazakhstan's industry at a glance");
        assertThat(driver.findElement(By.cssSelector(".welcome")).getText()).startsWith("Welcome!");
        assertThat(Long.parseLong(driver.findElement(By.cssSelector("#card-projects .big")).getText().replace(",", "")))
                .isGreaterThan(20); // the samples give a few dozen projects (fewer as the engine tells one plant once)
        assertThat(driver.findElement(By.id("card-investment")).getText()).contains("KZT");
        for (String chart : List.of("by-status", "by-region", "by-sector", "by-country")) {
            assertThat(driver.findElements(By.cssSelector("#" + chart + " rect"))).as(chart).isNotEmpty();
        }
        assertThat(driver.findElements(By.cssSelector("#newest li"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(driver.findElement(By.id("due-soon")).getText()).contains("by 202");
        Browser.screenshot(driver, "dashboard");
        // a bar is a link to the projects it counts
        driver.findElement(By.cssSelector("#by-region a")).click();
        wait.until(ExpectedConditions.urlContains("/projects?region=KZ-"));
        assertThat(rows("projects")).isNotEmpty();
    }

    @Test
    void projectFiltersSearchSortAndLanguageSwitch() {
        open("/projects");
        int all = rows("projects").size();
        assertThat(all).isEqualTo(25);
        // choosing a region reloads the table in place (htmx) and puts the filter in the address
        new Select(driver.findElement(By.id("f-region"))).selectByValue("KZ-39");
        wait.until(ExpectedConditions.urlContains("region=KZ-39"));
        wait.until(d -> rows("projects").size() < all);
        assertThat(rows("projects")).allSatisfy(r -> assertThat(r.getText()).contains("Kostanay Region"));
        new Select(driver.findElement(By.id("f-status"))).selectByValue("operating");
        wait.until(ExpectedConditions.urlContains("status=operating"));
        wait.until(d -> rows("projects").stream().allMatch(r -> r.getText().contains("operating")));
        assertThat(rows("projects")).isNotEmpty();

        // the switch keeps the filters and speaks Russian
        driver.findElement(By.cssSelector("#langs a[data-lang='ru']")).click();
        wait.until(d -> h1().equals("Проекты"));
        assertThat(driver.getCurrentUrl()).contains("region=KZ-39", "status=operating");
        assertThat(new Select(driver.findElement(By.id("f-region"))).getFirstSelectedOption().getText())
                .isEqualTo("Костанайская область");
        assertThat(rows("projects")).allSatisfy(r -> assertThat(r.getText()).contains("работает"));
        // and is remembered on the next page
        open("/targets");
        assertThat(h1()).isEqualTo("Реестр целей");
        driver.findElement(By.cssSelector("#langs a[data-lang='en']")).click();
        wait.until(d -> h1().equals("Targets ledger"));

        // search and sort
        open("/projects?q=cement");
        // names, products and the sentences read: a brick plant whose article speaks of cement is found too
        assertThat(rows("projects")).isNotEmpty().anySatisfy(r -> assertThat(r.getText().toLowerCase()).containsAnyOf("cement", "цемент"));
        open("/projects");
        driver.findElement(By.linkText("Investment")).click();
        wait.until(ExpectedConditions.urlContains("sort=-investment"));
        String first = rows("projects").get(0).findElements(By.tagName("td")).get(5).getText();
        assertThat(first).containsAnyOf("trn", "bn");
        // the next page
        driver.findElement(By.cssSelector("#results a[rel='next']")).click();
        wait.until(ExpectedConditions.urlContains("page=2"));
        assertThat(driver.findElement(By.cssSelector(".pager")).getText()).contains("page 2 of");
    }

    @Test
    void aProjectShowsEveryValueWithItsSourceTimelineAndMap() {
        open("/projects?sort=-mentions");
        driver.findElement(By.cssSelector("#projects tbody tr td a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        assertThat(driver.findElements(By.cssSelector("#timeline ol li"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(driver.findElements(By.cssSelector("#fields tr"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(driver.findElements(By.cssSelector("#fields .src a"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#project-map path.hl"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#articles li mark"))).isNotEmpty();
        Browser.screenshot(driver, "project");
        // a source opens its article with the fact's sentence highlighted
        driver.findElement(By.cssSelector("#articles li a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("text")));
        assertThat(driver.findElements(By.cssSelector("#text mark.focus"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("#text mark.focus")).isDisplayed()).isTrue();
    }

    @Test
    void theMapColoursRegionsAndLinksToTheirProjects() {
        open("/map");
        assertThat(driver.findElements(By.cssSelector("#region-map path"))).hasSizeGreaterThanOrEqualTo(20);
        // the busiest region in the darkest shade, the others graded below it
        assertThat(driver.findElements(By.cssSelector("#region-map path.q5"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#region-map path")).stream().map(p -> p.getAttribute("class"))
                .distinct().count()).isGreaterThanOrEqualTo(3);
        Browser.screenshot(driver, "map");
        driver.findElement(By.linkText("Investment in KZT")).click();
        wait.until(ExpectedConditions.urlContains("by=investment"));
        assertThat(driver.findElements(By.cssSelector("#region-map text.maplabel"))).isNotEmpty()
                .anySatisfy(t -> assertThat(t.getText()).containsAnyOf("bn", "mln", "trn"));
        driver.get(web.url("/projects?region=KZ-39"));
        assertThat(rows("projects")).isNotEmpty();
    }

    @Test
    void targetsLedgerAndIndicatorCharts() {
        open("/targets");
        assertThat(rows("ledger")).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#ledger td.progress svg rect.done"))).isNotEmpty();
        driver.findElement(By.linkText("no data")).click();
        wait.until(ExpectedConditions.urlContains("state=no_data"));
        assertThat(rows("ledger")).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("no data"));
        open("/indicators");
        assertThat(driver.findElements(By.cssSelector(".chart svg.line circle"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".chart svg.line polyline"))).isNotEmpty();
    }

    @Test
    void documentsListAndADocumentWithItsFactsHighlighted() {
        open("/documents");
        new Select(driver.findElement(By.id("f-language"))).selectByValue("ru");
        driver.findElement(By.cssSelector("form.filters button")).click();
        wait.until(ExpectedConditions.urlContains("language=ru"));
        assertThat(rows("documents")).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("ru"));
        rows("documents").get(0).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("facts")));
        assertThat(driver.findElements(By.cssSelector("#text mark"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#facts li.fact"))).isNotEmpty();
    }

    @Test
    void hostileArticleTextStaysTextAndNothingRuns() {
        open("/documents?q=Pwn");
        assertThat(rows("documents")).hasSize(2);
        assertThat(driver.findElement(By.id("documents")).getText()).contains(Hostile.TITLE);
        for (WebElement link : driver.findElements(By.cssSelector("#documents tbody a"))) {
            assertThat(link.getAttribute("href")).startsWith(web.url("/documents/"));
        }
        rows("documents").get(0).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("text")));
        assertNothingRan();
        String text = driver.findElement(By.id("text")).getText();
        assertThat(text).contains(Hostile.IMG).contains(Hostile.LINK);
        assertThat(driver.findElements(By.cssSelector("#text img, #text a, #text script"))).isEmpty();
        assertThat(h1()).contains("<script>window.__pwned=1</script>");

        open("/projects?region=KZ-39&size=200");
        assertNothingRan();
        assertThat(driver.findElement(By.id("projects")).getText()).contains(Hostile.PROJECT).contains(Hostile.COMPANY);
        driver.findElement(By.partialLinkText("Pwn plant")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fields")));
        assertNothingRan();
        assertThat(h1()).isEqualTo(Hostile.PROJECT);
        assertThat(driver.findElement(By.id("fields")).getText()).contains(Hostile.LINK).contains(Hostile.FORMULA);
        assertThat(driver.findElements(By.cssSelector("main img, main script"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
    }

    private void assertNothingRan() {
        assertThat(driver.executeScript("return window.__pwned === undefined")).isEqualTo(true);
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }
}
