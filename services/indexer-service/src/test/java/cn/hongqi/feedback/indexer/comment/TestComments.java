package cn.hongqi.feedback.indexer.comment;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.CommentSubmitted;
import cn.hongqi.feedback.events.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import java.time.Instant;
import java.util.UUID;

/** Comments written onto the test broker's comment log, as the portal would write them. */
final class TestComments {

    private TestComments() {
    }

    static CommentSubmitted submitted(String sectionKey, String text) {
        return new CommentSubmitted(UUID.randomUUID().toString(), "TEST-0000-0001", "hongqi-2020", sectionKey, null, text,
                null, Instant.now());
    }

    /** Returns once the broker has the record. */
    static void send(EmbeddedKafkaBroker broker, ProducerRecord<String, CommentEvent> record) throws Exception {
        try (KafkaProducer<String, CommentEvent> producer = new KafkaProducer<>(KafkaTestUtils.producerProps(broker),
                Topics.COMMENT_EVENTS.keySerde().serializer(), Topics.COMMENT_EVENTS.valueSerde().serializer())) {
            producer.send(record).get();
        }
    }
}
