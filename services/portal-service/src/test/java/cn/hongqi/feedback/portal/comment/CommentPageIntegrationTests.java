package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.portal.PortalIntegrationTest;
import cn.hongqi.feedback.portal.report.CommentCounts;
import cn.hongqi.feedback.portal.report.ReportCatalog;
import cn.hongqi.feedback.report.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalIntegrationTest
class CommentPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportCatalog catalog;

    @Autowired
    CommentCounts counts;

    private Anchor anchor(String sectionKey, String phrase) {
        return catalog.section(sectionKey).orElseThrow().anchors()
                .filter(anchor -> anchor.phrase().equals(phrase)).findFirst().orElseThrow();
    }

    @Test
    void theIndexListsEverySectionOfTheReport() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2020年工作安排")))
                .andExpect(content().string(containsString("href=\"/sections/3.8\"")));
    }

    @Test
    void theContentsCountTheCommentsOfEachSectionAndItsSubSections() throws Exception {
        long sectionBefore = counts.of("3.6");
        long partBefore = counts.of("3");

        mvc.perform(post("/sections/3.6/comments").with(FormSession.openedForm(mvc, "3.6")).param("text", "扫黑除恶要常抓不懈。").param("consent", "true"))
                .andExpect(redirectedUrl("/receipt"));

        await().atMost(Duration.ofSeconds(10)).until(() -> counts.of("3.6") == sectionBefore + 1);
        assertThat(counts.of("3")).isEqualTo(partBefore + 1);
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("data-count=\"" + (sectionBefore + 1) + "\"")));
    }

    @Test
    void aSectionPageShowsItsTextAndTheForm() throws Exception {
        mvc.perform(get("/sections/1.1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("三大攻坚取得新进展，发展基础更牢固")))
                .andExpect(content().string(containsString("action=\"/sections/1.1/comments\"")));
    }

    @Test
    void anUnknownSectionIsNotFound() throws Exception {
        mvc.perform(get("/sections/42")).andExpect(status().isNotFound());
    }

    @Test
    void anAcceptedFormLeadsToTheReceipt() throws Exception {
        mvc.perform(post("/sections/3.5/comments").with(FormSession.openedForm(mvc, "3.5")).param("text", "支持加装电梯。").param("consent", "true"))
                .andExpect(redirectedUrl("/receipt"))
                .andExpect(flash().attributeExists("receipt"));
    }

    @Test
    void withoutConsentTheFormIsShownAgainWithTheTextKept() throws Exception {
        mvc.perform(post("/sections/3.5/comments").with(FormSession.openedForm(mvc, "3.5")).param("text", "支持加装电梯。"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请先阅读并同意隐私说明")))
                .andExpect(content().string(containsString(">支持加装电梯。</textarea>")));
    }

    @Test
    void anEmptyCommentIsRefusedOnThePage() throws Exception {
        mvc.perform(post("/sections/3.5/comments").with(FormSession.openedForm(mvc, "3.5")).param("text", "   ").param("consent", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("意见内容不能为空")));
    }

    @Test
    void markupInTheKeptTextIsEscaped() throws Exception {
        mvc.perform(post("/sections/3.5/comments").with(FormSession.openedForm(mvc, "3.5")).param("text", "<script>alert(1)</script>"))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void aLeadPhraseIsAnAnchorWithItsOwnCommentLink() throws Exception {
        Anchor anchor = anchor("1.1", "强化污染防治");

        mvc.perform(get("/sections/1.1"))
                .andExpect(content().string(containsString("id=\"" + anchor.id() + "\"")))
                .andExpect(content().string(containsString("/sections/1.1?anchor=" + anchor.id() + "#comment-form")));
        mvc.perform(get("/sections/1.1").param("anchor", anchor.id()))
                .andExpect(content().string(containsString("对要点“强化污染防治”提出意见")))
                .andExpect(content().string(containsString("name=\"anchorId\" value=\"" + anchor.id() + "\"")));
    }

    @Test
    void aCommentOnAnAnchorOfAnotherSectionIsRefused() throws Exception {
        Anchor elsewhere = anchor("1.1", "强化污染防治");

        mvc.perform(post("/sections/3.5/comments").with(FormSession.openedForm(mvc, "3.5")).param("text", "空气质量").param("consent", "true").param("anchorId", elsewhere.id()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("本部分没有这个要点")));
    }

    @Test
    void aPostWithoutTheFormsTokenIsRefusedAsCrossSiteAndKeepsTheText() throws Exception {
        mvc.perform(post("/sections/3.5/comments").param("text", "别的网站替我提交的").param("consent", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("表单已失效或未启用 Cookie")))
                .andExpect(content().string(containsString(">别的网站替我提交的</textarea>")));
    }

    @Test
    void aFilledHoneypotIsRefused() throws Exception {
        mvc.perform(post("/sections/3.5/comments").with(FormSession.openedForm(mvc, "3.5"))
                        .param("text", "机器人填写").param("consent", "true").param("website", "http://spam.example"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void reloadingTheReceiptPageGoesBackToTheReport() throws Exception {
        mvc.perform(get("/receipt")).andExpect(redirectedUrl("/"));
    }

    @Test
    void pagesSpeakEnglishWhenAskedTo() throws Exception {
        mvc.perform(get("/sections/1.1").param("lang", "en"))
                .andExpect(content().string(containsString("Comment on this section")));
        mvc.perform(get("/sections/1.1").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("对本部分提出意见")));
    }
}
