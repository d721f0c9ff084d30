package cn.hongqi.feedback.indexer.comment;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.Topic;
import cn.hongqi.feedback.events.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/** Consumers that read a topic from its first offset, outside any consumer group. */
@Component
class LogReplay {

    private final KafkaProperties kafka;

    LogReplay(KafkaProperties kafka) {
        this.kafka = kafka;
    }

    /** A consumer of the comment log, assigned every partition and positioned at the beginning. */
    Consumer<String, CommentEvent> commentLog() {
        return Topics.COMMENT_EVENTS.replayingConsumer(properties());
    }

    /** A consumer of raw bytes, for the dead-letter topic, whose records may not be readable at all. */
    Consumer<String, byte[]> deadLetters() {
        Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(Topic.outsideAnyGroup(properties()),
                Topics.COMMENT_EVENTS.keySerde().deserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer()).createConsumer();
        Topic.assignFromTheStart(consumer, Topics.COMMENT_EVENTS.deadLetterName());
        return consumer;
    }

    /** Whether every partition has been read up to the offsets given. */
    static boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>(kafka.buildConsumerProperties());
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        return properties;
    }
}
