package cn.hongqi.feedback.staff.summary;

import cn.hongqi.feedback.reportlog.ReportImporter;
import cn.hongqi.feedback.staff.SeededComments;
import cn.hongqi.feedback.staff.StaffIntegrationTest;
import cn.hongqi.feedback.testsupport.Browser;
import cn.hongqi.feedback.testsupport.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A section summary left open in Chromium counts new comments without a reload: its script runs
 * under the console's Content-Security-Policy, which allows no inline script.
 */
@StaffIntegrationTest
class SectionSummaryBrowserTests {

    private static final String SECTION = "3.4";

    @LocalServerPort
    int port;

    @Autowired
    SeededComments seeded;

    @Autowired
    ReportImporter importer;

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Test
    void newCommentsShowOnAnOpenSummaryWithinSeconds() throws Exception {
        Path report = Path.of(System.getProperty("feedback.report.file"));
        importer.importReport("hongqi-2020-government-work-report", report.getFileName().toString(), Files.readAllBytes(report));
        ChromeDriver browser = session.driver();
        browser.get("http://127.0.0.1:" + port + "/sections/" + SECTION + "/summary");
        browser.findElement(By.id("username")).sendKeys(SeededComments.STAFF_USER);
        browser.findElement(By.id("password")).sendKeys(SeededComments.STAFF_PASSWORD);
        browser.findElement(By.id("login")).click();
        long before = Long.parseLong(Browser.appears(browser, By.id("total")).getText());
        Object page = browser.executeScript("return window.performance.timeOrigin");

        seeded.add(SECTION, SeededComments.uniqueWord() + " 夜市的摊位费太高了", null, "new", "negative", "complaint", null);
        seeded.add(SECTION, SeededComments.uniqueWord() + " 夜市办得很热闹", null, "new", "positive", "praise", null);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> Long.parseLong(browser.findElement(By.id("total")).getText()) == before + 2);
        assertThat(browser.executeScript("return window.performance.timeOrigin")).as("the same page, not a reload").isEqualTo(page);
    }
}
