package cn.hongqi.feedback.e2e;

import cn.hongqi.feedback.testsupport.ElasticsearchNode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker crashes (SIGKILL) while citizens keep posting, and comes back. A receipt is a promise:
 * afterwards every comment that got a 202 is in the index, and no comment that did not is there.
 */
class BrokerOutageIT {

    private static final int CLIENTS = 8;
    private static final Duration BEFORE_THE_CRASH = Duration.ofSeconds(4);
    private static final Duration OUTAGE = Duration.ofSeconds(15);
    private static final Duration SETTLED_WITHIN = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static KafkaProcess kafka;
    private static Platform platform;

    @BeforeAll
    static void startThePlatformOnABrokerThatCanCrash() throws Exception {
        kafka = KafkaProcess.start();
        // Every client posts from 127.0.0.1; this test is about the broker, not the rate limit.
        platform = Platform.start(kafka.bootstrapServers(), Map.of("FEEDBACK_RATE_LIMIT_ADDRESS_CAPACITY", "1000000"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (platform != null) {
            platform.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void afterACrashAndARestartTheIndexHoldsExactlyTheCommentsThatGotAReceipt() throws Exception {
        String marker = "outage" + ThreadLocalRandom.current().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        Set<String> receipted = ConcurrentHashMap.newKeySet();
        Set<String> receiptedAfterRestart = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicBoolean restarted = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger sequence = new AtomicInteger();

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            clients.submit(() -> {
                while (!stop.get()) {
                    String text = marker + " 第" + sequence.incrementAndGet() + "条：老旧小区加装电梯要加快。";
                    try {
                        HttpResponse<String> response = post(text);
                        if (response.statusCode() == 202) {
                            String id = JSON.readTree(response.body()).get("commentId").asText();
                            receipted.add(id);
                            if (restarted.get()) {
                                receiptedAfterRestart.add(id);
                            }
                        } else if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()) {
                            refused.incrementAndGet();
                        } else {
                            unexpected.add(response.statusCode() + " " + response.body());
                        }
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return null;
                    }
                }
                return null;
            });
        }

        Thread.sleep(BEFORE_THE_CRASH.toMillis());
        int beforeTheCrash = receipted.size();
        kafka.kill();
        Thread.sleep(OUTAGE.toMillis());
        int refusedDuringTheOutage = refused.get();
        kafka.startAgain();
        restarted.set(true);
        await("receipts again after the restart").atMost(Duration.ofSeconds(90)).until(() -> receiptedAfterRestart.size() >= CLIENTS);
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(beforeTheCrash).as("comments taken before the crash").isPositive();
        assertThat(refusedDuringTheOutage).as("503s with Retry-After while the broker was down").isPositive();
        assertThat(unexpected).as("answers other than 202 and 503 with Retry-After").isEmpty();
        await("the index to hold exactly the receipted comments").atMost(SETTLED_WITHIN).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(indexedComments(marker)).containsExactlyInAnyOrderElementsOf(receipted));
        // Withdrawals of unacknowledged comments may still be on their way; the answer must stay the same.
        Thread.sleep(5_000);
        assertThat(indexedComments(marker)).containsExactlyInAnyOrderElementsOf(receipted);
    }

    private static HttpResponse<String> post(String text) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(platform.portal.url("/api/v1/comments")))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode()
                            .put("sectionKey", "3.5").put("text", text).put("role", "citizen").put("consent", true).toString()))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the portal stopped answering during the outage", e);
        }
    }

    /** The ids of this run's comments that staff would see: neither withdrawn nor partial. */
    private static Set<String> indexedComments(String marker) throws Exception {
        String query = JSON.createObjectNode().put("size", 10_000).set("query", JSON.readTree("""
                {"bool":{"filter":[{"match_phrase":{"text":"%s"}}],"must_not":[{"term":{"status":"withdrawn"}}]}}""".formatted(marker)))
                .toString();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(ElasticsearchNode.shared().uri() + "/comments/_search?filter_path=hits.hits._id"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).path("hits").path("hits").forEach((JsonNode hit) -> ids.add(hit.get("_id").asText()));
        return new HashSet<>(ids);
    }
}
