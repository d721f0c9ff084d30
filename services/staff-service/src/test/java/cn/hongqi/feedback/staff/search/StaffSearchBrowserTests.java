package cn.hongqi.feedback.staff.search;

import cn.hongqi.feedback.index.CommentIndex;
import cn.hongqi.feedback.staff.SeededComments;
import cn.hongqi.feedback.staff.StaffIntegrationTest;
import cn.hongqi.feedback.testsupport.Browser;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A member of staff in headless Chromium: log in, search in Chinese, read the highlighted comment. */
@StaffIntegrationTest
class StaffSearchBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    CommentIndex index;

    ChromeDriver browser;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SeededComments.register(registry);
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.chromium();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void staffFindACommentAndItsMarkupIsNotRun() {
        String marker = SeededComments.uniqueWord();
        SeededComments.add(client, index, "3.5", marker + " 小区停车太难<img src=x onerror=\"window.pwned=1\">", Instant.now());

        browser.get("http://127.0.0.1:" + port + "/search");
        browser.findElement(By.id("username")).sendKeys(SeededComments.STAFF_USER);
        browser.findElement(By.id("password")).sendKeys(SeededComments.STAFF_PASSWORD);
        browser.findElement(By.id("login")).click();
        browser.findElement(By.id("q")).sendKeys(marker + " 停车 小区");
        browser.findElement(By.id("search")).click();

        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("共 1 条意见");
        assertThat(browser.findElements(By.cssSelector("tr.hit td.text mark"))).extracting(mark -> mark.getText())
                .contains("停车");
        assertThat(browser.findElement(By.cssSelector("tr.hit td.text")).getText()).contains("<img src=x");
        assertThat(browser.executeScript("return window.pwned === undefined")).isEqualTo(true);
        assertThat(browser.getCurrentUrl()).contains("q=" + marker);
    }
}
