package cn.hongqi.feedback.staff.account;

import cn.hongqi.feedback.staff.SeededComments;
import cn.hongqi.feedback.staff.StaffIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff accounts opened by an admin log in with exactly their role, and lose it the moment it changes. */
@StaffIntegrationTest
class StaffAccountIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anAccountLogsInWithItsOneTimePasswordAndHoldsOnlyItsRole() throws Exception {
        String username = unique();
        String password = open(username, "STAFF");

        mvc.perform(get("/api/v1/staff/comments").with(httpBasic(username, password))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/staff/comments/" + UUID.randomUUID() + "/moderation").with(httpBasic(username, password))
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"PUBLISH\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/staff/comments").with(httpBasic(username, "wrong-" + password))).andExpect(status().isUnauthorized());

        mvc.perform(post("/api/v1/staff/accounts/" + username + "/role").param("role", "MODERATOR").with(admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.role").value("MODERATOR"));
        mvc.perform(post("/api/v1/staff/comments/" + UUID.randomUUID() + "/moderation").with(httpBasic(username, password))
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"PUBLISH\"}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/staff/accounts").with(httpBasic(username, password))).andExpect(status().isForbidden());
    }

    @Test
    void closingAnAccountEndsItsOpenSessionAtItsNextRequest() throws Exception {
        String username = unique();
        String password = open(username, "MODERATOR");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", password))
                .andExpect(redirectedUrl("/search"));
        mvc.perform(get("/moderation").session(session)).andExpect(status().isOk());

        mvc.perform(post("/api/v1/staff/accounts/" + username + "/close").with(admin())).andExpect(status().isOk());

        mvc.perform(get("/moderation").session(session))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/api/v1/staff/comments").with(httpBasic(username, password))).andExpect(status().isUnauthorized());
    }

    @Test
    void tenWrongPasswordsLockTheNameEvenAgainstTheRightOneAndOnlyThatName() throws Exception {
        String username = unique();
        String password = open(username, "STAFF");
        String bystander = unique();
        String bystanderPassword = open(bystander, "STAFF");

        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/v1/staff/comments").with(httpBasic(username, "guess-" + i))).andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/staff/comments").with(httpBasic(username, password))).andExpect(status().isUnauthorized());
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", "")).andExpect(content().string(containsString("已暂时锁定")));
        mvc.perform(get("/api/v1/staff/comments").with(httpBasic(bystander, bystanderPassword))).andExpect(status().isOk());
    }

    @Test
    void badRolesTakenNamesAndUnknownAccountsAreRefusedWithTheirReason() throws Exception {
        mvc.perform(post("/api/v1/staff/accounts").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"displayName\":\"王五\",\"role\":\"ROOT\"}".formatted(unique())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("staff.role.invalid"));
        mvc.perform(post("/api/v1/staff/accounts").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"displayName\":\"王五\",\"role\":\"STAFF\"}".formatted(SeededComments.STAFF_USER)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("account.username.taken"));
        mvc.perform(post("/api/v1/staff/accounts/nosuch-" + unique() + "/password").with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void thePageOpensAnAccountShowsItsPasswordOnceAndListsItWithoutAHash() throws Exception {
        String username = unique();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                .param("username", SeededComments.STAFF_USER).param("password", SeededComments.STAFF_PASSWORD));

        mvc.perform(post("/admin/staff").session(session).with(csrf())
                        .param("username", username).param("displayName", "刘审核").param("role", "MODERATOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"one-time-password\"")))
                .andExpect(content().string(containsString("刘审核")));
        mvc.perform(get("/admin/staff").session(session))
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(not(containsString("$2a$"))))
                .andExpect(content().string(not(containsString("one-time-password"))));
    }

    private String open(String username, String role) throws Exception {
        String body = mvc.perform(post("/api/v1/staff/accounts").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"displayName\":\"李明\",\"role\":\"%s\"}".formatted(username, role)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.role").value(role))
                .andReturn().getResponse().getContentAsString();
        return body.replaceAll(".*\"password\":\"([^\"]+)\".*", "$1");
    }

    private static RequestPostProcessor admin() {
        return httpBasic(SeededComments.STAFF_USER, SeededComments.STAFF_PASSWORD);
    }

    private static String unique() {
        return "s" + UUID.randomUUID().toString().substring(0, 8);
    }
}
