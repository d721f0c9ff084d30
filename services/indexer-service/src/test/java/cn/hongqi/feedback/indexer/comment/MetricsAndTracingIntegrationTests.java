package cn.hongqi.feedback.indexer.comment;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.CommentSubmitted;
import cn.hongqi.feedback.events.Topics;
import cn.hongqi.feedback.testsupport.ElasticsearchNode;
import cn.hongqi.feedback.testsupport.Prometheus;
import cn.hongqi.feedback.testsupport.Traces;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static cn.hongqi.feedback.indexer.comment.TestComments.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an operator sees of the indexer: its meters at {@code /actuator/prometheus}, read without a
 * login, and each comment's trace, continued from the {@code traceparent} header its producer wrote.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(kraft = true, partitions = 6, topics = {"feedback.comment-events", "feedback.comment-events.DLT"})
@AutoConfigureObservability
@ExtendWith(OutputCaptureExtension.class)
class MetricsAndTracingIntegrationTests {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final Duration LAG_BOUND_WITHIN = Duration.ofMinutes(3);

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("spring.elasticsearch.uris", () -> ElasticsearchNode.shared().uri());
    }

    @Test
    void theEndpointAnswersWithoutALoginAndNamesEveryIndexerMeter() {
        Prometheus.Scrape scrape = Prometheus.scrape(port);

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body()).contains("feedback_indexer_bulk_size", "feedback_indexer_bulk_seconds",
                "feedback_indexer_index_errors_total{kind=\"item-rejected\"", "feedback_indexer_index_errors_total{kind=\"unavailable\"",
                "feedback_indexer_dead_letters_total", "feedback_indexer_rebuild_progress");
        assertThat(scrape.sum("feedback_indexer_rebuild_progress")).isZero();
    }

    @Test
    void indexedCommentsAreCountedByBulkAndByChapterAndSentimentAndTheLagOfEveryPartitionIsShown() throws Exception {
        Prometheus.Scrape before = Prometheus.scrape(port);

        send(new ProducerRecord<>(Topics.COMMENT_EVENTS.name(), null, submitted("5.2", "希望继续加大对小微企业的扶持力度，效果很好")));
        send(new ProducerRecord<>(Topics.COMMENT_EVENTS.name(), null, submitted("5.3", "物价上涨太快，生活压力很大")));

        await().atMost(WITHIN).untilAsserted(() -> {
            Prometheus.Scrape after = Prometheus.scrape(port);
            assertThat(after.sum("feedback_indexer_bulk_seconds_count")).isGreaterThan(before.sum("feedback_indexer_bulk_seconds_count"));
            assertThat(after.sum("feedback_indexer_bulk_size_sum")).isGreaterThan(before.sum("feedback_indexer_bulk_size_sum"));
            assertThat(after.sum("feedback_comments_sentiment_total", "section=\"5\""))
                    .isEqualTo(before.sum("feedback_comments_sentiment_total", "section=\"5\"") + 2);
            assertThat(after.samples("feedback_comments_sentiment_total")).allSatisfy(sample ->
                    assertThat(sample).containsPattern("section=\"\\d+\"").containsPattern("sentiment=\"(positive|neutral|negative)\""));
        });
        // Micrometer binds a client's new metrics (a partition's lag appears once it is assigned) once a minute.
        await().atMost(LAG_BOUND_WITHIN).untilAsserted(() ->
                // Kafka's client writes the topic in this tag with underscores for dots.
                assertThat(Prometheus.scrape(port).samples("kafka_consumer_fetch_manager_records_lag", "topic=\"feedback_comment-events\""))
                        .anySatisfy(sample -> assertThat(sample).containsPattern("partition=\"\\d\"")));
    }

    @Test
    void aRecordNobodyCanReadIsCountedAsParked() throws Exception {
        double parked = Prometheus.scrape(port).sum("feedback_indexer_dead_letters_total");

        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KafkaTestUtils.producerProps(broker),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.COMMENT_EVENTS.name(), "unreadable", "{not json".getBytes(StandardCharsets.UTF_8))).get();
        }

        await().atMost(WITHIN).untilAsserted(() ->
                assertThat(Prometheus.scrape(port).sum("feedback_indexer_dead_letters_total")).isEqualTo(parked + 1));
    }

    @Test
    void indexingACommentContinuesTheTraceInItsTraceparentHeader(CapturedOutput output) throws Exception {
        Traces.Traceparent producer = Traces.Traceparent.random();
        CommentSubmitted submitted = submitted("3.5", "希望加快老旧小区加装电梯");
        ProducerRecord<String, CommentEvent> record = new ProducerRecord<>(Topics.COMMENT_EVENTS.name(), submitted.commentId(), submitted);
        record.headers().add("traceparent", producer.header().getBytes(StandardCharsets.US_ASCII));

        send(record);

        await().atMost(WITHIN).untilAsserted(() ->
                assertThat(Traces.loggedWith(output.getOut(), "Indexed a change to comment " + submitted.commentId()))
                        .containsExactly(producer.traceId()));
    }

    private void send(ProducerRecord<String, CommentEvent> record) throws Exception {
        TestComments.send(broker, record);
    }
}
