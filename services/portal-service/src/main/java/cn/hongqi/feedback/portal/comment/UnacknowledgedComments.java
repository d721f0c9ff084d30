package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.CommentWithdrawn;
import cn.hongqi.feedback.events.Topics;
import cn.hongqi.feedback.portal.PortalProperties;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Withdraws comments whose submitters were told they were not saved. The withdrawal goes to the
 * same partition as the comment (same key, same producer), so it lands after the comment if the
 * comment landed at all; it is retried until Kafka takes it. Pending withdrawals live in memory:
 * a portal killed before the broker comes back leaves them undone, and says which at shutdown.
 */
@Component
class UnacknowledgedComments {

    private static final Logger log = LoggerFactory.getLogger(UnacknowledgedComments.class);

    private final KafkaTemplate<String, CommentEvent> template;
    private final PortalProperties properties;
    private final Clock clock;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "comment-withdrawals");
        thread.setDaemon(true);
        return thread;
    });

    UnacknowledgedComments(KafkaTemplate<String, CommentEvent> template, PortalProperties properties, Clock clock) {
        this.template = template;
        this.properties = properties;
        this.clock = clock;
    }

    void withdraw(String commentId) {
        if (pending.add(commentId)) {
            retries.execute(() -> attempt(commentId));
        }
    }

    int pending() {
        return pending.size();
    }

    private void attempt(String commentId) {
        try {
            template.send(Topics.COMMENT_EVENTS.name(), commentId,
                            new CommentWithdrawn(commentId, CommentWithdrawn.Reason.NOT_ACKNOWLEDGED, clock.instant()))
                    .whenComplete((sent, failure) -> {
                        if (failure == null) {
                            pending.remove(commentId);
                            log.info("Comment {} withdrawn: its submitter was told it was not saved", commentId);
                        } else {
                            retryLater(commentId);
                        }
                    });
        } catch (RuntimeException notSent) {
            retryLater(commentId);
        }
    }

    private void retryLater(String commentId) {
        if (!retries.isShutdown()) {
            retries.schedule(() -> attempt(commentId), properties.retryAfter().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        retries.shutdownNow();
        if (!pending.isEmpty()) {
            log.error("Stopping with {} comments not yet withdrawn; staff may see them without a receipt holder: {}",
                    pending.size(), pending);
        }
    }
}
