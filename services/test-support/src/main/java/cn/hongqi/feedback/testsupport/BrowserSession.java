package cn.hongqi.feedback.testsupport;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A fresh headless Chromium for each test, quit afterwards:
 * {@code @RegisterExtension final BrowserSession browser = new BrowserSession();}
 */
public final class BrowserSession implements BeforeEachCallback, AfterEachCallback {

    private ChromeDriver driver;

    @Override
    public void beforeEach(ExtensionContext context) {
        driver = Browser.chromium();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }
}
