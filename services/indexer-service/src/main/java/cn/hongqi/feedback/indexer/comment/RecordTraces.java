package cn.hongqi.feedback.indexer.comment;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import org.springframework.stereotype.Component;

/**
 * Continues, for each record of a batch, the trace its producer put in the record's headers
 * ({@code traceparent}). Spring Kafka observes record listeners only; a batch holds many traces, so
 * each record gets an observation of its own, as a record listener's would be.
 */
@Component
class RecordTraces {

    private final ObservationRegistry registry;

    RecordTraces(ObservationRegistry registry) {
        this.registry = registry;
    }

    /** Started; the caller stops it once the record's change is in the index (or not). */
    Observation received(ConsumerRecord<?, ?> record, String listenerId) {
        String group = KafkaUtils.getConsumerGroupId();
        return KafkaListenerObservation.LISTENER_OBSERVATION.observation(null,
                KafkaListenerObservation.DefaultKafkaListenerObservationConvention.INSTANCE,
                () -> new KafkaRecordReceiverContext(record, listenerId, listenerId, group == null ? "" : group, () -> null),
                registry).start();
    }
}
