package kz.zauyt.web;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium on the shared sample registry ({@link WebFixture}), one browser per test class:
 * what the browser tests of the pages have in common. Test classes run one after another, so the
 * statics belong to the class that is running.
 */
abstract class SampleBrowser {

    protected static WebFixture web;
    protected static ChromeDriver driver;
    protected static WebDriverWait wait;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        web = WebFixture.get();
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** Opens a page of the sample registry and waits until it has loaded. */
    protected void open(String path) {
        driver.get(web.url(path));
        wait.until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    }
}
