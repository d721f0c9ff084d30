package cn.hongqi.feedback.indexer.comment;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.Topics;
import cn.hongqi.feedback.indexer.IndexerProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.kafka.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.autoconfigure.kafka.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the indexer reads the comment log and what it does with failures:
 * <ul>
 *   <li>an unreadable record is caught by {@link ErrorHandlingDeserializer} instead of blocking its
 *       partition, and goes to the dead-letter topic with its original bytes and the reason in headers;</li>
 *   <li>a record Elasticsearch refuses for good goes there too, without retries;</li>
 *   <li>anything else (Elasticsearch down, overloaded or slow) is retried with growing pauses for as
 *       long as it takes, because those records are fine and must not be parked.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class CommentLogConfig {

    /** Boot's consumer customizers (the client metrics, among them the lag per partition) reach only the factory Boot builds. */
    @Bean
    ConcurrentKafkaListenerContainerFactory<String, CommentEvent> commentEventListenerFactory(
            KafkaProperties kafka, ConcurrentKafkaListenerContainerFactoryConfigurer configurer, DefaultErrorHandler errorHandler,
            ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> customizers) {
        DefaultKafkaConsumerFactory<String, CommentEvent> consumers = new DefaultKafkaConsumerFactory<>(
                kafka.buildConsumerProperties(),
                new ErrorHandlingDeserializer<>(Topics.COMMENT_EVENTS.keySerde().deserializer()),
                new ErrorHandlingDeserializer<>(Topics.COMMENT_EVENTS.valueSerde().deserializer()));
        customizers.orderedStream().forEach(customizer -> customizer.customize(consumers));
        ConcurrentKafkaListenerContainerFactory<String, CommentEvent> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(castForConfigurer(factory), castForConfigurer(consumers));
        factory.setBatchListener(true);
        factory.setCommonErrorHandler(errorHandler);
        return factory;
    }

    @Bean
    DefaultErrorHandler commentErrorHandler(KafkaProperties kafka, IndexerProperties properties, IndexingMeters meters) {
        Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
        // An unreadable record is parked as the bytes it arrived with; its key was readable.
        templates.put(byte[].class, new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                kafka.buildProducerProperties(), Topics.COMMENT_EVENTS.keySerde().serializer(), new ByteArraySerializer())));
        templates.put(CommentEvent.class, new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                kafka.buildProducerProperties(), Topics.COMMENT_EVENTS.keySerde().serializer(), Topics.COMMENT_EVENTS.valueSerde().serializer())));
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(templates,
                (record, failure) -> new TopicPartition(Topics.COMMENT_EVENTS.deadLetterName(), record.partition()));

        ExponentialBackOff untilIndexIsBack = new ExponentialBackOff(500, 2.0);
        untilIndexIsBack.setMaxInterval(properties.retryMaxInterval().toMillis());
        untilIndexIsBack.setMaxElapsedTime(Long.MAX_VALUE);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> {
            deadLetters.accept(record, failure);
            meters.deadLettered();
        }, untilIndexIsBack);
        handler.addNotRetryableExceptions(UnindexableCommentException.class);
        return handler;
    }

    @Bean
    NewTopic commentEventsTopic(IndexerProperties properties) {
        return Topics.COMMENT_EVENTS.definition(properties.topicReplicas());
    }

    @Bean
    NewTopic commentEventsDeadLetterTopic(IndexerProperties properties) {
        return Topics.COMMENT_EVENTS.deadLetterDefinition(properties.topicReplicas());
    }

    /** Boot's configurer is typed for Object keys and values; our factory is narrower but compatible. */
    @SuppressWarnings("unchecked")
    private static <T> T castForConfigurer(Object factory) {
        return (T) factory;
    }
}
