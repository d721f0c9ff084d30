package cn.hongqi.feedback.staff.account;

import cn.hongqi.feedback.events.DelegateAccount;
import cn.hongqi.feedback.accounts.AccountDirectory;
import cn.hongqi.feedback.staff.SeededComments;
import cn.hongqi.feedback.staff.StaffIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@StaffIntegrationTest
class DelegateAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory<DelegateAccount> directory;

    @Test
    void anAdminOpensAnAccountAndGetsItsPasswordOnceWhileTheListNeverShowsAHash() throws Exception {
        String username = unique();
        String body = mvc.perform(post("/api/v1/staff/delegates").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","displayName":"王建国","delegation":"东街街道代表团"}""".formatted(username)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.password").isString())
                .andReturn().getResponse().getContentAsString();
        String password = body.replaceAll(".*\"password\":\"([^\"]+)\".*", "$1");

        assertThat(new BCryptPasswordEncoder().matches(password, directory.active(username).orElseThrow().passwordHash())).isTrue();
        mvc.perform(get("/api/v1/staff/delegates").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == '%s')].delegation".formatted(username)).value("东街街道代表团"))
                .andExpect(content().string(not(containsString("$2a$"))))
                .andExpect(content().string(not(containsString(password))));
    }

    @Test
    void aTakenUsernameIsAConflictAnUnknownOneIsNotFoundAndOnlyAdminsMayTouchAccounts() throws Exception {
        String username = unique();
        String request = """
                {"username":"%s","displayName":"李秀","delegation":"西街代表团"}""".formatted(username);
        mvc.perform(post("/api/v1/staff/delegates").with(admin()).contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isCreated());

        mvc.perform(post("/api/v1/staff/delegates").with(admin()).contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("account.username.taken"));
        mvc.perform(post("/api/v1/staff/delegates/nosuch-" + username + "/close").with(admin()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/staff/delegates").with(user("reader").roles("STAFF")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/staff/delegates")).andExpect(status().isUnauthorized());
    }

    @Test
    void thePageOpensResetsAndClosesAccounts() throws Exception {
        String username = unique();
        mvc.perform(post("/admin/delegates").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("username", username).param("displayName", "张伟").param("delegation", "洪门镇代表团"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"one-time-password\"")))
                .andExpect(content().string(containsString("洪门镇代表团")));

        mvc.perform(post("/admin/delegates/" + username + "/close").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(directory.active(username)).isEmpty();

        mvc.perform(post("/admin/delegates").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("username", "no").param("displayName", "张伟").param("delegation", "洪门镇代表团"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("用户名须为 3 到 32 个")));
        mvc.perform(get("/admin/delegates").with(user("reader").roles("STAFF"))).andExpect(status().isForbidden());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic(SeededComments.STAFF_USER, SeededComments.STAFF_PASSWORD);
    }

    private static String unique() {
        return "d" + UUID.randomUUID().toString().substring(0, 8);
    }
}
