package cn.hongqi.feedback.e2e;

import cn.hongqi.feedback.testsupport.Browser;
import cn.hongqi.feedback.testsupport.BrowserSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /**
     * The staff console's working day, as the "done when" describes it: an admin opens a
     * moderator account; the moderator finds every comment about 电梯 in section 3.5, narrows them by
     * sentiment, reads the section's summary, hides a spam campaign in one action, publishes and
     * answers a comment, and exports the search as spreadsheets that keep their Chinese; the
     * citizen sees the answer on the portal, and never the spam.
     */
    @Test
    void aModeratorFindsSummarisesHidesACampaignRepliesAndExportsWhileThePortalShowsOnlyWhatWasPublished() throws Exception {
        String marker = uniqueWord();
        String thanks = postComment("3.5", marker + " 老旧小区加装电梯以后，老人上下楼方便多了，感谢政府！");
        String complaint = postComment("3.5", marker + " 我们楼加装电梯拖了两年还没动工，居民意见很大，太失望了。");
        postComment("3.5", marker + " 加装电梯的补贴标准是多少？在哪里申请？");
        postComment("3.7", marker + " 养老院的电梯经常坏，希望尽快维修。");
        List<String> spam = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // A script varies its text just enough to pass the portal's exact-repeat guard.
            spam.add(postComment("3.5", marker + " 电梯广告：加微信 dt8888 领取加装补贴，名额有限速来" + "！".repeat(i + 1)));
        }
        JsonNode indexed = await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> staffSearch(marker), result -> result.get("total").asLong() == 9);
        String campaign = campaignOf(indexed, spam.get(0));
        for (String copy : spam) {
            assertThat(campaignOf(indexed, copy)).as("every copy of the spam is one campaign").isEqualTo(campaign);
        }

        ChromeDriver browser = session.driver();
        String moderator = "mod" + marker.substring(marker.length() - 6);
        logIn(browser, Platform.STAFF_USER, platform.staffPassword());
        browser.get(staff.url("/admin/staff"));
        browser.findElement(By.id("username")).sendKeys(moderator);
        browser.findElement(By.id("displayName")).sendKeys("刘审核");
        new Select(browser.findElement(By.id("role"))).selectByValue("MODERATOR");
        browser.findElement(By.id("open")).click();
        String password = Browser.appears(browser, By.id("one-time-password")).getText();
        browser.findElement(By.cssSelector("form.logout button")).click();
        logIn(browser, moderator, password);
        assertThat(browser.findElements(By.id("nav-moderation"))).isNotEmpty();
        assertThat(browser.findElements(By.id("nav-staff-accounts"))).as("a moderator is no admin").isEmpty();

        browser.get(staff.url("/search"));
        browser.findElement(By.id("q")).sendKeys(marker + " 电梯");
        browser.findElement(By.id("section")).sendKeys("3.5");
        Browser.clickToNewPage(browser, browser.findElement(By.id("search")));
        assertThat(Browser.appears(browser, By.id("total")).getText()).contains("8");
        assertThat(browser.findElements(By.cssSelector("tr.hit td.text mark"))).isNotEmpty();
        WebElement sentimentFacet = browser.findElement(By.cssSelector("#facet-sentiment li"));
        String facetCount = sentimentFacet.findElement(By.className("count")).getText();
        Browser.clickToNewPage(browser, sentimentFacet.findElement(By.tagName("a")));
        assertThat(Browser.appears(browser, By.id("total")).getText()).contains(facetCount);
        assertThat(browser.findElements(By.cssSelector("tr.hit"))).hasSize(Integer.parseInt(facetCount));

        browser.get(staff.url("/sections/3.5/summary"));
        long summaryTotal = Long.parseLong(Browser.appears(browser, By.id("total")).getText());
        long sentimentSum = browser.findElements(By.cssSelector("#by-sentiment .count")).stream()
                .mapToLong(count -> Long.parseLong(count.getText())).sum();
        assertThat(summaryTotal).isGreaterThanOrEqualTo(8);
        assertThat(sentimentSum).isLessThanOrEqualTo(summaryTotal).isGreaterThanOrEqualTo(8);
        assertThat(browser.findElements(By.cssSelector("svg#trend rect"))).isNotEmpty();

        browser.get(staff.url("/search?campaign=" + campaign));
        browser.findElement(By.id("campaign-spam")).click();
        assertThat(Browser.appears(browser, By.id("decided")).getText()).contains("5");

        browser.get(staff.url("/moderation?section=3.5"));
        WebElement replyForm = browser.findElement(By.cssSelector("form.reply-form[data-id='" + complaint + "']"));
        replyForm.findElement(By.name("author")).sendKeys("区住建局");
        replyForm.findElement(By.name("text")).sendKeys("已督促施工单位本月内进场。");
        replyForm.findElement(By.tagName("button")).click();
        Browser.appears(browser, By.id("replied"));
        browser.findElement(By.cssSelector("input[name=ids][value='" + thanks + "']")).click();
        browser.findElement(By.cssSelector("input[name=ids][value='" + complaint + "']")).click();
        browser.findElement(By.id("publish-selected")).click();
        assertThat(Browser.appears(browser, By.id("decided")).getText()).contains("2");

        byte[] csv = staffDownload("/api/v1/staff/comments/export.csv?section=3.5&q=" + URLEncoder.encode(marker + " 电梯", StandardCharsets.UTF_8));
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("我们楼加装电梯拖了两年还没动工", "区住建局", "垃圾信息");
        byte[] xlsx = staffDownload("/api/v1/staff/comments/export.xlsx?section=3.5&q=" + URLEncoder.encode(marker + " 电梯", StandardCharsets.UTF_8));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(8);
            List<String> cells = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> cells.add(cell.getStringCellValue())));
            assertThat(cells).contains(marker + " 老旧小区加装电梯以后，老人上下楼方便多了，感谢政府！", "已督促施工单位本月内进场。");
        }

        await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
            browser.get(portal.url("/sections/3.5"));
            return browser.getPageSource().contains("已督促施工单位本月内进场。") && browser.getPageSource().contains("感谢政府");
        });
        String portalPage = browser.getPageSource();
        assertThat(portalPage).contains("感谢政府", "区住建局").doesNotContain("dt8888").doesNotContain("补贴标准是多少");
    }

    private static void logIn(ChromeDriver browser, String username, String password) {
        browser.get(staff.url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
        Browser.appears(browser, By.cssSelector("form.logout"));
    }

    private static String postComment(String sectionKey, String text) throws Exception {
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/comments")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                        "sectionKey", sectionKey, "text", text, "role", "citizen", "consent", true))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return JSON.readTree(accepted.body()).get("commentId").asText();
    }

    private static String campaignOf(JsonNode result, String commentId) {
        for (JsonNode item : result.get("items")) {
            if (item.get("comment").get("commentId").asText().equals(commentId)) {
                return item.get("comment").get("campaignId").asText();
            }
        }
        throw new AssertionError("comment " + commentId + " is not in the result");
    }

    private static byte[] staffDownload(String path) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(staff.url(path)))
                .header("Authorization", platform.staffAuthorization()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
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
            return browser.findElements(By.cssSelector("tr.hit td.receipt span")).stream()
                    .anyMatch(cell -> cell.getText().equals(receipt));
        });
    }

    private static JsonNode staffSearch(String query) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(
                        staff.url("/api/v1/staff/comments?size=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))))
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
