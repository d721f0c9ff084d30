package cn.hongqi.feedback.portal.delegate;

import cn.hongqi.feedback.accounts.DelegateRegistry;
import cn.hongqi.feedback.portal.PortalIntegrationTest;
import cn.hongqi.feedback.testsupport.RouteMatrix;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static cn.hongqi.feedback.testsupport.RouteMatrix.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every route the portal maps, asked by nobody, by a logged-in delegate and with staff credentials.
 * The portal is public, so nobody and a delegate get the same answer; it knows no staff, so staff
 * credentials are refused everywhere, and a principal that is not a delegate never speaks as one.
 * The routes come from the portal itself ({@link RouteMatrix}): a new route missing from
 * {@link #STATUS} fails this test until someone decides what it answers.
 */
@PortalIntegrationTest
class RouteAuthorizationMatrixTests {

    /** What nobody and a delegate get when they call the route without a body, on ids that do not exist. */
    private static final Map<String, Integer> STATUS = Map.ofEntries(
            Map.entry("GET /", 200),
            Map.entry("GET /error", 500),
            Map.entry("GET /sections/{key}", 404),
            Map.entry("POST /sections/{key}/comments", 404),
            Map.entry("GET /receipt", 302),
            Map.entry("GET /receipts", 200),
            Map.entry("GET /delegate/login", 200),
            Map.entry("GET /api/v1/report", 200),
            Map.entry("GET /api/v1/report/sections/{key}", 404),
            Map.entry("POST /api/v1/comments", 415),
            Map.entry("GET /v3/api-docs", 200),
            Map.entry("GET /v3/api-docs.yaml", 200),
            Map.entry("GET /v3/api-docs/swagger-config", 200),
            Map.entry("GET /swagger-ui.html", 302));

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    DelegateRegistry delegates;

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersDelegatesAsEveryoneAndRefusesStaffCredentials() {
        String delegate = "matrix" + UUID.randomUUID().toString().substring(0, 8);
        String password = delegates.open(delegate, "王建国", "东街街道代表团", "admin").password();
        return RouteMatrix.everyRoute(mappings, STATUS, (route, method, path, expected) -> {
            assertThat(call(mvc, method, path, null).getStatus()).as("%s for nobody", route).isEqualTo(expected);
            assertThat(call(mvc, method, path, httpBasic(delegate, password)).getStatus()).as("%s for a delegate", route).isEqualTo(expected);
            assertThat(call(mvc, method, path, user(delegate).roles("STAFF")).getStatus())
                    .as("%s for a staff principal named like a delegate", route).isEqualTo(expected);
            assertThat(call(mvc, method, path, httpBasic("admin", UUID.randomUUID().toString())).getStatus())
                    .as("%s with staff credentials", route).isEqualTo(401);
        });
    }

    @Test
    void onlyAPrincipalHoldingTheDelegateRoleCommentsAsADelegate() throws Exception {
        String delegate = "matrix" + UUID.randomUUID().toString().substring(0, 8);
        delegates.open(delegate, "李秀", "西街代表团", "admin");

        mvc.perform(post("/api/v1/comments").with(user(delegate).roles("STAFF")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"sectionKey":"3.7","text":"以代表身份提意见 %s","role":"delegate","consent":true}""".formatted(delegate)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("role.delegate-login-required"));
    }
}
