package cn.hongqi.feedback.portal.comment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * What the intake counts: comments accepted by channel, refusals by reason, and how long Kafka takes
 * to acknowledge. The reason tag is the refusal's message key, so a dashboard and the citizen see the
 * same reason; a key the portal has no message for is counted as {@code other}, which keeps the tag
 * set bounded whatever a caller sends.
 */
@Component
class IntakeMeters {

    private static final String MESSAGE_PREFIX = "rejection.";

    enum Channel {
        API, FORM;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry registry;
    private final MessageSource messages;
    private final Counter acceptedByApi;
    private final Counter acceptedByForm;
    private final Timer publish;

    IntakeMeters(MeterRegistry registry, MessageSource messages) {
        this.registry = registry;
        this.messages = messages;
        this.acceptedByApi = accepted(registry, Channel.API);
        this.acceptedByForm = accepted(registry, Channel.FORM);
        this.publish = Timer.builder("feedback.comments.publish")
                .description("From sending a comment to the comment log until Kafka acknowledged it")
                .publishPercentileHistogram()
                .register(registry);
    }

    private static Counter accepted(MeterRegistry registry, Channel channel) {
        return Counter.builder("feedback.comments.accepted").description("Comments Kafka acknowledged, by channel")
                .tag("channel", channel.tag()).register(registry);
    }

    void accepted(Channel channel) {
        (channel == Channel.API ? acceptedByApi : acceptedByForm).increment();
    }

    /** @param messageKey {@code rejection.<reason>}, as the API and the form show it */
    void rejected(String messageKey) {
        boolean known = messageKey.startsWith(MESSAGE_PREFIX) && messages.getMessage(messageKey, null, null, Locale.ROOT) != null;
        Counter.builder("feedback.comments.rejected").description("Comments refused, by reason")
                .tag("reason", known ? messageKey.substring(MESSAGE_PREFIX.length()) : "other")
                .register(registry).increment();
    }

    Timer.Sample sendStarted() {
        return Timer.start(registry);
    }

    void acknowledged(Timer.Sample sent) {
        sent.stop(publish);
    }
}
