package cn.hongqi.feedback.indexer.comment;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
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
        Consumer<String, CommentEvent> consumer = new DefaultKafkaConsumerFactory<>(properties(),
                new ErrorHandlingDeserializer<>(Topics.COMMENT_EVENTS.keySerde().deserializer()),
                new ErrorHandlingDeserializer<>(Topics.COMMENT_EVENTS.valueSerde().deserializer())).createConsumer();
        assignFromTheStart(consumer, Topics.COMMENT_EVENTS.name());
        return consumer;
    }

    /** A consumer of raw bytes, for the dead-letter topic, whose records may not be readable at all. */
    Consumer<String, byte[]> deadLetters() {
        Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(properties(),
                Topics.COMMENT_EVENTS.keySerde().deserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer()).createConsumer();
        assignFromTheStart(consumer, Topics.COMMENT_EVENTS.deadLetterName());
        return consumer;
    }

    /** Whether every partition has been read up to the offsets given. */
    static boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>(kafka.buildConsumerProperties());
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        return properties;
    }

    private static void assignFromTheStart(Consumer<?, ?> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }
}
