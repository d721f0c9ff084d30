package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.events.DelegateAccount;
import cn.hongqi.feedback.accounts.Issued;
import cn.hongqi.feedback.accounts.DelegateRegistry;
import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.CommentSubmitted;
import cn.hongqi.feedback.events.ContactSeal;
import cn.hongqi.feedback.events.Role;
import cn.hongqi.feedback.events.Topics;
import cn.hongqi.feedback.portal.PortalIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Delegates comment as delegates only when logged in; contact details leave the portal sealed. */
@PortalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DelegateAndContactIntegrationTests {

    private static final String COMMENT = """
            {"sectionKey":"3.7","text":"%s","role":"%s","displayName":"冒名","contact":%s,"consent":true}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    DelegateRegistry delegates;

    @Autowired
    ContactSeal seal;

    @Autowired
    ObjectMapper json;

    @Test
    void aLoggedInDelegatesCommentCarriesTheRoleNameAndDelegationOfTheAccount() throws Exception {
        String username = "d" + UUID.randomUUID().toString().substring(0, 8);
        Issued<DelegateAccount> issued = delegates.open(username, "王建国", "东街街道代表团", "admin");

        CommentSubmitted submitted = accepted(submit("建议增设社区养老服务站。", "delegate", "null", basic(username, issued.password())));

        assertThat(submitted.role()).isEqualTo(Role.DELEGATE);
        assertThat(submitted.displayName()).isEqualTo("王建国");
        assertThat(submitted.delegation()).isEqualTo("东街街道代表团");
    }

    @Test
    void aDelegateMayStillCommentAsACitizenWithoutTheDelegation() throws Exception {
        String username = "d" + UUID.randomUUID().toString().substring(0, 8);
        Issued<DelegateAccount> issued = delegates.open(username, "李秀", "西街代表团", "admin");

        CommentSubmitted submitted = accepted(submit("我家楼下的路灯坏了。", "citizen", "null", basic(username, issued.password())));

        assertThat(submitted.role()).isEqualTo(Role.CITIZEN);
        assertThat(submitted.delegation()).isNull();
    }

    @Test
    void theDelegateRoleWithoutALoginWithAWrongPasswordOrAClosedAccountIsRefused() throws Exception {
        String username = "d" + UUID.randomUUID().toString().substring(0, 8);
        Issued<DelegateAccount> issued = delegates.open(username, "张伟", "洪门镇代表团", "admin");

        submit("有意见。", "delegate", "null", null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("role.delegate-login-required"));
        submit("有意见。", "delegate", "null", basic(username, "wrong-password"))
                .andExpect(status().isUnauthorized());

        delegates.close(username, "admin");
        submit("有意见。", "delegate", "null", basic(username, issued.password()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tenWrongPasswordsLockADelegateEvenAgainstTheRightPassword() throws Exception {
        String username = "d" + UUID.randomUUID().toString().substring(0, 8);
        Issued<DelegateAccount> issued = delegates.open(username, "陈静", "小店镇代表团", "admin");

        for (int i = 0; i < 10; i++) {
            submit("有意见。", "delegate", "null", basic(username, "guess-" + i)).andExpect(status().isUnauthorized());
        }

        submit("有意见。", "delegate", "null", basic(username, issued.password())).andExpect(status().isUnauthorized());
    }

    @Test
    void contactDetailsTravelOnlySealedForThisCommentAndAreNeverLogged(CapturedOutput output) throws Exception {
        String phone = "139" + (10_000_000 + (int) (Math.random() * 89_999_999));

        CommentSubmitted submitted = accepted(submit("小区门口的路灯坏了很久。", "citizen", "\" " + phone + " \"", null));

        assertThat(submitted.sealedContact()).startsWith("v1.").doesNotContain(phone);
        assertThat(seal.open(submitted.commentId(), submitted.sealedContact())).isEqualTo(phone);
        byte[] onTheWire = Topics.COMMENT_EVENTS.valueSerde().serializer().serialize(Topics.COMMENT_EVENTS.name(), submitted);
        assertThat(new String(onTheWire, StandardCharsets.UTF_8)).doesNotContain(phone);
        assertThat(output.getAll()).doesNotContain(phone);
    }

    @Test
    void contactDetailsThatAreTooLongOrCarryControlCharactersAreRefused() throws Exception {
        submit("路灯坏了。", "citizen", "\"" + "1".repeat(101) + "\"", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("contact.too-long"))
                .andExpect(jsonPath("$.field").value("contact"));
        submit("路灯坏了。", "citizen", "\"139\\u0007\"", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("text.control-characters"));
    }

    private ResultActions submit(String text, String role, String contactJson, String authorization) throws Exception {
        var request = post("/api/v1/comments").contentType(MediaType.APPLICATION_JSON)
                .content(COMMENT.formatted(text + " " + UUID.randomUUID(), role, contactJson));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return mvc.perform(request);
    }

    private CommentSubmitted accepted(ResultActions response) throws Exception {
        String commentId = json.readTree(response.andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString())
                .get("commentId").asText();
        ConsumerRecord<String, CommentEvent> record = CommentLog.recordsWithKey(broker, commentId, Duration.ofSeconds(3)).get(0);
        return (CommentSubmitted) record.value();
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
