package cn.hongqi.feedback.portal.report;

import cn.hongqi.feedback.portal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalIntegrationTest
class ReportApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theReportIsATreeOfSectionsWithTheirAnchors() throws Exception {
        mvc.perform(get("/api/v1/report"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reportId").value("hongqi-2020-government-work-report"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.title").value("政府工作报告"))
                .andExpect(jsonPath("$.sections[*].key", contains("1", "2", "3")))
                .andExpect(jsonPath("$.sections[0].children", hasSize(6)))
                .andExpect(jsonPath("$.sections[1].children", hasSize(0)))
                .andExpect(jsonPath("$.sections[2].children", hasSize(8)))
                .andExpect(jsonPath("$.sections[0].children[0].anchors[*].phrase", contains("防范化解重大风险", "强化污染防治", "做好扶弱帮困")));
    }

    @Test
    void aSectionComesWithItsText() throws Exception {
        mvc.perform(get("/api/v1/report/sections/1.1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("三大攻坚取得新进展，发展基础更牢固"))
                .andExpect(jsonPath("$.paragraphs[0].lead", startsWith("坚持把打好三大攻坚战")))
                .andExpect(jsonPath("$.paragraphs[0].points[0].phrase").value("防范化解重大风险"));
    }

    @Test
    void anUnknownSectionIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/report/sections/9.9")).andExpect(status().isNotFound());
    }
}
