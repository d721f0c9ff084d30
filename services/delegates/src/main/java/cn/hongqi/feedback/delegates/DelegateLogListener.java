package cn.hongqi.feedback.delegates;

import cn.hongqi.feedback.events.DelegateAccount;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.kafka.support.serializer.SerializationUtils;

/** Reads the whole delegate log from its first offset every time the service starts. */
class DelegateLogListener {

    private static final Logger log = LoggerFactory.getLogger(DelegateLogListener.class);

    private final DelegateDirectory directory;

    DelegateLogListener(DelegateDirectory directory) {
        this.directory = directory;
    }

    @KafkaListener(id = "#{T(java.util.UUID).randomUUID().toString()}", idIsGroup = false,
            containerFactory = "delegateLogListenerFactory",
            topicPartitions = @TopicPartition(topic = "#{T(cn.hongqi.feedback.events.Topics).DELEGATES.name()}",
                    partitionOffsets = @PartitionOffset(partition = "0", initialOffset = "0")))
    void onAccount(ConsumerRecord<String, DelegateAccount> record) {
        if (record.value() == null && record.headers().lastHeader(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER) != null) {
            log.warn("Skipped an unreadable delegate record at offset {}", record.offset());
            directory.seen(record.offset());
            return;
        }
        directory.accept(record.key(), record.value(), record.offset());
    }
}
