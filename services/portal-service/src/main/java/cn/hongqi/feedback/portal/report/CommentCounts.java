package cn.hongqi.feedback.portal.report;

import cn.hongqi.feedback.report.SectionKeys;
import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.CommentSubmitted;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many comments each section has received, counting those on its sub-sections, for the
 * contents page. Built from the comment log itself, read from its first offset at every start, so
 * the portal needs no database and no index to show it.
 */
@Component
public class CommentCounts {

    private final Map<String, LongAdder> bySection = new ConcurrentHashMap<>();

    @KafkaListener(id = "#{T(java.util.UUID).randomUUID().toString()}", idIsGroup = false,
            containerFactory = "commentCountsListenerFactory",
            topicPartitions = @TopicPartition(topic = "#{T(cn.hongqi.feedback.events.Topics).COMMENT_EVENTS.name()}",
                    partitions = "#{'0-' + (T(cn.hongqi.feedback.events.Topics).COMMENT_EVENTS.partitions() - 1)}",
                    partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")))
    void onEvent(ConsumerRecord<String, CommentEvent> record) {
        if (record.value() instanceof CommentSubmitted submitted) {
            SectionKeys.pathOf(submitted.sectionKey())
                    .forEach(key -> bySection.computeIfAbsent(key, any -> new LongAdder()).increment());
        }
    }

    public long of(String sectionKey) {
        LongAdder count = bySection.get(sectionKey);
        return count == null ? 0 : count.sum();
    }
}
