package cn.hongqi.feedback.e2e;

import cn.hongqi.feedback.testsupport.Browser;
import cn.hongqi.feedback.testsupport.BrowserSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One comment from the citizen to the staff, across the three services as separate processes,
 * a real KRaft broker and a real Elasticsearch node: nothing in between is simulated.
 */
class CommentJourneyIT {

    private static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedKafkaKraftBroker kafka;
    private static Platform platform;
    private static ServiceProcess portal;
    private static ServiceProcess staff;

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @BeforeAll
    static void startThePlatform() throws Exception {
        kafka = new EmbeddedKafkaKraftBroker(1, 6);
        kafka.afterPropertiesSet();
        platform = Platform.start(kafka.getBrokersAsString(), Map.of());
        portal = platform.portal;
        staff = platform.staff;
    }

    @AfterAll
    static void stopThePlatform() throws InterruptedException {
        if (platform != null) {
            platform.close();
        }
        if (kafka != null) {
            kafka.destroy();
        }
    }

    @Test
    void aCommentPostedToThePublicApiIsFoundThroughTheStaffApi() throws Exception {
        String marker = uniqueWord();
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/comments")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"sectionKey":"3.7","text":"%s 建议在社区增设老年助餐点，方便独居老人。","role":"citizen","consent":true}""".formatted(marker)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode receipt = JSON.readTree(accepted.body());

        JsonNode found = await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofMillis(250))
                .until(() -> staffSearch(marker + " 老人 助餐"), result -> result.get("total").asLong() == 1);

        JsonNode comment = found.get("items").get(0).get("comment");
        assertThat(comment.get("commentId").asText()).isEqualTo(receipt.get("commentId").asText());
        assertThat(comment.get("receipt").asText()).isEqualTo(receipt.get("receipt").asText());
        assertThat(comment.get("sectionKey").asText()).isEqualTo("3.7");
    }

    @Test
    void aModeratorPublishesAndRepliesAndTheCitizenSeesBothOnThePortalAndTheReceiptPage() throws Exception {
        String marker = uniqueWord();
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/comments")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"sectionKey":"3.7","text":"%s 希望公村小学早日投用。","role":"citizen","consent":true}""".formatted(marker)))
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode receipt = JSON.readTree(accepted.body());
        String commentId = receipt.get("commentId").asText();
        await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofMillis(250))
                .until(() -> staffSearch(marker), result -> result.get("total").asLong() == 1);

        assertThat(staffPost("/api/v1/staff/comments/" + commentId + "/moderation", "{\"action\":\"PUBLISH\"}")).isEqualTo(202);
        assertThat(staffPost("/api/v1/staff/comments/" + commentId + "/reply",
                "{\"text\":\"公村小学已于9月投用。\",\"author\":\"区教育局\"}")).isEqualTo(202);

        await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
            String page = HTTP.send(HttpRequest.newBuilder(URI.create(portal.url("/sections/3.7"))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return page.contains(marker) && page.contains("公村小学已于9月投用。");
        });
        String status = HTTP.send(HttpRequest.newBuilder(URI.create(portal.url("/receipts?number="
                + receipt.get("receipt").asText()))).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(status).contains("公村小学已于9月投用。", "区教育局");
    }

    private static int staffPost(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(staff.url(path)))
                .header("Authorization", platform.staffAuthorization()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aCommentTypedIntoThePortalFormIsFoundOnTheStaffSearchPage() {
        String marker = uniqueWord();
        ChromeDriver browser = session.driver();
        browser.get(portal.url("/sections/3.5"));
        browser.findElement(By.id("text")).sendKeys(marker + " 小区停车位太少，希望规划立体停车场。");
        browser.findElement(By.id("consent")).click();
        browser.findElement(By.id("submit")).click();
        String receipt = Browser.appears(browser, By.id("receipt")).getText();
        String followPage = browser.findElement(By.id("follow")).getAttribute("href");
        await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
            browser.get(followPage);
            return browser.findElements(By.id("status")).stream().anyMatch(status -> status.getText().contains("已收到"));
        });

        browser.get(staff.url("/login"));
        browser.findElement(By.id("username")).sendKeys(Platform.STAFF_USER);
        browser.findElement(By.id("password")).sendKeys(platform.staffPassword());
        browser.findElement(By.id("login")).click();
        String searchPage = staff.url("/search?q=" + URLEncoder.encode(marker + " 停车场", StandardCharsets.UTF_8));
        await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
            browser.get(searchPage);
            return browser.findElements(By.cssSelector("tr.hit td.receipt")).stream()
                    .anyMatch(cell -> cell.getText().equals(receipt));
        });
    }

    private static JsonNode staffSearch(String query) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(
                        staff.url("/api/v1/staff/comments?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))))
                .header("Authorization", platform.staffAuthorization()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("journey");
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(letter -> word.append((char) letter));
        return word.toString();
    }
}
