package kz.zauyt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kz.zauyt.export.Readers;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person filters the project list, clicks "Excel (XLSX)", and opens what the browser saved: the
 * rows the table showed, every one in the chosen region. Then the ledger's CSV button. In Debian's
 * headless Chromium over real HTTP.
 */
class ExportBrowserTest {

    private static WebFixture web;
    private static ChromeDriver driver;
    private static WebDriverWait wait;
    private static Path downloads;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        web = WebFixture.get();
        downloads = Files.createTempDirectory("zauyt-downloads");
        driver = Browser.start(downloads);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** The file the browser finished saving under {@code name} (Chromium writes .crdownload until done). */
    private static Path downloaded(String name) {
        Path file = downloads.resolve(name);
        wait.until(d -> Files.exists(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    @Test
    void theProjectDownloadButtonSavesTheFilteredTableAsAWorkbook() throws IOException {
        driver.get(web.url("/projects"));
        new Select(driver.findElement(By.id("f-region"))).selectByValue("KZ-39");
        // the table reloads in place (htmx) and the buttons with it, carrying the new filter
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("dl-projects-xlsx")).getAttribute("href").contains("region=KZ-39"));
        int shown = driver.findElements(By.cssSelector("#projects tbody tr")).size();
        driver.findElement(By.id("dl-projects-xlsx")).click();
        Path file = downloaded("zauyt-projects.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Projects");
            List<String> header = new ArrayList<>();
            s.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            int region = header.indexOf("region");
            assertThat(s.getLastRowNum()).as("the rows the page listed").isEqualTo(shown).isPositive();
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                assertThat(s.getRow(i).getCell(region).getStringCellValue()).isEqualTo("KZ-39");
            }
        }
        assertThat(driver.executeScript("return window.__pwned")).as("no payload ran").isNull();
    }

    @Test
    void theLedgerDownloadButtonSavesCsvWithItsState() throws IOException {
        driver.get(web.url("/targets?state=no_data"));
        driver.findElement(By.id("dl-ledger-csv")).click();
        Path file = downloaded("zauyt-ledger.csv");
        byte[] b = Files.readAllBytes(file);
        assertThat(b).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = Readers.csv(new String(b, 3, b.length - 3, java.nio.charset.StandardCharsets.UTF_8));
        int state = rows.get(0).indexOf("state");
        assertThat(rows).hasSize(driver.findElements(By.cssSelector("#ledger tbody tr")).size() + 1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.get(state)).isEqualTo("no data"));
        try (Stream<Path> left = Files.list(downloads)) {
            Optional<Path> partial = left.filter(p -> p.toString().endsWith(".crdownload")).findAny();
            assertThat(partial).isEmpty();
        }
    }
}
