package cn.hongqi.feedback.staff.moderation;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.CommentModerated;
import cn.hongqi.feedback.events.Topics;
import cn.hongqi.feedback.staff.SeededComments;
import cn.hongqi.feedback.staff.StaffIntegrationTest;
import cn.hongqi.feedback.testsupport.Browser;
import cn.hongqi.feedback.testsupport.BrowserSession;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A moderator in headless Chromium works through the queue by selection and by keyboard. */
@StaffIntegrationTest
class ModerationPageBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    SeededComments seeded;

    @Autowired
    EmbeddedKafkaBroker broker;

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Test
    void aModeratorHidesASelectionWithAReasonAndPublishesTheNextByKeyboard() {
        String oldest = seeded.add("1.6", SeededComments.uniqueWord() + " 会议精简得好");
        String middle = seeded.add("1.6", SeededComments.uniqueWord() + " 联系我 13900001111");
        String newest = seeded.add("1.6", SeededComments.uniqueWord() + " 文件压缩了不少");
        ChromeDriver browser = session.driver();
        browser.get("http://127.0.0.1:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(SeededComments.STAFF_USER);
        browser.findElement(By.id("password")).sendKeys(SeededComments.STAFF_PASSWORD);
        browser.findElement(By.id("login")).click();
        Browser.appears(browser, By.id("nav-moderation"));
        browser.get("http://127.0.0.1:" + port + "/moderation?section=1.6");

        browser.findElement(By.cssSelector("tr[data-id='" + middle + "'] input[type=checkbox]")).click();
        browser.findElement(By.id("hide-selected")).click();
        assertThat(Browser.appears(browser, By.id("problem")).getText()).contains("须说明理由");

        browser.findElement(By.cssSelector("tr[data-id='" + middle + "'] input[type=checkbox]")).click();
        browser.findElement(By.id("reason")).sendKeys("含个人联系方式");
        browser.findElement(By.id("hide-selected")).click();
        assertThat(Browser.appears(browser, By.id("decided")).getText()).contains("1");

        // The first row has the focus when the page opens: p publishes it.
        assertThat(browser.findElement(By.cssSelector("tr.queued.current")).getAttribute("data-id")).isEqualTo(oldest);
        new Actions(browser).sendKeys("p").perform();
        Browser.appears(browser, By.id("decided"));

        Map<String, CommentModerated> decisions = decisionsOn(Set.of(oldest, middle));
        assertThat(decisions.get(middle).action()).isEqualTo(CommentModerated.Action.HIDE);
        assertThat(decisions.get(middle).reason()).isEqualTo("含个人联系方式");
        assertThat(decisions.get(oldest).action()).isEqualTo(CommentModerated.Action.PUBLISH);
        assertThat(decisions).doesNotContainKey(newest);
    }

    private Map<String, CommentModerated> decisionsOn(Set<String> commentIds) {
        Map<String, Object> properties = KafkaTestUtils.consumerProps("test-" + UUID.randomUUID(), "false", broker);
        properties.put("auto.offset.reset", "earliest");
        Map<String, CommentModerated> found = new HashMap<>();
        try (Consumer<String, CommentEvent> consumer = new DefaultKafkaConsumerFactory<>(properties,
                Topics.COMMENT_EVENTS.keySerde().deserializer(), Topics.COMMENT_EVENTS.valueSerde().deserializer()).createConsumer()) {
            consumer.subscribe(List.of(Topics.COMMENT_EVENTS.name()));
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                for (ConsumerRecord<String, CommentEvent> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() instanceof CommentModerated decision) {
                        found.put(record.key(), decision);
                    }
                }
                return found.keySet().containsAll(commentIds);
            });
        }
        return found;
    }
}
