package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.CommentSubmitted;
import cn.hongqi.feedback.events.Topics;
import cn.hongqi.feedback.portal.IndexedComments;
import cn.hongqi.feedback.portal.PortalIntegrationTest;
import cn.hongqi.feedback.testsupport.badinput.BadInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.hongqi.feedback.testsupport.badinput.BadInputAnswers.assertAnswered;
import static cn.hongqi.feedback.testsupport.badinput.BadInputAnswers.assertShownAsText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bad-input corpus against the portal's JSON API and its comment form, over a real socket. An
 * accepted comment must be on the comment log as the portal promised to keep it, and, once
 * published, shown on its section page as text, never as markup.
 */
@PortalIntegrationTest
class BadInputIntegrationTests {

    private static final String CORPUS = "cn.hongqi.feedback.testsupport.badinput.BadInputCorpus#";
    private static final String SECTION = "3.4";
    private static final String NO_TAGS = "(?!)";
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private static final Pattern RECEIPT = Pattern.compile("id=\"receipt\" class=\"receipt\">([^<]+)<");
    private static final Set<String> WITHOUT_BODY = Set.of("GET", "DELETE", "TRACE");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Every comment read off the log so far, by comment id and by receipt; one consumer serves all cases. */
    private static final Map<String, CommentSubmitted> SUBMITTED = new ConcurrentHashMap<>();
    private static Consumer<String, CommentEvent> commentLog;

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    IndexedComments comments;

    @Autowired
    ObjectMapper json;

    @AfterAll
    static void closeCommentLog() {
        if (commentLog != null) {
            commentLog.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(CORPUS + "portalApi")
    void theCommentApi(BadInput badInput) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/comments" + query(badInput)));
        String contentType = badInput.string("contentType", "application/json");
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        badInput.input().path("headers").forEach(header -> request.header(header.get(0).asText(), header.get(1).asText()));
        HttpResponse<String> response = HTTP.send(withBody(request, badInput, apiBody(badInput)).build(), HttpResponse.BodyHandlers.ofString());

        assertAnswered(badInput, response.statusCode(), response.body());
        if (badInput.accepted()) {
            String commentId = json.readTree(response.body()).path("commentId").asText();
            assertKeptAndShownAsText(badInput, submitted(comment -> comment.commentId().equals(commentId)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(CORPUS + "portalForm")
    void theCommentForm(BadInput badInput) throws Exception {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();
        Matcher token = FORM_TOKEN.matcher(browser.send(HttpRequest.newBuilder(uri("/sections/" + SECTION)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(token.find()).as("the section page has a form token").isTrue();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/sections/" + badInput.string("section", SECTION) + "/comments"))
                .header("Content-Type", badInput.string("contentType", "application/x-www-form-urlencoded"))
                .header("Accept", "text/html");
        HttpResponse<String> response = browser.send(withBody(request, badInput, formBody(badInput, token.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertAnswered(badInput, response.statusCode(), response.body());
        if (badInput.accepted()) {
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/receipt"));
            Matcher receipt = RECEIPT.matcher(browser.send(HttpRequest.newBuilder(uri("/receipt")).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(receipt.find()).as("the receipt page shows the receipt").isTrue();
            assertKeptAndShownAsText(badInput, submitted(comment -> comment.receipt().equals(receipt.group(1))));
        } else if (!badInput.has("body") && response.body().contains("<textarea")) {
            assertShownAsText(badInput, response.body(), "aria-describedby=\"text-hint\">", "</textarea>", NO_TAGS, badInput.text());
        }
    }

    /** The text reached the log as it must be kept, and its section page shows it, once published, as text. */
    private void assertKeptAndShownAsText(BadInput badInput, CommentSubmitted submitted) throws Exception {
        badInput.stored().ifPresent(stored -> assertThat(submitted.text()).as(badInput + " kept as").isEqualTo(stored));
        comments.add(submitted.receipt(), SECTION, submitted.text(), "published", submitted.displayName(), null, null);
        String page = HTTP.send(HttpRequest.newBuilder(uri("/sections/" + SECTION)).build(), HttpResponse.BodyHandlers.ofString()).body();
        int shown = page.indexOf("id=\"comment-" + submitted.receipt() + "\"");
        assertThat(shown).as(badInput + " is published on its section page").isNotNegative();
        assertShownAsText(badInput, page.substring(shown), "<p class=\"text\">", "</p>", NO_TAGS, submitted.text());
    }

    private byte[] apiBody(BadInput badInput) throws Exception {
        if (badInput.has("body") || badInput.has("bodyBase64")) {
            return badInput.bytes("body");
        }
        ObjectNode body = json.createObjectNode().put("sectionKey", SECTION).put("role", "citizen").put("consent", true)
                .put("text", badInput.text());
        badInput.input().path("fields").fields().forEachRemaining(field -> body.set(field.getKey(), field.getValue()));
        return json.writeValueAsBytes(body);
    }

    /** The form as a browser posts it, with this browser's token, unless the case brings its own body. */
    private static byte[] formBody(BadInput badInput, String token) {
        StringBuilder form = new StringBuilder();
        if (badInput.has("body")) {
            form.append(badInput.string("body"));
        } else {
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            fields.put("consent", TextNode.valueOf("true"));
            fields.put("text", TextNode.valueOf(badInput.text()));
            badInput.input().path("fields").fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue()));
            fields.forEach((name, values) -> appendValues(form, name, values));
        }
        form.append("&formToken=").append(token);
        if (badInput.input().path("duplicateToken").asBoolean()) {
            form.append("&formToken=").append(token);
        }
        return form.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendValues(StringBuilder form, String name, JsonNode values) {
        Iterable<JsonNode> each = values.isArray() ? values : List.of(values);
        each.forEach(value -> {
            if (!value.isNull()) {
                form.append('&').append(name).append('=').append(encoded(value.asText()));
            }
        });
    }

    private static HttpRequest.Builder withBody(HttpRequest.Builder request, BadInput badInput, byte[] body) {
        String method = badInput.string("method", "POST");
        return request.method(method, WITHOUT_BODY.contains(method) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static String query(BadInput badInput) {
        return badInput.has("query") ? "?" + badInput.string("query") : "";
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The first comment on the log that matches, read with the one consumer all cases share. */
    private CommentSubmitted submitted(Predicate<CommentSubmitted> wanted) {
        synchronized (SUBMITTED) {
            if (commentLog == null) {
                Map<String, Object> properties = KafkaTestUtils.consumerProps("bad-input-" + UUID.randomUUID(), "false", broker);
                properties.put("auto.offset.reset", "earliest");
                commentLog = new DefaultKafkaConsumerFactory<>(properties, Topics.COMMENT_EVENTS.keySerde().deserializer(),
                        Topics.COMMENT_EVENTS.valueSerde().deserializer()).createConsumer();
                commentLog.subscribe(List.of(Topics.COMMENT_EVENTS.name()));
            }
            return await().atMost(Duration.ofSeconds(15)).until(() -> {
                for (ConsumerRecord<String, CommentEvent> record : commentLog.poll(Duration.ofMillis(100))) {
                    if (record.value() instanceof CommentSubmitted comment) {
                        SUBMITTED.put(comment.commentId(), comment);
                    }
                }
                return SUBMITTED.values().stream().filter(wanted).findFirst().orElse(null);
            }, found -> found != null);
        }
    }
}
