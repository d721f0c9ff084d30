package cn.hongqi.feedback.indexer.comment;

import cn.hongqi.feedback.events.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code ./feedback dlt list} and {@code ./feedback dlt replay}: the records the indexer parked
 * because it could never process them, with the reason it gave, and a way to send them through
 * again once the cause is fixed (a corrected indexer, a mapping that accepts them).
 */
@Component
class DeadLetters {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final int PREVIEW = 400;

    private final LogReplay replay;
    private final KafkaProperties kafka;

    DeadLetters(LogReplay replay, KafkaProperties kafka) {
        this.replay = replay;
        this.kafka = kafka;
    }

    /** Prints every parked record: where it was, why, and the start of what it holds. */
    long list(PrintStream out) {
        long count = 0;
        try (Consumer<String, byte[]> consumer = replay.deadLetters()) {
            Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
            while (!LogReplay.reached(consumer, ends)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    count++;
                    out.printf("%s-%d@%d  key %s  from %s-%s@%s%n  reason: %s: %s%n  value: %s%n",
                            record.topic(), record.partition(), record.offset(), record.key(),
                            header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC), header(record, KafkaHeaders.DLT_ORIGINAL_PARTITION),
                            header(record, KafkaHeaders.DLT_ORIGINAL_OFFSET), header(record, KafkaHeaders.DLT_EXCEPTION_FQCN),
                            header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE), preview(record.value()));
                }
            }
        }
        out.println(count + " records in " + Topics.COMMENT_EVENTS.deadLetterName());
        return count;
    }

    /**
     * Sends every parked record back to the comment log, bytes and key unchanged, so the indexer reads
     * it again. One that still cannot be processed is parked again, with a new reason.
     */
    long replayAll(PrintStream out) throws InterruptedException {
        long count = 0;
        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put("acks", "all");
        producer.put("enable.idempotence", true);
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer,
                Topics.COMMENT_EVENTS.keySerde().serializer(), new ByteArraySerializer()));
        try (Consumer<String, byte[]> consumer = replay.deadLetters()) {
            Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
            while (!LogReplay.reached(consumer, ends)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    template.send(new ProducerRecord<>(Topics.COMMENT_EVENTS.name(), record.key(), record.value()))
                            .get(30, TimeUnit.SECONDS);
                    count++;
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the comment log did not take a replayed record; " + count + " were sent", e);
        } finally {
            template.destroy();
        }
        out.println(count + " records sent back to " + Topics.COMMENT_EVENTS.name()
                + "; those that still fail are parked again with a new reason (./feedback dlt list)");
        return count;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            return "?";
        }
        byte[] value = header.value();
        // Spring Kafka writes partitions and offsets as binary numbers.
        if (value.length == Integer.BYTES && name.equals(KafkaHeaders.DLT_ORIGINAL_PARTITION)) {
            return String.valueOf(java.nio.ByteBuffer.wrap(value).getInt());
        }
        if (value.length == Long.BYTES && name.equals(KafkaHeaders.DLT_ORIGINAL_OFFSET)) {
            return String.valueOf(java.nio.ByteBuffer.wrap(value).getLong());
        }
        return new String(value, StandardCharsets.UTF_8);
    }

    private static String preview(byte[] value) {
        if (value == null) {
            return "(none)";
        }
        String text = new String(value, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW) + "…";
    }
}
