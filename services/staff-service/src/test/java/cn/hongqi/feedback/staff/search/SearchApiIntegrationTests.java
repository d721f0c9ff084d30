package cn.hongqi.feedback.staff.search;

import cn.hongqi.feedback.staff.SeededComments;
import cn.hongqi.feedback.staff.StaffIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;


import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@StaffIntegrationTest
class SearchApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SeededComments seeded;

    @Test
    void theApiAnswersNobodyWithoutStaffCredentials() throws Exception {
        mvc.perform(get("/api/v1/staff/comments").param("q", "小区")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/staff/comments").param("q", "小区").with(httpBasic(SeededComments.STAFF_USER, "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void twoWordsFindACommentThatUsesThemInAnotherOrderWithWordsBetween() throws Exception {
        String marker = unique();
        String id = seeded.add("3.5", marker + "我们小区晚上停车实在太难了");

        search(marker + " 停车 小区")
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].comment.commentId").value(id))
                .andExpect(jsonPath("$.items[0].highlight", containsString("<mark>停车</mark>")));
    }

    @Test
    void theExactPhraseRanksAboveTheSameWordsApart() throws Exception {
        String marker = unique();
        String apart = seeded.add("3.5", marker + "改造方案要公开，小区的停车位也要增加");
        String exact = seeded.add("3.5", marker + "停车位改造要听取居民意见");

        search(marker + " 停车位改造")
                .andExpect(jsonPath("$.items[0].comment.commentId").value(exact))
                .andExpect(jsonPath("$.items[*].comment.commentId", hasItem(apart)));
    }

    @Test
    void onlyAnAdminSeesContactDetailsOpenedAndNobodySeesTheSealedForm() throws Exception {
        String marker = unique();
        seeded.add("3.5", marker + "路灯坏了", "13900001111", "new");

        search(marker + " 路灯")
                .andExpect(jsonPath("$.items[0].contact").value("13900001111"))
                .andExpect(jsonPath("$.items[0].comment.sealedContact").doesNotExist());
        mvc.perform(get("/api/v1/staff/comments").param("q", marker + " 路灯").with(user("reader").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].contact").doesNotExist())
                .andExpect(jsonPath("$.items[0].comment.sealedContact").doesNotExist());
    }

    @Test
    void filtersBySentimentIntentStatusAndCampaignNarrowTheResult() throws Exception {
        String marker = unique();
        String angryComplaint = seeded.add("3.5", marker + " 电梯拖了两年", null, "new", "negative", "complaint", null);
        String copy = seeded.add("3.5", marker + " 电梯拖了两年！", null, "published", "negative", "complaint", angryComplaint);
        seeded.add("3.5", marker + " 电梯装得好", null, "published", "positive", "praise", null);

        mvc.perform(get("/api/v1/staff/comments").param("q", marker).param("sentiment", "negative").param("intent", "complaint")
                        .with(httpBasic(SeededComments.STAFF_USER, SeededComments.STAFF_PASSWORD)))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/staff/comments").param("q", marker).param("sentiment", "negative").param("status", "published")
                        .with(httpBasic(SeededComments.STAFF_USER, SeededComments.STAFF_PASSWORD)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].comment.commentId").value(copy));
        mvc.perform(get("/api/v1/staff/comments").param("campaign", angryComplaint)
                        .with(httpBasic(SeededComments.STAFF_USER, SeededComments.STAFF_PASSWORD)))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void commentsNeverAcknowledgedToTheirSubmitterAreNotFound() throws Exception {
        String marker = unique();
        seeded.add("3.5", marker + "未确认的意见", null, "withdrawn");
        String kept = seeded.add("3.5", marker + "已确认的意见");

        search(marker)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].comment.commentId").value(kept));
    }

    @Test
    void aSectionFilterIncludesItsSubSectionsAndNothingElse() throws Exception {
        String marker = unique();
        String inSub = seeded.add("3.5", marker + "加装电梯");
        String elsewhere = seeded.add("1.1", marker + "加装电梯");

        mvc.perform(get("/api/v1/staff/comments").param("q", marker + " 电梯").param("section", "3")
                        .with(httpBasic(SeededComments.STAFF_USER, SeededComments.STAFF_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].comment.commentId").value(inSub))
                .andExpect(jsonPath("$.items[*].comment.commentId", not(hasItem(elsewhere))));
    }

    @Test
    void markupInACommentComesBackEscapedInTheHighlight() throws Exception {
        String marker = unique();
        seeded.add("2", marker + "<script>window.pwned=1</script>停车");

        search(marker + " 停车")
                .andExpect(jsonPath("$.items[0].highlight", containsString("&lt;script&gt;")))
                .andExpect(jsonPath("$.items[0].highlight", not(containsString("<script>"))));
    }

    private ResultActions search(String q) throws Exception {
        return mvc.perform(get("/api/v1/staff/comments").param("q", q)
                        .with(httpBasic(SeededComments.STAFF_USER, SeededComments.STAFF_PASSWORD)))
                .andExpect(status().isOk());
    }

    /** A word no other test uses, so each test sees only its own comments in the shared index. */
    static String unique() {
        return SeededComments.uniqueWord() + " ";
    }
}
