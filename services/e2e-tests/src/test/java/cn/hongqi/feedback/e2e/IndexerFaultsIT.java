package cn.hongqi.feedback.e2e;

import cn.hongqi.feedback.testsupport.ElasticsearchNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

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
 * The indexer's two failures under load: its own crash in the middle of a batch, and Elasticsearch
 * stopped dead for 30 s. Afterwards the index holds exactly the comments that got a receipt, once.
 */
class IndexerFaultsIT {

    private static final int CLIENTS = 16;
    private static final Duration SETTLED_WITHIN = Duration.ofSeconds(180);
    private static final Duration FROZEN = Duration.ofSeconds(30);

    private static EmbeddedKafkaKraftBroker kafka;
    private static Platform platform;

    @BeforeAll
    static void startThePlatform() throws Exception {
        kafka = new EmbeddedKafkaKraftBroker(1, 6);
        kafka.afterPropertiesSet();
        // Every client posts from 127.0.0.1; these tests are about the indexer, not the rate limit.
        platform = Platform.start(kafka.getBrokersAsString(), Map.of("FEEDBACK_RATE_LIMIT_ADDRESS_CAPACITY", "1000000"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (platform != null) {
            platform.close();
        }
        if (kafka != null) {
            kafka.destroy();
        }
    }

    @Test
    void anIndexerKilledMidBatchIndexesEveryAcceptedCommentOnceAfterItsRestart() throws Exception {
        String marker = CommentTraffic.marker("crash");
        Traffic traffic = Traffic.start(marker, 3_000);
        await("some comments indexed before the crash").atMost(SETTLED_WITHIN).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions().until(() -> CommentTraffic.indexedComments(marker).size() >= 300);

        platform.crashAndRestartIndexer();
        traffic.finish();

        assertThat(traffic.unexpected).isEmpty();
        assertThat(traffic.accepted).hasSize(3_000);
        await("every accepted comment indexed").atMost(SETTLED_WITHIN).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(CommentTraffic.indexedComments(marker)).containsExactlyInAnyOrderElementsOf(traffic.accepted));
    }

    @Test
    void elasticsearchStoppedForThirtySecondsUnderLoadLosesNothing() throws Exception {
        String marker = CommentTraffic.marker("frozen");
        Traffic traffic = Traffic.start(marker, 2_000);
        await("comments flowing").atMost(SETTLED_WITHIN).until(() -> traffic.accepted.size() >= 100);
        ElasticsearchNode.shared().freeze();
        try {
            int acceptedAtTheFreeze = traffic.accepted.size();
            // Stopped for thirty seconds, while the portal goes on taking comments.
            await("comments taken while the index is frozen").pollDelay(FROZEN).atMost(FROZEN.plusSeconds(60))
                    .until(() -> traffic.accepted.size() > acceptedAtTheFreeze);
        } finally {
            ElasticsearchNode.shared().thaw();
        }
        traffic.finish();

        assertThat(traffic.unexpected).as("the portal takes comments while the index is down").isEmpty();
        assertThat(traffic.accepted).hasSize(2_000);
        await("every accepted comment indexed").atMost(SETTLED_WITHIN).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .untilAsserted(() -> assertThat(CommentTraffic.indexedComments(marker)).containsExactlyInAnyOrderElementsOf(traffic.accepted));
    }

    /** {@value #CLIENTS} clients posting a fixed number of comments between them, as fast as the portal answers. */
    private static final class Traffic {

        final Set<String> accepted = ConcurrentHashMap.newKeySet();
        final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

        static Traffic start(String marker, int comments) {
            Traffic traffic = new Traffic();
            AtomicInteger next = new AtomicInteger();
            AtomicBoolean failed = new AtomicBoolean();
            for (int client = 0; client < CLIENTS; client++) {
                traffic.clients.submit(() -> {
                    int n;
                    while ((n = next.getAndIncrement()) < comments && !failed.get()) {
                        HttpResponse<String> response = CommentTraffic.post(platform.portal,
                                marker + " 第" + n + "条：小区停车难，建议建设立体停车场。");
                        if (response.statusCode() == 202) {
                            traffic.accepted.add(CommentTraffic.commentId(response));
                        } else {
                            traffic.unexpected.add(response.statusCode() + " " + response.body());
                            failed.set(true);
                        }
                    }
                    return null;
                });
            }
            return traffic;
        }

        void finish() throws InterruptedException {
            clients.shutdown();
            assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        }
    }
}
