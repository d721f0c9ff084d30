package cn.hongqi.feedback.staff.moderation;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.CommentModerated;
import cn.hongqi.feedback.events.CommentReplied;
import cn.hongqi.feedback.events.Topics;
import cn.hongqi.feedback.staff.SeededComments;
import cn.hongqi.feedback.staff.StaffIntegrationTest;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Decisions and replies become events on the real comment log, naming who, what, when and why. */
@StaffIntegrationTest
class ModerationApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SeededComments seeded;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void aHiddenCommentNeedsAReasonAndTheDecisionIsOnTheLogWithItsModerator() throws Exception {
        String id = seeded.add("3.5", SeededComments.uniqueWord() + " 这条意见含有个人电话");

        decide(id, "{\"action\":\"HIDE\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("moderation.reason-required"));
        decide(id, "{\"action\":\"hide\",\"reason\":\"含个人信息\"}").andExpect(status().isAccepted())
                .andExpect(jsonPath("$.action").value("HIDE"));

        CommentModerated decision = (CommentModerated) onTheLog(id).get(0);
        assertThat(decision.action()).isEqualTo(CommentModerated.Action.HIDE);
        assertThat(decision.reason()).isEqualTo("含个人信息");
        assertThat(decision.moderator()).isEqualTo(SeededComments.STAFF_USER);
        assertThat(decision.occurredAt()).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void aReplyIsOnTheLogAndBadRequestsAreRefusedWithTheirReason() throws Exception {
        String id = seeded.add("3.7", SeededComments.uniqueWord() + " 建议增设老年助餐点");

        mvc.perform(post("/api/v1/staff/comments/" + id + "/reply").with(moderator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"已纳入2021年民生实事。\",\"author\":\"区民政局\"}"))
                .andExpect(status().isAccepted());
        CommentReplied reply = (CommentReplied) onTheLog(id).get(0);
        assertThat(reply.text()).isEqualTo("已纳入2021年民生实事。");
        assertThat(reply.author()).isEqualTo("区民政局");
        assertThat(reply.staff()).isEqualTo(SeededComments.STAFF_USER);

        mvc.perform(post("/api/v1/staff/comments/" + id + "/reply").with(moderator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"  \",\"author\":\"区民政局\"}")).andExpect(status().isBadRequest());
        decide(id, "{\"action\":\"DELETE\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("moderation.action-invalid"));
        decide(UUID.randomUUID().toString(), "{\"action\":\"PUBLISH\"}").andExpect(status().isNotFound());
    }

    @Test
    void aSpamCampaignIsMarkedInOneActionAndOnlyItsComments() throws Exception {
        String marker = SeededComments.uniqueWord();
        String first = seeded.add("3.5", marker + " 刷屏广告", null, "new", "negative", "complaint", null);
        String second = seeded.add("3.5", marker + " 刷屏广告！", null, "new", "negative", "complaint", first);
        String third = seeded.add("3.5", marker + " 刷屏广告！！", null, "new", "negative", "complaint", first);
        String other = seeded.add("3.5", marker + " 正常的意见");

        mvc.perform(post("/api/v1/staff/campaigns/" + first + "/moderation").with(moderator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"SPAM\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.comments").value(3));

        for (String member : List.of(first, second, third)) {
            assertThat(onTheLog(member)).singleElement()
                    .satisfies(event -> assertThat(((CommentModerated) event).action()).isEqualTo(CommentModerated.Action.SPAM));
        }
        assertThat(onTheLog(other)).isEmpty();
        mvc.perform(post("/api/v1/staff/campaigns/" + UUID.randomUUID() + "/moderation").with(moderator())
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"SPAM\"}")).andExpect(status().isNotFound());
    }

    @Test
    void staffWithoutTheModeratorRoleCannotDecide() throws Exception {
        String id = seeded.add("3.5", SeededComments.uniqueWord() + " 意见");

        mvc.perform(post("/api/v1/staff/comments/" + id + "/moderation").with(user("reader").roles("STAFF"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"PUBLISH\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/staff/comments/" + id + "/moderation")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"PUBLISH\"}"))
                .andExpect(status().isUnauthorized());
    }

    private ResultActions decide(String commentId, String body) throws Exception {
        return mvc.perform(post("/api/v1/staff/comments/" + commentId + "/moderation").with(moderator())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor moderator() {
        return httpBasic(SeededComments.STAFF_USER, SeededComments.STAFF_PASSWORD);
    }

    private List<CommentEvent> onTheLog(String commentId) {
        Map<String, Object> properties = KafkaTestUtils.consumerProps("test-" + UUID.randomUUID(), "false", broker);
        properties.put("auto.offset.reset", "earliest");
        List<CommentEvent> found = new ArrayList<>();
        try (Consumer<String, CommentEvent> consumer = new DefaultKafkaConsumerFactory<>(properties,
                Topics.COMMENT_EVENTS.keySerde().deserializer(), Topics.COMMENT_EVENTS.valueSerde().deserializer()).createConsumer()) {
            consumer.subscribe(List.of(Topics.COMMENT_EVENTS.name()));
            long deadline = System.currentTimeMillis() + 3_000;
            while (System.currentTimeMillis() < deadline && found.isEmpty()) {
                for (ConsumerRecord<String, CommentEvent> record : consumer.poll(Duration.ofMillis(200))) {
                    if (commentId.equals(record.key())) {
                        found.add(record.value());
                    }
                }
            }
        }
        return found;
    }
}
