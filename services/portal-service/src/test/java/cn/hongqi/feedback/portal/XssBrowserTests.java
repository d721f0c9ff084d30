package cn.hongqi.feedback.portal;

import cn.hongqi.feedback.accounts.DelegateRegistry;
import cn.hongqi.feedback.index.CommentDocument;
import cn.hongqi.feedback.testsupport.Browser;
import cn.hongqi.feedback.testsupport.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static cn.hongqi.feedback.testsupport.ScriptInjection.PAYLOADS;
import static cn.hongqi.feedback.testsupport.ScriptInjection.assertShownAsText;
import static cn.hongqi.feedback.testsupport.ScriptInjection.ignoringContentSecurityPolicy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comments, names, replies and form input made of script, on every portal page that shows them:
 * each test fails if Chromium runs any of it or if it is not there to read as text.
 */
@PortalIntegrationTest
class XssBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    IndexedComments comments;

    @Autowired
    DelegateRegistry delegates;

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Test
    void publishedCommentsTheirNamesAndRepliesAreText() {
        for (String payload : PAYLOADS) {
            comments.add(receipt(), "1.5", payload, "published", payload, null,
                    new CommentDocument.Reply("答复" + payload, "答复人" + payload, "admin", Instant.now()));
        }
        ChromeDriver browser = browser();

        browser.get(url("/sections/1.5"));

        assertShownAsText(browser, PAYLOADS);
        assertShownAsText(browser, PAYLOADS.stream().map(payload -> "答复" + payload).toList());
        assertShownAsText(browser, PAYLOADS.stream().map(payload -> "官方答复（答复人" + payload + "）").toList());
    }

    @Test
    void aReceiptsStatusShowsTheTextTheReasonAndTheReplyAsText() {
        ChromeDriver browser = browser();
        for (String payload : PAYLOADS) {
            String receipt = receipt();
            comments.add(receipt, "1.5", payload, "hidden", null,
                    new CommentDocument.Moderation("HIDE", "理由" + payload, "admin", Instant.now()),
                    new CommentDocument.Reply("答复" + payload, "答复人" + payload, "admin", Instant.now()));

            browser.get(url("/receipts?number=" + receipt));

            assertShownAsText(browser, List.of(payload, "原因：理由" + payload, "答复" + payload, "答复人" + payload));
        }
    }

    @Test
    void aDelegateWhoseNameAndDelegationAreScriptSeesThemAsText() {
        String name = PAYLOADS.get(0);
        String delegation = PAYLOADS.get(2);
        String username = "x" + UUID.randomUUID().toString().substring(0, 8);
        String password = delegates.open(username, name, delegation, "admin").password();
        ChromeDriver browser = browser();

        browser.get(url("/delegate/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
        Browser.appears(browser, By.id("signed-in"));
        browser.get(url("/sections/1.5"));

        assertThat(browser.findElement(By.id("signed-in")).getText()).isEqualTo("代表 " + name);
        assertShownAsText(browser, List.of("代表 " + name, "您将以人大代表身份发表意见：" + name + "（" + delegation + "）"));
    }

    @Test
    void aRefusedCommentAndALookedUpNumberComeBackAsText() {
        ChromeDriver browser = browser();
        for (String payload : PAYLOADS) {
            browser.get(url("/sections/1.5"));
            browser.findElement(By.id("text")).sendKeys(payload);
            browser.findElement(By.id("displayName")).sendKeys(payload);
            browser.findElement(By.id("submit")).click();

            Browser.appears(browser, By.cssSelector(".rejection"));
            assertThat(browser.findElement(By.id("text")).getAttribute("value")).isEqualTo(payload);
            assertThat(browser.findElement(By.id("displayName")).getAttribute("value")).isEqualTo(payload);
            assertShownAsText(browser, List.of());

            browser.get(url("/receipts?number=" + URLEncoder.encode(payload, StandardCharsets.UTF_8)));
            assertThat(browser.findElement(By.id("number")).getAttribute("value")).isEqualTo(payload.strip());
            assertShownAsText(browser, List.of());
        }
    }

    private ChromeDriver browser() {
        return ignoringContentSecurityPolicy(session.driver());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A receipt number of the portal's own alphabet, which hex digits are part of. */
    private static String receipt() {
        String digits = UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
        return digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8, 12);
    }
}
