package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.portal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Whatever the portal logs while it takes or refuses comments names neither the client's address nor its contact details. */
@PortalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PrivacyLogIntegrationTests {

    private static final String ADDRESS = "203.0.113." + ThreadLocalRandom.current().nextInt(10, 250);

    @Autowired
    MockMvc mvc;

    @Test
    void commentsWithContactDetailsFromAKnownAddressLeaveNeitherInTheLog(CapturedOutput output) throws Exception {
        String phone = "139" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String mail = "p" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        submit(phone, true).andExpect(status().isAccepted());
        submit(mail, true).andExpect(status().isAccepted());
        submit(phone, false).andExpect(status().isBadRequest());

        assertThat(output.getAll()).contains("acknowledged by the comment log").doesNotContain(ADDRESS, phone, mail);
    }

    private ResultActions submit(String contact, boolean consent) throws Exception {
        return mvc.perform(post("/api/v1/comments").contentType(MediaType.APPLICATION_JSON)
                .with(request -> {
                    request.setRemoteAddr(ADDRESS);
                    return request;
                })
                .content("""
                        {"sectionKey":"3.6","text":"路灯维修太慢 %s","role":"citizen","contact":"%s","consent":%s}""".formatted(UUID.randomUUID().toString().substring(0, 8), contact, consent)));
    }
}
