package cn.hongqi.feedback.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serde;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A topic name paired with the serdes of its keys and values, so that a service cannot read or
 * write a topic with the wrong types.
 */
public record Topic<K, V>(String name, int partitions, Map<String, String> configs, Serde<K> keySerde, Serde<V> valueSerde) {

    /** The topic where records that can never be processed are parked, with the reason in headers. */
    public String deadLetterName() {
        return name + ".DLT";
    }

    public NewTopic definition(int replicas) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicas).configs(configs).build();
    }

    /**
     * A listener container factory for views that every start rebuilds from the topic's first offset:
     * no consumer group, no commits, unreadable records handed over as null values.
     */
    public ConcurrentKafkaListenerContainerFactory<K, V> replayingListenerFactory(Map<String, Object> consumerProperties) {
        ConcurrentKafkaListenerContainerFactory<K, V> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(replayingConsumerFactory(consumerProperties));
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL);
        return factory;
    }

    /**
     * A consumer of the whole topic for a one-off read: outside any consumer group, committing
     * nothing, assigned every partition at its first offset, unreadable records as null values.
     */
    public Consumer<K, V> replayingConsumer(Map<String, Object> consumerProperties) {
        Consumer<K, V> consumer = replayingConsumerFactory(consumerProperties).createConsumer();
        assignFromTheStart(consumer, name);
        return consumer;
    }

    private DefaultKafkaConsumerFactory<K, V> replayingConsumerFactory(Map<String, Object> consumerProperties) {
        return new DefaultKafkaConsumerFactory<>(outsideAnyGroup(consumerProperties),
                new ErrorHandlingDeserializer<>(keySerde.deserializer()), new ErrorHandlingDeserializer<>(valueSerde.deserializer()));
    }

    /** Consumer settings for a reader that belongs to no group and so never commits offsets. */
    public static Map<String, Object> outsideAnyGroup(Map<String, Object> consumerProperties) {
        Map<String, Object> properties = new HashMap<>(consumerProperties);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return properties;
    }

    /** Assigns the consumer every partition of the topic named, each at its first offset. */
    public static void assignFromTheStart(Consumer<?, ?> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /**
     * A template whose sends complete only once every in-sync replica has the record ({@code acks=all},
     * idempotent): for writers that tell someone a change was saved.
     */
    public KafkaTemplate<K, V> acknowledgedTemplate(Map<String, Object> producerProperties) {
        Map<String, Object> properties = new HashMap<>(producerProperties);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(properties, keySerde.serializer(), valueSerde.serializer()));
    }

    /** The dead-letter topic has the same partitions, so a record keeps its partition number there. */
    public NewTopic deadLetterDefinition(int replicas) {
        return TopicBuilder.name(deadLetterName()).partitions(partitions).replicas(replicas).build();
    }
}
