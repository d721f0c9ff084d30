package cn.hongqi.feedback.staff.summary;

import cn.hongqi.feedback.reportlog.ReportImporter;
import cn.hongqi.feedback.staff.SeededComments;
import cn.hongqi.feedback.staff.StaffIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Section summaries against the real index: their numbers are the search's numbers for the same filter. */
@StaffIntegrationTest
class SummaryIntegrationTests {

    private static final String SECTION = "3.4";

    @Autowired
    MockMvc mvc;

    @Autowired
    SeededComments seeded;

    @Autowired
    ReportImporter importer;

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void theSeedReportIsServed() throws Exception {
        Path report = Path.of(System.getProperty("feedback.report.file"));
        importer.importReport("hongqi-2020-government-work-report", report.getFileName().toString(), Files.readAllBytes(report));
    }

    @Test
    void theSummaryCountsWhatTheSearchFindsBySentimentIntentAndCampaign() throws Exception {
        String marker = SeededComments.uniqueWord();
        String campaign = seeded.add(SECTION, marker + " 夜市太吵了", null, "new", "negative", "complaint", null);
        seeded.add(SECTION, marker + " 夜市太吵了！", null, "new", "negative", "complaint", campaign);
        seeded.add(SECTION, marker + " 小吃街办得好", null, "published", "positive", "praise", null);
        seeded.add(SECTION, marker + " 垃圾广告", null, "spam", "negative", "complaint", null);

        JsonNode summary = json.readTree(mvc.perform(get("/api/v1/staff/sections/" + SECTION + "/summary")
                .with(httpBasic(SeededComments.STAFF_USER, SeededComments.STAFF_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        long negatives = total("sentiment=negative&status=new") + total("sentiment=negative&status=published");

        assertThat(summary.get("total").asLong()).isEqualTo(total("status=new") + total("status=published") + total("status=hidden"));
        assertThat(summary.get("bySentiment").get("negative").asLong()).isEqualTo(negatives).isGreaterThanOrEqualTo(2);
        assertThat(summary.get("title").asText()).contains("现代产业新体系");
        assertThat(summary.get("campaigns").findValuesAsText("campaignId")).contains(campaign);
        assertThat(summary.get("trend").size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theOverviewAndTheSectionPageRenderForStaffAndAnUnknownSectionIsNotFound() throws Exception {
        seeded.add(SECTION, SeededComments.uniqueWord() + " 金融港建设要加快", null, "new", "neutral", "suggestion", null);

        mvc.perform(get("/sections").with(user("reader").roles("STAFF"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("各章节意见概览")));
        mvc.perform(get("/sections/" + SECTION + "/summary").with(user("reader").roles("STAFF"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("每日情感走势")))
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(get("/api/v1/staff/sections/9.9/summary").with(httpBasic(SeededComments.STAFF_USER, SeededComments.STAFF_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/staff/sections/" + SECTION + "/summary")).andExpect(status().isUnauthorized());
    }

    private long total(String filters) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/staff/comments?section=" + SECTION + "&size=1&" + filters)
                        .with(httpBasic(SeededComments.STAFF_USER, SeededComments.STAFF_PASSWORD)))
                .andReturn().getResponse().getContentAsString()).get("total").asLong();
    }
}
