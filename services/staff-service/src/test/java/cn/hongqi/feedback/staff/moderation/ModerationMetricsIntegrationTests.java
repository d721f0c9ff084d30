package cn.hongqi.feedback.staff.moderation;

import cn.hongqi.feedback.staff.SeededComments;
import cn.hongqi.feedback.staff.StaffIntegrationTest;
import cn.hongqi.feedback.testsupport.Prometheus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The staff service's meters, read at {@code /actuator/prometheus} by a scraper that has no staff login. */
@StaffIntegrationTest
class ModerationMetricsIntegrationTests {

    private static final String ACTIONS = "feedback_moderation_actions_total";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SeededComments seeded;

    @Test
    void theEndpointAnswersWithoutALoginAndCountsEachModerationActionByName() throws Exception {
        Prometheus.Scrape before = Prometheus.scrape(port);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.samples(ACTIONS, "action=\"hide\"")).hasSize(1);
        assertThat(before.samples(ACTIONS, "action=\"reply\"")).hasSize(1);

        String id = seeded.add("3.5", SeededComments.uniqueWord() + " 这条意见含有个人电话");
        mvc.perform(post("/api/v1/staff/comments/" + id + "/moderation").with(httpBasic(SeededComments.STAFF_USER, SeededComments.STAFF_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"hide\",\"reason\":\"含个人信息\"}"))
                .andExpect(status().isAccepted());

        Prometheus.Scrape after = Prometheus.scrape(port);
        assertThat(after.sum(ACTIONS, "action=\"hide\"")).isEqualTo(before.sum(ACTIONS, "action=\"hide\"") + 1);
        assertThat(after.sum(ACTIONS, "action=\"publish\"")).isEqualTo(before.sum(ACTIONS, "action=\"publish\""));
        assertThat(after.samples("http_server_requests_seconds_count")).isNotEmpty();
    }
}
