package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.Topics;
import cn.hongqi.feedback.portal.PortalProperties;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Writes comment events to the comment log and waits until Kafka has acknowledged them. */
@Component
class CommentPublisher {

    private static final Logger log = LoggerFactory.getLogger(CommentPublisher.class);

    private final KafkaTemplate<String, CommentEvent> template;
    private final UnacknowledgedComments unacknowledged;
    private final PortalProperties properties;
    private final IntakeMeters meters;

    CommentPublisher(KafkaTemplate<String, CommentEvent> template, UnacknowledgedComments unacknowledged,
                     PortalProperties properties, IntakeMeters meters) {
        this.template = template;
        this.unacknowledged = unacknowledged;
        this.properties = properties;
        this.meters = meters;
    }

    /**
     * Returns only once every in-sync replica has the event ({@code acks=all}); otherwise throws.
     * A send that failed after the record may have left (a timeout, a broker that died mid-request)
     * is withdrawn, so a comment whose submitter was told "not saved" never reaches staff. A send
     * refused before anything left (no broker for {@code max.block.ms}) needs no withdrawal.
     */
    void publish(CommentEvent event) {
        Timer.Sample sent = meters.sendStarted();
        try {
            template.send(Topics.COMMENT_EVENTS.name(), event.commentId(), event)
                    .get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
            meters.acknowledged(sent);
            log.info("Comment {} acknowledged by the comment log", event.commentId());
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Comment {} was not acknowledged: {}", event.commentId(), e.toString());
            unacknowledged.withdraw(event.commentId());
            throw new IntakeUnavailableException(e, true);
        } catch (KafkaException e) {
            log.warn("Comment {} could not be sent: {}", event.commentId(), e.toString());
            throw new IntakeUnavailableException(e, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unacknowledged.withdraw(event.commentId());
            throw new IntakeUnavailableException(e, true);
        }
    }
}
