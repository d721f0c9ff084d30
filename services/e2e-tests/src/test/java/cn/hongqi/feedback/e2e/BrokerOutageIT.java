package cn.hongqi.feedback.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    private static final Duration OUTAGE = Duration.ofSeconds(15);
    private static final Duration SETTLED_WITHIN = Duration.ofSeconds(120);

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
        String marker = CommentTraffic.marker("outage");
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
                        HttpResponse<String> response = CommentTraffic.post(platform.portal, text);
                        if (response.statusCode() == 202) {
                            String id = CommentTraffic.commentId(response);
                            receipted.add(id);
                            if (restarted.get()) {
                                receiptedAfterRestart.add(id);
                            }
                        } else if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()) {
                            refused.incrementAndGet();
                        } else {
                            unexpected.add(response.statusCode() + " " + response.body());
                        }
                    } catch (InterruptedException e) {
                        return null;
                    }
                }
                return null;
            });
        }

        await("comments taken before the crash").atMost(Duration.ofSeconds(60)).until(() -> receipted.size() >= 100);
        int beforeTheCrash = receipted.size();
        kafka.kill();
        // The outage lasts OUTAGE, and citizens are told to come back while it does.
        await("503s while the broker is down").pollDelay(OUTAGE).atMost(OUTAGE.plusSeconds(60)).until(() -> refused.get() > 0);
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
                .untilAsserted(() -> assertThat(CommentTraffic.indexedComments(marker)).containsExactlyInAnyOrderElementsOf(receipted));
        // Withdrawals of unacknowledged comments may still be on their way; the answer must stay the same.
        await("the index to stay so").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(CommentTraffic.indexedComments(marker)).containsExactlyInAnyOrderElementsOf(receipted));
    }
}
