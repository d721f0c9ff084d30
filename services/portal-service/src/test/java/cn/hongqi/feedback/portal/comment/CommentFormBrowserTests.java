package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.accounts.DelegateRegistry;
import cn.hongqi.feedback.events.CommentSubmitted;
import cn.hongqi.feedback.portal.PortalIntegrationTest;
import cn.hongqi.feedback.testsupport.Browser;
import cn.hongqi.feedback.testsupport.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A citizen on a phone-sized headless Chromium, from the report's index to a receipt. */
@PortalIntegrationTest
class CommentFormBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    DelegateRegistry delegates;

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Test
    void aCitizenCommentsOnASectionAndGetsAReceipt() {
        ChromeDriver browser = session.driver();
        browser.get("http://127.0.0.1:" + port + "/");
        browser.findElement(By.cssSelector("a.section-link[data-key='3.5']")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("持续开展百城提质工程");

        browser.findElement(By.id("text")).sendKeys("老旧小区加装电梯的补贴标准能否公开？");
        browser.findElement(By.id("consent")).click();
        browser.findElement(By.id("submit")).click();

        String receipt = Browser.appears(browser, By.id("receipt")).getText();
        assertThat(receipt).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(theOneSubmittedWith(receipt).text()).isEqualTo("老旧小区加装电梯的补贴标准能否公开？");
    }

    @Test
    void aCitizenCommentsOnOnePointOfASection() {
        ChromeDriver browser = session.driver();
        browser.get("http://127.0.0.1:" + port + "/sections/1.1");
        browser.findElement(By.xpath("//span[@class='point'][strong='强化污染防治。']/a[@class='comment-on-point']")).click();
        assertThat(browser.findElement(By.id("comment-heading")).getText()).isEqualTo("对要点“强化污染防治”提出意见");

        browser.findElement(By.id("text")).sendKeys("餐饮油烟治理要常态化。");
        browser.findElement(By.id("consent")).click();
        browser.findElement(By.id("submit")).click();

        String receipt = Browser.appears(browser, By.id("receipt")).getText();
        CommentSubmitted submitted = theOneSubmittedWith(receipt);
        assertThat(submitted.sectionKey()).isEqualTo("1.1");
        assertThat(submitted.anchorId()).startsWith("a-");
    }

    @Test
    void theReaderSwitchesToEnglishAndBack() {
        ChromeDriver browser = session.driver();
        browser.get("http://127.0.0.1:" + port + "/");
        browser.findElement(By.id("lang-en")).click();
        assertThat(browser.findElement(By.cssSelector("main h2")).getText()).isEqualTo("Sections of the report");
        browser.findElement(By.cssSelector("a.section-link[data-key='2']")).click();
        assertThat(browser.findElement(By.id("comment-heading")).getText()).isEqualTo("Comment on this section");
        browser.findElement(By.id("lang-zh")).click();
        assertThat(browser.findElement(By.id("comment-heading")).getText()).isEqualTo("对本部分提出意见");
    }

    @Test
    void aRefusedCommentKeepsWhatTheCitizenTyped() {
        ChromeDriver browser = session.driver();
        browser.get("http://127.0.0.1:" + port + "/sections/3.5");
        browser.findElement(By.id("text")).sendKeys("我忘了勾选同意");
        browser.findElement(By.id("submit")).click();

        assertThat(browser.findElement(By.cssSelector(".rejection")).getText()).contains("请先阅读并同意隐私说明");
        assertThat(browser.findElement(By.id("text")).getAttribute("value")).isEqualTo("我忘了勾选同意");
    }

    @Test
    void aDelegateLogsInCommentsAsADelegateAndLogsOut() {
        String username = "b" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String password = delegates.open(username, "陈静", "小店镇代表团", "admin").password();
        ChromeDriver browser = session.driver();
        browser.get("http://127.0.0.1:" + port + "/sections/3.7");
        browser.findElement(By.id("nav-login")).click();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("not-" + password);
        browser.findElement(By.id("login")).click();
        assertThat(Browser.appears(browser, By.cssSelector(".rejection")).getText()).contains("用户名或密码不正确");

        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
        // Two redirects follow the login; the page is asked for only once they are done.
        assertThat(Browser.appears(browser, By.id("signed-in")).getText()).isEqualTo("代表 陈静");
        browser.get("http://127.0.0.1:" + port + "/sections/3.7");
        assertThat(browser.findElement(By.id("as-delegate")).getText()).contains("陈静", "小店镇代表团");
        assertThat(browser.findElements(By.id("displayName"))).isEmpty();
        browser.findElement(By.id("text")).sendKeys("建议扩大老年助餐点覆盖范围。");
        browser.findElement(By.id("contact")).sendKeys("13900001111");
        browser.findElement(By.id("consent")).click();
        browser.findElement(By.id("submit")).click();

        String receipt = Browser.appears(browser, By.id("receipt")).getText();
        CommentSubmitted submitted = theOneSubmittedWith(receipt);
        assertThat(submitted.role()).isEqualTo(cn.hongqi.feedback.events.Role.DELEGATE);
        assertThat(submitted.delegation()).isEqualTo("小店镇代表团");
        assertThat(submitted.sealedContact()).startsWith("v1.");

        browser.findElement(By.cssSelector("#nav-logout button")).click();
        assertThat(Browser.appears(browser, By.id("nav-login")).isDisplayed()).isTrue();
    }

    /** The comment log holds exactly one submission with this receipt. */
    private CommentSubmitted theOneSubmittedWith(String receipt) {
        var records = CommentLog.recordsWithKeyMatching(broker, record -> record.value() instanceof CommentSubmitted submitted
                && submitted.receipt().equals(receipt), Duration.ofSeconds(3));
        assertThat(records).hasSize(1);
        return (CommentSubmitted) records.get(0).value();
    }
}
