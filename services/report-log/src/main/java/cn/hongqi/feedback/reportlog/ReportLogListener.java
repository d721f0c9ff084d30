package cn.hongqi.feedback.reportlog;

import cn.hongqi.feedback.events.ReportPublished;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;

/**
 * Reads the whole report log from its first offset every time the service starts: the log, not a
 * database, is where the report lives. No offsets are committed, so no consumer group is needed.
 */
class ReportLogListener {

    private static final Logger log = LoggerFactory.getLogger(ReportLogListener.class);

    private final PublishedReports reports;

    ReportLogListener(PublishedReports reports) {
        this.reports = reports;
    }

    @KafkaListener(id = "#{T(java.util.UUID).randomUUID().toString()}", idIsGroup = false,
            containerFactory = "reportLogListenerFactory",
            topicPartitions = @TopicPartition(topic = "#{T(cn.hongqi.feedback.events.Topics).REPORTS.name()}",
                    partitionOffsets = @PartitionOffset(partition = "0", initialOffset = "0")))
    void onVersion(ConsumerRecord<String, ReportPublished> record) {
        if (record.value() == null) {
            log.warn("Skipped an unreadable report record at offset {}", record.offset());
            reports.seen(record.offset());
            return;
        }
        reports.accept(record.value(), record.offset());
        log.info("Report {} version {} known ({} sections)", record.value().reportId(), record.value().version(),
                record.value().report().sections().count());
    }
}
