package cn.hongqi.feedback.staff.search;

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


import static org.assertj.core.api.Assertions.assertThat;

/** A member of staff in headless Chromium: log in, search in Chinese, read the highlighted comment. */
@StaffIntegrationTest
class StaffSearchBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    SeededComments seeded;

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Test
    void staffFindACommentAndItsMarkupIsNotRun() {
        ChromeDriver browser = session.driver();
        String marker = SeededComments.uniqueWord();
        seeded.add("3.5", marker + " 小区停车太难<img src=x onerror=\"window.pwned=1\">");

        browser.get("http://127.0.0.1:" + port + "/search");
        browser.findElement(By.id("username")).sendKeys(SeededComments.STAFF_USER);
        browser.findElement(By.id("password")).sendKeys(SeededComments.STAFF_PASSWORD);
        browser.findElement(By.id("login")).click();
        Browser.appears(browser, By.id("q")).sendKeys(marker + " 停车 小区");
        browser.findElement(By.id("search")).click();

        assertThat(Browser.appears(browser, By.id("total")).getText()).isEqualTo("共 1 条意见");
        assertThat(browser.findElements(By.cssSelector("tr.hit td.text mark"))).extracting(mark -> mark.getText())
                .contains("停车");
        assertThat(browser.findElement(By.cssSelector("tr.hit td.text")).getText()).contains("<img src=x");
        assertThat(browser.executeScript("return window.pwned === undefined")).isEqualTo(true);
        assertThat(browser.getCurrentUrl()).contains("q=" + marker);
    }
}
