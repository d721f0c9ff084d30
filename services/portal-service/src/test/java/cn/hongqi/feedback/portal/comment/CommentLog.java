package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads the comment log of the test broker, to see what the portal really published. */
final class CommentLog {

    private CommentLog() {
    }

    /** Every record on the topic with this key, read from the beginning for {@code within}. */
    static List<ConsumerRecord<String, CommentEvent>> recordsWithKey(EmbeddedKafkaBroker broker, String key, Duration within) {
        return recordsWithKeyMatching(broker, record -> key.equals(record.key()), within);
    }

    /** Every record on the topic that matches, read from the beginning for {@code within}. */
    static List<ConsumerRecord<String, CommentEvent>> recordsWithKeyMatching(EmbeddedKafkaBroker broker,
            Predicate<ConsumerRecord<String, CommentEvent>> matches, Duration within) {
        Map<String, Object> properties = KafkaTestUtils.consumerProps("test-" + UUID.randomUUID(), "false", broker);
        properties.put("auto.offset.reset", "earliest");
        List<ConsumerRecord<String, CommentEvent>> found = new ArrayList<>();
        try (Consumer<String, CommentEvent> consumer = new DefaultKafkaConsumerFactory<>(properties,
                Topics.COMMENT_EVENTS.keySerde().deserializer(), Topics.COMMENT_EVENTS.valueSerde().deserializer()).createConsumer()) {
            consumer.subscribe(List.of(Topics.COMMENT_EVENTS.name()));
            Instant deadline = Instant.now().plus(within);
            while (Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (matches.test(record)) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }
}
