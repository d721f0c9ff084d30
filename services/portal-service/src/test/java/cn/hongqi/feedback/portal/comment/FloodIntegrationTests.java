package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.events.CommentSubmitted;
import cn.hongqi.feedback.portal.PortalIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients at once send valid comments, every kind of bad input, repeats and page views, over
 * real sockets. The portal keeps answering, answers each request as it would alone, never with a
 * 5xx or a stack trace, and every 202 it gave is on the comment log exactly once.
 */
@PortalIntegrationTest
class FloodIntegrationTests {

    private static final int CLIENTS = 64;
    private static final int REQUESTS = 3_000;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    ObjectMapper json;

    /** One kind of request and the status it must get, flood or no flood. */
    private record Kind(String name, int expectedStatus, String contentType, byte[] body, String path) {
    }

    @Test
    void underAFloodOfValidAndInvalidRequestsEveryAnswerIsTheRightOneAndEveryReceiptIsOnTheLog() throws Exception {
        String marker = "flood" + UUID.randomUUID().toString().substring(0, 8);
        String idempotencyKey = marker + "-key";
        Set<String> receipted = ConcurrentHashMap.newKeySet();
        Set<String> idempotentReceipts = ConcurrentHashMap.newKeySet();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> healthAnswers = new ConcurrentLinkedQueue<>();

        ScheduledExecutorService health = Executors.newSingleThreadScheduledExecutor();
        health.scheduleWithFixedDelay(() -> healthAnswers.add(get("/actuator/health").statusCode()), 0, 100, TimeUnit.MILLISECONDS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                int n = i;
                sent.add(clients.submit(() -> {
                    Kind kind = kind(n, marker);
                    HttpResponse<String> response = kind.path() != null ? get(kind.path())
                            : post(kind, n % 20 == 1 ? idempotencyKey : null);
                    if (response.statusCode() != kind.expectedStatus()) {
                        wrong.add(kind.name() + " got " + response.statusCode() + ": " + response.body());
                    }
                    if (response.statusCode() >= 500 || response.body().contains("Exception") || response.body().contains("\tat ")) {
                        wrong.add(kind.name() + " leaked a server error: " + response.body());
                    }
                    if (response.statusCode() == 202) {
                        String commentId = json.readTree(response.body()).get("commentId").asText();
                        (n % 20 == 1 ? idempotentReceipts : receipted).add(commentId);
                    }
                    return null;
                }));
            }
            for (Future<?> request : sent) {
                request.get();
            }
        } finally {
            clients.shutdownNow();
            health.shutdown();
            health.awaitTermination(10, TimeUnit.SECONDS);
        }

        assertThat(wrong).isEmpty();
        assertThat(healthAnswers).isNotEmpty().allMatch(status -> status == 200);
        assertThat(idempotentReceipts).as("one receipt for every repeat of the same key").hasSize(1);
        Set<String> expected = new HashSet<>(receipted);
        expected.addAll(idempotentReceipts);
        Map<String, Long> onTheLog = CommentLog.recordsWithKeyMatching(broker,
                        record -> record.value() instanceof CommentSubmitted submitted && submitted.text().startsWith(marker),
                        Duration.ofSeconds(10))
                .stream().collect(Collectors.groupingBy(record -> record.key(), Collectors.counting()));
        assertThat(onTheLog.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(onTheLog.values()).allMatch(copies -> copies == 1);
    }

    /** Two in five requests are valid comments; the rest are every refusal the portal knows, and page views. */
    private static Kind kind(int n, String marker) {
        String valid = comment(marker + " 第" + n + "条：建议增加社区老年助餐点。", "3.7", "citizen", true);
        return switch (n % 20) {
            case 0, 2, 3, 4, 5, 6, 7 -> new Kind("valid", 202, "application/json", utf8(valid), null);
            case 1 -> new Kind("idempotent repeat", 202, "application/json",
                    utf8(comment(marker + " 同一个幂等键的意见", "3.7", "citizen", true)), null);
            case 8 -> new Kind("blank", 400, "application/json", utf8(comment(" \\n ", "3.7", "citizen", true)), null);
            case 9 -> new Kind("too long", 400, "application/json", utf8(comment("字".repeat(2001), "3.7", "citizen", true)), null);
            case 10 -> new Kind("unknown section", 422, "application/json", utf8(comment(marker + " 意见", "9.9", "citizen", true)), null);
            case 11 -> new Kind("malformed json", 400, "application/json", utf8("{\"sectionKey\":\"3.7\",\"text\":"), null);
            case 12 -> new Kind("wrong content type", 415, "text/plain", utf8(valid), null);
            case 13 -> new Kind("not utf-8", 400, "application/json", valid.getBytes(Charset.forName("GBK")), null);
            case 14 -> new Kind("control characters", 400, "application/json",
                    utf8(comment(marker + " 意见\\u0007", "3.7", "citizen", true)), null);
            case 15 -> new Kind("over the body limit", 413, "application/json", utf8(comment("字".repeat(20_000), "3.7", "citizen", true)), null);
            case 16 -> new Kind("delegate without login", 403, "application/json", utf8(comment(marker + " 意见", "3.7", "delegate", true)), null);
            case 17 -> new Kind("no consent", 400, "application/json", utf8(comment(marker + " 意见", "3.7", "citizen", false)), null);
            case 18 -> new Kind("section page", 200, null, null, "/sections/3.7");
            default -> new Kind("contents page", 200, null, null, "/");
        };
    }

    private static String comment(String text, String sectionKey, String role, boolean consent) {
        return "{\"sectionKey\":\"" + sectionKey + "\",\"text\":\"" + text + "\",\"role\":\"" + role + "\",\"consent\":" + consent + "}";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(Kind kind, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/comments"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", kind.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(kind.body()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("the portal did not answer " + path, e);
        }
    }
}
