package cn.hongqi.feedback.staff.moderation;

import cn.hongqi.feedback.events.CommentModerated;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Moderation decisions and replies the comment log took, by action; registered up front so a dashboard sees zeros. */
@Component
class ModerationMeters {

    private static final String NAME = "feedback.moderation.actions";

    private final Map<CommentModerated.Action, Counter> decisions = new EnumMap<>(CommentModerated.Action.class);
    private final Counter replies;

    ModerationMeters(MeterRegistry registry) {
        Arrays.stream(CommentModerated.Action.values()).forEach(action ->
                decisions.put(action, counter(registry, action.name().toLowerCase(Locale.ROOT))));
        this.replies = counter(registry, "reply");
    }

    private static Counter counter(MeterRegistry registry, String action) {
        return Counter.builder(NAME).description("Moderation decisions and official replies, by action")
                .tag("action", action).register(registry);
    }

    void decided(CommentModerated.Action action) {
        decisions.get(action).increment();
    }

    void replied() {
        replies.increment();
    }
}
