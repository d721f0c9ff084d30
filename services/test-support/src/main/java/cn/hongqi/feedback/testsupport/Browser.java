package cn.hongqi.feedback.testsupport;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Headless Debian Chromium for page tests. CI installs it ({@code .ci/run}); on a machine without
 * it the calling test is skipped with a message saying so, never silently passed.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of(System.getProperty("feedback.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("feedback.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** A new headless Chromium; the caller quits it. */
    public static ChromeDriver chromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipped: Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "); "
                        + "install the Debian packages chromium and chromium-driver, as .ci/run does");
        try {
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                            "--disable-dev-shm-usage", "--lang=zh-CN", "--window-size=412,915",
                            "--user-data-dir=" + Files.createTempDirectory("feedback-chromium-"));
            // Citizens read in Chinese; headless Chromium would otherwise ask for en-US.
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The element, once the page has it. A click that posts a form returns before the redirects
     * that follow it are done, so what comes after a click is waited for, not looked up at once.
     */
    /**
     * Clicks what loads a new page and returns once the old one is gone: until then a lookup can
     * still find, or be handed, an element of the old page.
     */
    public static void clickToNewPage(WebDriver browser, WebElement target) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(oldPage));
    }

    public static WebElement appears(WebDriver browser, By element) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(element));
    }
}
