package cn.hongqi.feedback.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

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
        Map<String, Object> settings = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5);
        CountDownLatch acknowledged = new CountDownLatch(count);
        AtomicLong failed = new AtomicLong();
        long started = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(TOPIC, Integer.toString(i).getBytes(), records.get(i % records.size())),
                        (metadata, error) -> {
                            if (error != null) {
                                failed.incrementAndGet();
                            }
                            acknowledged.countDown();
                        });
            }
            if (!acknowledged.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the broker did not acknowledge " + acknowledged.getCount() + " records in 5 minutes");
            }
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " records were not acknowledged");
        }
        return count / ((System.nanoTime() - started) / 1e9);
    }
}
