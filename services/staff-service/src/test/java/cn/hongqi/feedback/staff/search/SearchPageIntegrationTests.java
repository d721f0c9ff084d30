package cn.hongqi.feedback.staff.search;

import cn.hongqi.feedback.staff.SeededComments;
import cn.hongqi.feedback.staff.StaffIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;


import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@StaffIntegrationTest
class SearchPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SeededComments seeded;

    @Test
    void pagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/search").param("q", "小区")).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() throws Exception {
        mvc.perform(formLogin("/login").user(SeededComments.STAFF_USER).password("wrong"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("用户名或密码错误")));
    }

    @Test
    void staffLogInSearchAndLogOut() throws Exception {
        String marker = SeededComments.uniqueWord();
        seeded.add("3.7", marker + " 建议增加社区老年助餐点");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login")
                        .user(SeededComments.STAFF_USER).password(SeededComments.STAFF_PASSWORD))
                .andExpect(redirectedUrl("/search"))
                .andReturn().getRequest().getSession();

        mvc.perform(get("/search").param("q", marker + " 助餐").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 1 条意见")))
                .andExpect(content().string(containsString("<mark>助餐</mark>")));

        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/search").session(session)).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void theFiltersKeepTheirChoiceAndOnlyTheMatchingCommentIsListed() throws Exception {
        String marker = SeededComments.uniqueWord();
        seeded.add("3.7", marker + " 助餐点太少了", null, "new", "negative", "complaint", null);
        seeded.add("3.7", marker + " 助餐点办得好", null, "new", "positive", "praise", null);

        mvc.perform(get("/search").param("q", marker).param("sentiment", "negative")
                        .with(user("reader").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"negative\" selected=\"selected\">负面</option>")))
                .andExpect(content().string(containsString("共 1 条意见")))
                .andExpect(content().string(containsString("助餐点太少了")));
    }

    @Test
    void healthIsOpenForTheLauncher() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
