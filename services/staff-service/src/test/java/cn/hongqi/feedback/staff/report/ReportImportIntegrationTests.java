package cn.hongqi.feedback.staff.report;

import cn.hongqi.feedback.staff.SeededComments;
import cn.hongqi.feedback.staff.StaffIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Importing reports through the staff API onto a real report log. */
@StaffIntegrationTest
class ReportImportIntegrationTests {

    private static final String FIRST = """
            政府工作报告
            ——2021年1月5日在某县第十七届人民代表大会第六次会议上
            某县人民政府县长 张三
            各位代表：
            一、工作回顾
            （一）经济稳中有进。全年增长5%。优化营商环境。减税降费1亿元。
            （二）民生持续改善。新建学校3所。
            二、工作安排
            （一）抓项目。推进重点项目20个。
            """;
    private static final String REVISED = FIRST.replace("（二）民生持续改善。新建学校3所。\n", "");

    @Autowired
    MockMvc mvc;

    @Test
    void aNewReportIsVersionOneAndTheSameTextAgainChangesNothing() throws Exception {
        upload("county-a", FIRST).andExpect(status().isCreated())
                .andExpect(jsonPath("$.reportId").value("county-a"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.sections").value(5));

        upload("county-a", FIRST).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.created").value(false));
    }

    @Test
    void aRevisedReportIsANewVersionThatFlagsTheSectionsItLost() throws Exception {
        upload("county-b", FIRST).andExpect(status().isCreated());

        upload("county-b", REVISED).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.retired", hasSize(1)))
                .andExpect(jsonPath("$.retired[0].key").value("1.2"))
                .andExpect(jsonPath("$.retired[0].title").value("民生持续改善"))
                .andExpect(jsonPath("$.retired[0].lastVersion").value(1));
    }

    @Test
    void aRevisionThatShiftsSectionsSaysWhichKeysNowHoldOtherHeadings() throws Exception {
        upload("county-e", FIRST).andExpect(status().isCreated());

        upload("county-e", FIRST.replace("（一）经济稳中有进。", "（一）新冠疫情防控有力。全区零感染。\n（二）经济稳中有进。")
                .replace("（二）民生持续改善。", "（三）民生持续改善。")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.retired", hasSize(0)))
                .andExpect(jsonPath("$.warnings[0]", containsString("section 1.1 was “经济稳中有进” and is now “新冠疫情防控有力”; “经济稳中有进” is now 1.2")));
    }

    @Test
    void aFileThatIsNotAReportIsRefusedNamingTheLine() throws Exception {
        upload("county-c", "标题\n\n（一）孤立的小节。正文\n一、部分\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.line").value(3))
                .andExpect(jsonPath("$.detail", containsString("line 3")));
    }

    @Test
    void onlyAnAdministratorImports() throws Exception {
        mvc.perform(multipart("/api/v1/staff/reports").file(file(FIRST))).andExpect(status().isUnauthorized());
    }

    @Test
    void theAdminPageImportsAnUploadAndShowsTheVersion() throws Exception {
        mvc.perform(multipart("/admin/reports").file(file(FIRST)).param("reportId", "county-d")
                        .with(user(SeededComments.STAFF_USER).roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已导入为第 1 版")));
    }

    private ResultActions upload(String reportId, String text) throws Exception {
        return mvc.perform(multipart("/api/v1/staff/reports").file(file(text)).param("reportId", reportId)
                .with(httpBasic(SeededComments.STAFF_USER, SeededComments.STAFF_PASSWORD)));
    }

    private static MockMultipartFile file(String text) {
        return new MockMultipartFile("file", "report.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }
}
