package cn.hongqi.feedback.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.common.serialization.Serdes;
import org.springframework.kafka.support.serializer.JsonSerde;

import java.util.Map;

/** The registry of every topic the platform uses. Services name topics only through it. */
public final class Topics {

    /**
     * The comment log: the system of record for comments. Elasticsearch is a view of it that
     * can always be rebuilt by replay, so it is kept forever.
     */
    public static final Topic<String, CommentEvent> COMMENT_EVENTS = new Topic<>(
            "feedback.comment-events", 6,
            Map.of("retention.ms", "-1"),
            Serdes.String(), jsonSerde(CommentEvent.class));

    /**
     * Every imported version of every report, as event-carried state: one partition so versions
     * stay in order, compacted with one key per version.
     */
    public static final Topic<String, ReportPublished> REPORTS = new Topic<>(
            "feedback.reports", 1,
            Map.of("cleanup.policy", "compact", "retention.ms", "-1", "max.message.bytes", "8388608"),
            Serdes.String(), jsonSerde(ReportPublished.class));

    /**
     * Delegate accounts as event-carried state: the latest state of each account, keyed by user
     * name and compacted, read from the start by the portal (to log delegates in) and by staff.
     */
    public static final Topic<String, DelegateAccount> DELEGATES = new Topic<>(
            "feedback.delegates", 1,
            Map.of("cleanup.policy", "compact", "retention.ms", "-1"),
            Serdes.String(), jsonSerde(DelegateAccount.class));

    /**
     * Staff console accounts, the same way as delegates' but on a topic of their own that only the
     * staff service reads, so that no staff password hash reaches the public portal.
     */
    public static final Topic<String, StaffAccount> STAFF_ACCOUNTS = new Topic<>(
            "feedback.staff-accounts", 1,
            Map.of("cleanup.policy", "compact", "retention.ms", "-1"),
            Serdes.String(), jsonSerde(StaffAccount.class));

    private Topics() {
    }

    /** The one JSON mapping of events: ISO-8601 instants, tolerant of fields added by newer writers. */
    public static ObjectMapper eventMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Type information travels in the JSON ({@code "type"}), not in Kafka headers, so records
     * stay readable by any consumer and only the declared subtypes can ever be instantiated.
     */
    private static <T> JsonSerde<T> jsonSerde(Class<T> type) {
        JsonSerde<T> serde = new JsonSerde<>(type, eventMapper());
        serde.noTypeInfo().ignoreTypeHeaders();
        return serde;
    }
}
