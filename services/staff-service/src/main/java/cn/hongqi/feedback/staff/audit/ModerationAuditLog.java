package cn.hongqi.feedback.staff.audit;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.CommentModerated;
import cn.hongqi.feedback.events.CommentReplied;
import cn.hongqi.feedback.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The moderation audit trail, read from the comment log itself: every decision and every reply
 * any moderator ever made, with who, what, when and why. Nothing else records them, so nothing
 * else can disagree; the log is kept forever, so the trail is complete.
 */
@Service
class ModerationAuditLog {

    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaProperties kafka;

    ModerationAuditLog(KafkaProperties kafka) {
        this.kafka = kafka;
    }

    /** One moderator action: a decision ({@code PUBLISH}, {@code HIDE}, …) or {@code REPLY}. */
    record Entry(Instant occurredAt, String action, String actor, String commentId, String reason, String replyAuthor, String replyText) {
    }

    /**
     * Every action taken from {@code from} (inclusive) to {@code until} (exclusive), partition by
     * partition up to the log's end when the read began; each partition in the order it happened.
     */
    void forEach(Instant from, Instant until, Consumer<Entry> each) {
        try (org.apache.kafka.clients.consumer.Consumer<String, CommentEvent> consumer =
                     Topics.COMMENT_EVENTS.replayingConsumer(kafka.buildConsumerProperties())) {
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(consumer.assignment()));
            end.values().removeIf(offset -> offset == 0);
            while (!end.isEmpty()) {
                for (ConsumerRecord<String, CommentEvent> record : consumer.poll(POLL)) {
                    Long last = end.get(new TopicPartition(record.topic(), record.partition()));
                    if (last != null && record.offset() < last) {
                        entry(record.value()).filter(entry -> !entry.occurredAt().isBefore(from) && entry.occurredAt().isBefore(until))
                                .ifPresent(each);
                    }
                }
                end.keySet().removeIf(partition -> consumer.position(partition) >= end.get(partition));
            }
        }
    }

    private static Optional<Entry> entry(CommentEvent event) {
        if (event instanceof CommentModerated decision) {
            return Optional.of(new Entry(decision.occurredAt(), decision.action().name(), decision.moderator(),
                    decision.commentId(), decision.reason(), null, null));
        }
        if (event instanceof CommentReplied reply) {
            return Optional.of(new Entry(reply.occurredAt(), "REPLY", reply.staff(), reply.commentId(), null,
                    reply.author(), reply.text()));
        }
        return Optional.empty();
    }
}
