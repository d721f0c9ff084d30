package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.CommentSubmitted;
import cn.hongqi.feedback.events.Role;
import cn.hongqi.feedback.portal.PortalIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalIntegrationTest
class CommentApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    ObjectMapper json;

    @Test
    void anAcceptedCommentIsOnTheCommentLogUnderItsIdWithTheReceiptItWasGiven() throws Exception {
        String body = mvc.perform(post("/api/v1/comments").contentType(MediaType.APPLICATION_JSON).content("""
                        {"sectionKey":"3.7","text":"  建议增加社区老年助餐点。  ","role":"citizen","displayName":"王女士","consent":true}"""))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("received"))
                .andReturn().getResponse().getContentAsString();
        JsonNode receipt = json.readTree(body);

        List<ConsumerRecord<String, CommentEvent>> records =
                CommentLog.recordsWithKey(broker, receipt.get("commentId").asText(), Duration.ofSeconds(3));

        assertThat(records).singleElement().satisfies(record -> {
            CommentSubmitted submitted = (CommentSubmitted) record.value();
            assertThat(submitted.receipt()).isEqualTo(receipt.get("receipt").asText());
            assertThat(submitted.sectionKey()).isEqualTo("3.7");
            assertThat(submitted.text()).isEqualTo("建议增加社区老年助餐点。");
            assertThat(submitted.role()).isEqualTo(Role.CITIZEN);
            assertThat(submitted.displayName()).isEqualTo("王女士");
            assertThat(submitted.reportId()).isEqualTo("hongqi-2020-government-work-report");
        });
    }

    @Test
    void whitespaceOnlyTextIsRefusedWithAProblemInBothLanguages() throws Exception {
        submit("""
                {"sectionKey":"3.7","text":" \\n\\t ","role":"citizen","consent":true}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("text.blank"))
                .andExpect(jsonPath("$.field").value("text"))
                .andExpect(jsonPath("$.messages['zh-CN']").value("意见内容不能为空。"))
                .andExpect(jsonPath("$.messages.en").value("The comment text must not be empty."));
    }

    @Test
    void textOverTwoThousandCharactersIsRefused() throws Exception {
        submit("{\"sectionKey\":\"3.7\",\"text\":\"" + "字".repeat(2001) + "\",\"role\":\"citizen\",\"consent\":true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("text.too-long"));
    }

    @Test
    void exactlyTwoThousandCharactersAreAccepted() throws Exception {
        submit("{\"sectionKey\":\"3.7\",\"text\":\"" + "字".repeat(2000) + "\",\"role\":\"citizen\",\"consent\":true}")
                .andExpect(status().isAccepted());
    }

    @Test
    void withoutConsentToThePrivacyNoticeNothingIsTaken() throws Exception {
        submit("""
                {"sectionKey":"3.7","text":"有意见","role":"citizen"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("consent.missing"))
                .andExpect(jsonPath("$.field").value("consent"));
        submit("""
                {"sectionKey":"3.7","text":"有意见","role":"citizen","consent":false}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("consent.missing"));
    }

    @Test
    void anUnknownSectionIsRefused() throws Exception {
        submit("""
                {"sectionKey":"9.9","text":"有意见","role":"citizen","consent":true}""")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reason").value("section.unknown"))
                .andExpect(jsonPath("$.field").value("sectionKey"));
    }

    @Test
    void anInvalidRoleIsRefused() throws Exception {
        submit("""
                {"sectionKey":"3.7","text":"有意见","role":"mayor","consent":true}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("role.invalid"));
    }

    @Test
    void theDelegateRoleNeedsADelegateLogin() throws Exception {
        submit("""
                {"sectionKey":"3.7","text":"有意见","role":"delegate","consent":true}""")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("role.delegate-login-required"));
    }

    @Test
    void controlCharactersAreRefused() throws Exception {
        submit("""
                {"sectionKey":"3.7","text":"响铃\\u0007字符","role":"citizen","consent":true}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("text.control-characters"));
    }

    @Test
    void zeroWidthAndBidiOverrideCharactersAreStrippedBeforeTheCommentIsKept() throws Exception {
        String body = submit("""
                {"sectionKey":"3.7","text":"加\\u200B装\\u202E电梯","role":"citizen","consent":true}""")
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();

        assertThat(CommentLog.recordsWithKey(broker, json.readTree(body).get("commentId").asText(), Duration.ofSeconds(3)))
                .singleElement().satisfies(record -> assertThat(((CommentSubmitted) record.value()).text()).isEqualTo("加装电梯"));
    }

    @Test
    void textOfOnlyInvisibleCharactersIsBlank() throws Exception {
        submit("""
                {"sectionKey":"3.7","text":"\\u200B\\u202E\\uFEFF","role":"citizen","consent":true}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("text.blank"));
    }

    @Test
    void aRepeatWithTheSameIdempotencyKeyGetsTheFirstReceiptAndPublishesOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = """
                {"sectionKey":"3.2","text":"网络不好，我点了两次提交","role":"citizen","consent":true}""";

        String first = mvc.perform(post("/api/v1/comments").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String again = mvc.perform(post("/api/v1/comments").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();

        assertThat(json.readTree(again)).isEqualTo(json.readTree(first));
        assertThat(CommentLog.recordsWithKeyMatching(broker, record -> record.value() instanceof CommentSubmitted submitted
                && submitted.text().equals("网络不好，我点了两次提交"), Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void anIdempotencyKeyReusedForAnotherCommentIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(post("/api/v1/comments").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content("""
                        {"sectionKey":"3.2","text":"第一条","role":"citizen","consent":true}""")).andExpect(status().isAccepted());

        mvc.perform(post("/api/v1/comments").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content("""
                        {"sectionKey":"3.2","text":"第二条","role":"citizen","consent":true}"""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reason").value("idempotency.key-reused"));
    }

    @Test
    void aRefusedFirstAttemptLeavesTheKeyFreeForTheCorrectedRetry() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(post("/api/v1/comments").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content("""
                        {"sectionKey":"3.2","text":"  ","role":"citizen","consent":true}""")).andExpect(status().isBadRequest());

        mvc.perform(post("/api/v1/comments").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content("""
                        {"sectionKey":"3.2","text":"改好了","role":"citizen","consent":true}""")).andExpect(status().isAccepted());
    }

    @Test
    void theSameTextAgainFromTheSameClientIsAFriendlyConflict() throws Exception {
        String body = """
                {"sectionKey":"3.4","text":"夜经济要注意噪音管理","role":"citizen","consent":true}""";
        submit(body).andExpect(status().isAccepted());

        submit(body).andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("text.repeated"))
                .andExpect(jsonPath("$.messages['zh-CN']").value("您刚刚已经提交过同样的意见，无需重复提交。"));
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        submit("{\"sectionKey\":\"3.7\",").andExpect(status().isBadRequest());
    }

    @Test
    void aFormBodyOnTheJsonEndpointIsAnUnsupportedMediaType() throws Exception {
        mvc.perform(post("/api/v1/comments").contentType(MediaType.TEXT_PLAIN).content("text=hello"))
                .andExpect(status().isUnsupportedMediaType());
    }

    private ResultActions submit(String body) throws Exception {
        return mvc.perform(post("/api/v1/comments").contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
