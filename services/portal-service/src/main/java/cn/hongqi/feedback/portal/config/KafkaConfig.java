package cn.hongqi.feedback.portal.config;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.Topics;
import cn.hongqi.feedback.portal.PortalProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

import java.util.Map;

/**
 * The producer of the comment log. Durability settings ({@code acks=all}, idempotence, timeouts)
 * are in {@code application.yml}; the serializers come from the topic registry.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfig {

    @Bean
    ProducerFactory<String, CommentEvent> commentEventProducerFactory(KafkaProperties kafka) {
        return new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties(),
                Topics.COMMENT_EVENTS.keySerde().serializer(), Topics.COMMENT_EVENTS.valueSerde().serializer());
    }

    @Bean
    KafkaTemplate<String, CommentEvent> commentEventTemplate(ProducerFactory<String, CommentEvent> factory) {
        return new KafkaTemplate<>(factory);
    }

    /** Reads the comment log without a consumer group and without committing: every start counts from the beginning. */
    @Bean
    ConcurrentKafkaListenerContainerFactory<String, CommentEvent> commentCountsListenerFactory(KafkaProperties kafka) {
        Map<String, Object> properties = kafka.buildConsumerProperties();
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        ConcurrentKafkaListenerContainerFactory<String, CommentEvent> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(properties,
                new ErrorHandlingDeserializer<>(Topics.COMMENT_EVENTS.keySerde().deserializer()),
                new ErrorHandlingDeserializer<>(Topics.COMMENT_EVENTS.valueSerde().deserializer())));
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL);
        return factory;
    }

    @Bean
    NewTopic commentEventsTopic(PortalProperties properties) {
        return Topics.COMMENT_EVENTS.definition(properties.topicReplicas());
    }
}
