package cn.hongqi.feedback.staff.audit;

import cn.hongqi.feedback.staff.SeededComments;
import cn.hongqi.feedback.staff.StaffIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit trail is read back from the comment log: every decision and reply, with who and why. */
@StaffIntegrationTest
class AuditExportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SeededComments seeded;

    @Test
    void anAdminExportsEveryDecisionAndReplyWithWhoWhatAndWhy() throws Exception {
        String id = seeded.add("3.5", SeededComments.uniqueWord() + " 审计用的意见");
        mvc.perform(post("/api/v1/staff/comments/" + id + "/moderation").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"HIDE\",\"reason\":\"=HYPERLINK(\\\"http://x\\\") 含个人信息\"}")).andExpect(status().isAccepted());
        mvc.perform(post("/api/v1/staff/comments/" + id + "/reply").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"已转区住建局办理。\",\"author\":\"区住建局\"}")).andExpect(status().isAccepted());

        String csv = download("/api/v1/staff/audit/moderation.csv");

        assertThat(csv).startsWith("\uFEFF\"时间\",\"操作\",\"操作人\"");
        assertThat(csv.lines().filter(line -> line.contains(id)).toList()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("\"不予公开\"", "\"" + SeededComments.STAFF_USER + "\"",
                        "\"'=HYPERLINK(\"\"http://x\"\") 含个人信息\""))
                .anySatisfy(line -> assertThat(line).contains("\"答复\"", "\"区住建局\"", "\"已转区住建局办理。\""));

        String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        assertThat(download("/api/v1/staff/audit/moderation.csv?to=" + yesterday)).doesNotContain(id);
    }

    @Test
    void onlyAdminsMayReadTheAuditTrail() throws Exception {
        mvc.perform(get("/api/v1/staff/audit/moderation.csv")).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/audit.csv").with(user("moderator").roles("MODERATOR", "STAFF"))).andExpect(status().isForbidden());
    }

    private String download(String url) throws Exception {
        MvcResult started = mvc.perform(get(url).with(admin())).andExpect(status().isOk()).andReturn();
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic(SeededComments.STAFF_USER, SeededComments.STAFF_PASSWORD);
    }
}
