package cn.hongqi.feedback.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentEventJsonTest {

    private static final String TOPIC = Topics.COMMENT_EVENTS.name();

    private final CommentSubmitted submitted = new CommentSubmitted(
            "6f1c1d1e-8d7a-4c55-9a43-5b0f0c1b2a10", "7K2M-9QXD-4RTW", "hongqi-2020", "3.5", null,
            "老旧小区加装电梯，希望加快审批。", null, Instant.parse("2026-11-30T02:00:00Z"));

    @Test
    void aSubmittedCommentSurvivesTheTopicSerdes() {
        byte[] bytes = Topics.COMMENT_EVENTS.valueSerde().serializer().serialize(TOPIC, submitted);

        CommentEvent read = Topics.COMMENT_EVENTS.valueSerde().deserializer().deserialize(TOPIC, bytes);

        assertThat(read).isEqualTo(submitted);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"type\":\"comment.submitted\"", "\"role\":\"citizen\"");
    }

    @Test
    void theSerializedEventConformsToItsPublishedSchema() throws Exception {
        byte[] bytes = Topics.COMMENT_EVENTS.valueSerde().serializer().serialize(TOPIC, submitted);
        JsonNode json = Topics.eventMapper().readTree(bytes);

        Set<ValidationMessage> errors = schema("comment-submitted").validate(json);

        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("lifecycleEvents")
    void everyLifecycleEventSurvivesTheSerdesAndConformsToItsSchema(CommentEvent event, String schema) throws Exception {
        byte[] bytes = Topics.COMMENT_EVENTS.valueSerde().serializer().serialize(TOPIC, event);

        assertThat(Topics.COMMENT_EVENTS.valueSerde().deserializer().deserialize(TOPIC, bytes)).isEqualTo(event);
        assertThat(schema(schema).validate(Topics.eventMapper().readTree(bytes))).isEmpty();
    }

    static Stream<Arguments> lifecycleEvents() {
        Instant at = Instant.parse("2026-11-30T03:00:00Z");
        String id = "6f1c1d1e-8d7a-4c55-9a43-5b0f0c1b2a10";
        return Stream.of(
                Arguments.of(new CommentModerated(id, CommentModerated.Action.PUBLISH, null, "admin", at), "comment-moderated"),
                Arguments.of(new CommentModerated(id, CommentModerated.Action.HIDE, "含个人信息", "admin", at), "comment-moderated"),
                Arguments.of(new CommentReplied(id, "已转交区住建局办理。", "区住建局", "admin", at), "comment-replied"),
                Arguments.of(new CommentWithdrawn(id, CommentWithdrawn.Reason.NOT_ACKNOWLEDGED, at), "comment-withdrawn"),
                Arguments.of(new CommentSubmitted(id, "7K2M-9QXD-4RTW", "hongqi-2020", "3.7", null, "建议增设老年助餐点。",
                        Role.DELEGATE, "王建国", "东街街道代表团", ContactSeal.withKey(KEY).seal(id, "13800000000"), at),
                        "comment-submitted"));
    }

    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    @Test
    void theSchemaRequiresADelegatesDelegation() throws Exception {
        JsonNode json = Topics.eventMapper().readTree("""
                {"type":"comment.submitted","schemaVersion":2,"commentId":"6f1c1d1e-8d7a-4c55-9a43-5b0f0c1b2a10",
                 "receipt":"7K2M-9QXD-4RTW","sectionKey":"3.5","text":"加装电梯","role":"delegate","occurredAt":"2026-11-30T02:00:00Z"}
                """);

        assertThat(schema("comment-submitted").validate(json)).extracting(ValidationMessage::getMessage)
                .anyMatch(message -> message.contains("delegation"));
        assertThatThrownBy(() -> Topics.COMMENT_EVENTS.valueSerde().deserializer().deserialize(TOPIC,
                Topics.eventMapper().writeValueAsBytes(json))).isInstanceOf(SerializationException.class);
    }

    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuuOQ4mWl4H3wKkqSLOSZ3cR1hGzq4dB3K";

    @Test
    void aDelegateAccountSurvivesItsTopicAndKeepsItsHashOutOfLogs() throws Exception {
        assertAccountSurvives(Topics.DELEGATES, "delegate-account", new DelegateAccount("wangjg", "王建国", "东街街道代表团",
                HASH, true, "admin", Instant.parse("2026-11-30T03:00:00Z")));
    }

    @Test
    void aStaffAccountSurvivesItsTopicAndKeepsItsHashOutOfLogs() throws Exception {
        assertAccountSurvives(Topics.STAFF_ACCOUNTS, "staff-account", new StaffAccount("liming", "李明", StaffRole.MODERATOR,
                HASH, true, "admin", Instant.parse("2026-11-30T03:00:00Z")));
    }

    private static <A extends Account> void assertAccountSurvives(Topic<String, A> topic, String schemaName, A account) throws Exception {
        byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), account);

        assertThat(topic.valueSerde().deserializer().deserialize(topic.name(), bytes)).isEqualTo(account);
        assertThat(schema(schemaName).validate(Topics.eventMapper().readTree(bytes))).isEmpty();
        assertThat(account.toString()).doesNotContain("$2a$");
    }

    @Test
    void theSchemaRejectsAnEventWithoutText() throws Exception {
        JsonNode json = Topics.eventMapper().readTree("""
                {"type":"comment.submitted","commentId":"6f1c1d1e-8d7a-4c55-9a43-5b0f0c1b2a10",
                 "receipt":"7K2M-9QXD-4RTW","sectionKey":"3.5","role":"citizen","occurredAt":"2026-11-30T02:00:00Z"}
                """);

        assertThat(schema("comment-submitted").validate(json)).extracting(ValidationMessage::getMessage)
                .anyMatch(message -> message.contains("text"));
    }

    @Test
    void aRecordFromAWriterThatKnowsMoreFieldsOrNoVersionIsStillRead() {
        byte[] bytes = """
                {"type":"comment.submitted","commentId":"6f1c1d1e-8d7a-4c55-9a43-5b0f0c1b2a10","receipt":"7K2M-9QXD-4RTW",
                 "sectionKey":"3.5","text":"加装电梯","role":"citizen","occurredAt":"2026-11-30T02:00:00Z",
                 "sentimentHint":"positive"}""".getBytes(StandardCharsets.UTF_8);

        CommentSubmitted read = (CommentSubmitted) Topics.COMMENT_EVENTS.valueSerde().deserializer().deserialize(TOPIC, bytes);

        assertThat(read.text()).isEqualTo("加装电梯");
        assertThat(read.schemaVersion()).isEqualTo(1);
    }

    @Test
    void anUnknownEventTypeIsRefusedRatherThanGuessed() {
        byte[] bytes = """
                {"type":"java.lang.Runtime","commentId":"x"}""".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Topics.COMMENT_EVENTS.valueSerde().deserializer().deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void rolesTravelAsLowerCaseWords() {
        assertThat(Role.parse("delegate")).contains(Role.DELEGATE);
        assertThat(Role.parse("admin")).isEmpty();
        assertThat(Role.parse("CITIZEN")).isEmpty();
    }

    private static JsonSchema schema(String name) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(CommentEventJsonTest.class.getResourceAsStream("/schemas/" + name + ".schema.json"), config);
    }
}
