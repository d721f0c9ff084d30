package cn.hongqi.feedback.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The broker's own limit for what intake does: records of the size of a {@code comment.submitted}
 * event, with the portal's producer settings ({@code acks=all}, idempotent, {@code linger.ms=5}),
 * sent as fast as the producer takes them, to a scratch topic with as many partitions as the
 * comment log. What Kafka's {@code ProducerPerformance} does, without its extra jar.
 */
final class RawKafka {

    private static final String TOPIC = "bench.raw-producer";
    private static final int PARTITIONS = 6;

    private RawKafka() {
    }

    /** @return records per second, all of them acknowledged */
    static double producerRate(String bootstrap, List<byte[]> records, int count) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            if (admin.listTopics().names().get().contains(TOPIC)) {
                admin.deleteTopics(List.of(TOPIC)).all().get();
            }
            admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1))).all().get();
            try {
                return send(bootstrap, records, count);
            } finally {
                admin.deleteTopics(List.of(TOPIC)).all().get();
            }
        }
    }

    private static double send(String bootstrap, List<byte[]> records, int count) throws InterruptedException {
        long started = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = acknowledgedProducer(bootstrap, new ByteArraySerializer(), new ByteArraySerializer())) {
            sendAll(producer, count, i -> new ProducerRecord<>(TOPIC, Integer.toString(i).getBytes(), records.get(i % records.size())));
        }
        return count / ((System.nanoTime() - started) / 1e9);
    }

    /** A producer with the portal's settings: {@code acks=all}, idempotent, {@code linger.ms=5}. */
    static <K, V> KafkaProducer<K, V> acknowledgedProducer(String bootstrap, Serializer<K> keys, Serializer<V> values) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5), keys, values);
    }

    /** Sends {@code count} records as fast as the producer takes them; returns once all are acknowledged, or throws. */
    static <K, V> void sendAll(KafkaProducer<K, V> producer, int count, IntFunction<ProducerRecord<K, V>> record)
            throws InterruptedException {
        CountDownLatch acknowledged = new CountDownLatch(count);
        AtomicLong failed = new AtomicLong();
        for (int i = 0; i < count; i++) {
            producer.send(record.apply(i), (metadata, error) -> {
                if (error != null) {
                    failed.incrementAndGet();
                }
                acknowledged.countDown();
            });
        }
        if (!acknowledged.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the broker did not acknowledge " + acknowledged.getCount() + " records in 10 minutes");
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " records were not acknowledged");
        }
    }
}
