package cn.hongqi.feedback.staff.security;

import cn.hongqi.feedback.accounts.DelegateRegistry;
import cn.hongqi.feedback.accounts.StaffRegistry;
import cn.hongqi.feedback.reportlog.ReportImporter;
import cn.hongqi.feedback.staff.SeededComments;
import cn.hongqi.feedback.staff.StaffIntegrationTest;
import cn.hongqi.feedback.testsupport.Browser;
import cn.hongqi.feedback.testsupport.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static cn.hongqi.feedback.testsupport.ScriptInjection.PAYLOADS;
import static cn.hongqi.feedback.testsupport.ScriptInjection.assertShownAsText;
import static cn.hongqi.feedback.testsupport.ScriptInjection.ignoringContentSecurityPolicy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comments, names and queries made of script, shown on every console page that shows them: each
 * test fails if Chromium runs any of it or if it is not there to read as text. Each test has a
 * section of its own, so the pages hold only its comments.
 */
@StaffIntegrationTest
class XssBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    SeededComments seeded;

    @Autowired
    ReportImporter importer;

    @Autowired
    DelegateRegistry delegates;

    @Autowired
    StaffRegistry staff;

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Test
    void searchResultsAndTheQueryEchoedBackAreText() {
        String word = SeededComments.uniqueWord();
        PAYLOADS.forEach(payload -> seeded.add("1.4", word + " " + payload));
        ChromeDriver browser = loggedIn();

        browser.get(url("/search?q=" + word));
        assertShownAsText(browser, PAYLOADS);
        new Actions(browser).moveToElement(browser.findElement(By.cssSelector("td.text"))).perform();
        assertShownAsText(browser, PAYLOADS);

        for (String payload : PAYLOADS) {
            browser.get(url("/search?section=1.4&q=" + URLEncoder.encode(payload, StandardCharsets.UTF_8)));
            assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(payload);
            assertShownAsText(browser, List.of());
        }
    }

    @Test
    void theModerationQueueAndItsReplyFormsAreText() {
        String word = SeededComments.uniqueWord();
        PAYLOADS.forEach(payload -> seeded.add("1.3", word + " " + payload));
        ChromeDriver browser = loggedIn();

        browser.get(url("/moderation?section=1.3"));
        assertShownAsText(browser, PAYLOADS);
        for (WebElement text : browser.findElements(By.cssSelector("td.text"))) {
            new Actions(browser).moveToElement(text).click().perform();
        }
        assertShownAsText(browser, PAYLOADS);
    }

    @Test
    void theSectionSummaryShowsKeywordsRepresentativesAndCampaignsAsText() throws Exception {
        Path report = Path.of(System.getProperty("feedback.report.file"));
        importer.importReport("hongqi-2020-government-work-report", report.getFileName().toString(), Files.readAllBytes(report));
        String campaign = UUID.randomUUID().toString();
        for (String payload : PAYLOADS) {
            seeded.add("1.5", payload, null, "new", "negative", "complaint", campaign, List.of(payload));
        }
        ChromeDriver browser = loggedIn();

        browser.get(url("/sections/1.5/summary"));
        assertShownAsText(browser, PAYLOADS);
        assertThat(browser.findElement(By.id("keywords")).getText()).contains(PAYLOADS);
        assertThat(browser.findElement(By.id("campaigns")).getText()).contains(PAYLOADS.size() + " × ");
    }

    @Test
    void theDelegateAndStaffListsShowNamesAsTextAlsoRightAfterTheyAreSaved() {
        for (String payload : PAYLOADS) {
            delegates.open(username(), payload, "代表团" + payload, "admin");
            staff.open(username(), payload, "STAFF", "admin");
        }
        ChromeDriver browser = loggedIn();

        browser.get(url("/admin/staff"));
        assertShownAsText(browser, PAYLOADS);
        browser.get(url("/admin/delegates"));
        assertShownAsText(browser, PAYLOADS.stream().map(payload -> "代表团" + payload).toList());

        String payload = PAYLOADS.get(0);
        browser.findElement(By.id("username")).sendKeys(username());
        browser.findElement(By.id("displayName")).sendKeys(payload);
        browser.findElement(By.id("delegation")).sendKeys(PAYLOADS.get(1));
        browser.findElement(By.id("open")).click();
        Browser.appears(browser, By.id("one-time-password"));
        assertThat(browser.findElement(By.id("changed")).getText()).contains(payload);
        assertShownAsText(browser, List.of(payload, PAYLOADS.get(1)));
    }

    private ChromeDriver loggedIn() {
        ChromeDriver browser = ignoringContentSecurityPolicy(session.driver());
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(SeededComments.STAFF_USER);
        browser.findElement(By.id("password")).sendKeys(SeededComments.STAFF_PASSWORD);
        browser.findElement(By.id("login")).click();
        Browser.appears(browser, By.id("nav-delegates"));
        return browser;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static String username() {
        return "x" + UUID.randomUUID().toString().substring(0, 8);
    }
}
