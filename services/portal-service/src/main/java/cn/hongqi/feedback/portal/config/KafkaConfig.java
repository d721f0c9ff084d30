package cn.hongqi.feedback.portal.config;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.Topics;
import cn.hongqi.feedback.portal.PortalProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.kafka.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The producer of the comment log. Durability settings ({@code acks=all}, idempotence, timeouts)
 * are in {@code application.yml}; the serializers come from the topic registry.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfig {

    /** Boot's customizers (the producer's client metrics among them) reach only the factory Boot builds itself. */
    @Bean
    ProducerFactory<String, CommentEvent> commentEventProducerFactory(KafkaProperties kafka,
                                                                      ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
        DefaultKafkaProducerFactory<String, CommentEvent> factory = new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties(),
                Topics.COMMENT_EVENTS.keySerde().serializer(), Topics.COMMENT_EVENTS.valueSerde().serializer());
        customizers.orderedStream().forEach(customizer -> customizer.customize(factory));
        return factory;
    }

    /** Observed, so that the request's trace travels with the comment in a {@code traceparent} header. */
    @Bean
    KafkaTemplate<String, CommentEvent> commentEventTemplate(ProducerFactory<String, CommentEvent> factory) {
        KafkaTemplate<String, CommentEvent> template = new KafkaTemplate<>(factory);
        template.setObservationEnabled(true);
        return template;
    }

    /** Every start counts the comments from the beginning of the log. */
    @Bean
    ConcurrentKafkaListenerContainerFactory<String, CommentEvent> commentCountsListenerFactory(KafkaProperties kafka) {
        return Topics.COMMENT_EVENTS.replayingListenerFactory(kafka.buildConsumerProperties());
    }

    @Bean
    NewTopic commentEventsTopic(PortalProperties properties) {
        return Topics.COMMENT_EVENTS.definition(properties.topicReplicas());
    }
}
