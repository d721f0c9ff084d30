package cn.hongqi.feedback.indexer.comment;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.CommentSubmitted;
import cn.hongqi.feedback.events.Topics;
import cn.hongqi.feedback.index.CommentIndex;
import cn.hongqi.feedback.testsupport.ElasticsearchNode;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The indexer's tools on their own broker: a rebuild while comments keep arriving, and the dead-letter topic. */
@SpringBootTest(properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "feedback.indexer.bulk-max-operations=500"})
@EmbeddedKafka(kraft = true, partitions = 6, topics = {"feedback.comment-events", "feedback.comment-events.DLT"})
class IndexerToolsIntegrationTests {

    private static final Duration SETTLED_WITHIN = Duration.ofSeconds(60);

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    CommentIndex index;

    @Autowired
    RebuildIndex rebuild;

    @Autowired
    DeadLetters deadLetters;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("spring.elasticsearch.uris", () -> ElasticsearchNode.shared().uri());
    }

    @Test
    void aRebuildWhileCommentsKeepArrivingMissesNoneAndSwapsTheAliasKeepingTheOldIndex() throws Exception {
        String marker = "rebuild" + UUID.randomUUID().toString().substring(0, 8);
        publish(marker, 0, 300);
        await().atMost(SETTLED_WITHIN).ignoreExceptions().until(() -> count(marker) == 300);

        CompletableFuture<Void> arriving = CompletableFuture.runAsync(() -> publish(marker, 300, 200));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        RebuildIndex.Outcome outcome = rebuild.run(new PrintStream(output, true, StandardCharsets.UTF_8));
        arriving.get();

        assertThat(index.liveIndex()).isEqualTo(outcome.rebuilt()).isNotEqualTo(outcome.previous());
        assertThat(index.versions()).contains(outcome.previous(), outcome.rebuilt());
        await().atMost(SETTLED_WITHIN).until(() -> count(marker) == 500);
        assertThat(outcome.refused()).isEmpty();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("records", "/s", "ETA", "now points at " + outcome.rebuilt());
    }

    @Test
    void aParkedRecordIsListedWithItsReasonAndReplayedIntoTheIndex() throws Exception {
        CommentSubmitted parked = submitted("dlt" + UUID.randomUUID().toString().substring(0, 8) + " 加装电梯要公开进度");
        byte[] bytes = Topics.COMMENT_EVENTS.valueSerde().serializer().serialize(Topics.COMMENT_EVENTS.name(), parked);
        ProducerRecord<String, byte[]> deadLetter = new ProducerRecord<>(Topics.COMMENT_EVENTS.deadLetterName(), 0,
                parked.commentId(), bytes);
        deadLetter.headers().add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, "mapping refused the field".getBytes(StandardCharsets.UTF_8));
        deadLetter.headers().add(KafkaHeaders.DLT_ORIGINAL_TOPIC, Topics.COMMENT_EVENTS.name().getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KafkaTestUtils.producerProps(broker),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(deadLetter).get();
        }

        ByteArrayOutputStream listing = new ByteArrayOutputStream();
        assertThat(deadLetters.list(new PrintStream(listing, true, StandardCharsets.UTF_8))).isGreaterThanOrEqualTo(1);
        assertThat(listing.toString(StandardCharsets.UTF_8)).contains(parked.commentId(), "mapping refused the field", "加装电梯");

        deadLetters.replayAll(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        await().atMost(SETTLED_WITHIN).ignoreExceptions().until(() -> elasticsearch.get(get -> get.index(CommentIndex.ALIAS)
                .id(parked.commentId()), Object.class).found());
    }

    private long count(String marker) throws Exception {
        elasticsearch.indices().refresh(refresh -> refresh.index(CommentIndex.ALIAS));
        return elasticsearch.count(count -> count.index(CommentIndex.ALIAS)
                .query(query -> query.matchPhrase(phrase -> phrase.field("text").query(marker)))).count();
    }

    private void publish(String marker, int from, int count) {
        try (KafkaProducer<String, CommentEvent> producer = new KafkaProducer<>(KafkaTestUtils.producerProps(broker),
                Topics.COMMENT_EVENTS.keySerde().serializer(), Topics.COMMENT_EVENTS.valueSerde().serializer())) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (int i = from; i < from + count; i++) {
                CommentSubmitted comment = submitted(marker + " 第" + i + "条 建议增设老年助餐点");
                sent.add(producer.send(new ProducerRecord<>(Topics.COMMENT_EVENTS.name(), comment.commentId(), comment)));
            }
            for (java.util.concurrent.Future<?> send : sent) {
                send.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static CommentSubmitted submitted(String text) {
        return new CommentSubmitted(UUID.randomUUID().toString(), "TEST-0000-0003", "hongqi-2020", "3.7", null, text,
                null, Instant.now());
    }
}
