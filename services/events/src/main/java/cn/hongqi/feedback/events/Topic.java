package cn.hongqi.feedback.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serde;
import org.springframework.kafka.config.TopicBuilder;

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

    /** The dead-letter topic has the same partitions, so a record keeps its partition number there. */
    public NewTopic deadLetterDefinition(int replicas) {
        return TopicBuilder.name(deadLetterName()).partitions(partitions).replicas(replicas).build();
    }
}
