package cn.hongqi.feedback.staff.security;

import cn.hongqi.feedback.accounts.DelegateRegistry;
import cn.hongqi.feedback.staff.StaffIntegrationTest;
import cn.hongqi.feedback.testsupport.RouteMatrix;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static cn.hongqi.feedback.testsupport.RouteMatrix.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every route the staff service maps, asked by nobody, by a delegate and by each staff role. The
 * routes come from the application itself ({@link RouteMatrix}), so a new route that is missing from
 * {@link #LEAST_ROLE} fails this test until someone decides who may use it. A delegate is tried
 * twice: with the real credentials of a delegate account, which the console must not know, and as
 * a principal holding the portal's DELEGATE role, which must open nothing but the public pages.
 */
@StaffIntegrationTest
class RouteAuthorizationMatrixTests {

    /** The least role each route needs; PUBLIC for the few that need no login. */
    private static final Map<String, String> LEAST_ROLE = Map.ofEntries(
            Map.entry("GET /login", "PUBLIC"),
            Map.entry("GET /error", "PUBLIC"),
            Map.entry("GET /v3/api-docs", "PUBLIC"),
            Map.entry("GET /v3/api-docs.yaml", "PUBLIC"),
            Map.entry("GET /v3/api-docs/swagger-config", "PUBLIC"),
            Map.entry("GET /swagger-ui.html", "PUBLIC"),
            Map.entry("GET /", "STAFF"),
            Map.entry("GET /search", "STAFF"),
            Map.entry("GET /search/export.csv", "STAFF"),
            Map.entry("GET /search/export.xlsx", "STAFF"),
            Map.entry("GET /sections", "STAFF"),
            Map.entry("GET /sections/{key}/summary", "STAFF"),
            Map.entry("GET /sections/{key}/summary.json", "STAFF"),
            Map.entry("GET /moderation", "MODERATOR"),
            Map.entry("POST /moderation/decisions", "MODERATOR"),
            Map.entry("POST /moderation/campaigns/{campaignId}", "MODERATOR"),
            Map.entry("POST /moderation/{commentId}/reply", "MODERATOR"),
            Map.entry("GET /admin/reports", "ADMIN"),
            Map.entry("POST /admin/reports", "ADMIN"),
            Map.entry("GET /admin/delegates", "ADMIN"),
            Map.entry("POST /admin/delegates", "ADMIN"),
            Map.entry("POST /admin/delegates/{username}/password", "ADMIN"),
            Map.entry("POST /admin/delegates/{username}/close", "ADMIN"),
            Map.entry("GET /admin/staff", "ADMIN"),
            Map.entry("POST /admin/staff", "ADMIN"),
            Map.entry("POST /admin/staff/{username}/role", "ADMIN"),
            Map.entry("POST /admin/staff/{username}/password", "ADMIN"),
            Map.entry("POST /admin/staff/{username}/close", "ADMIN"),
            Map.entry("GET /admin/audit.csv", "ADMIN"),
            Map.entry("GET /api/v1/staff/comments", "STAFF"),
            Map.entry("GET /api/v1/staff/comments/export.csv", "STAFF"),
            Map.entry("GET /api/v1/staff/comments/export.xlsx", "STAFF"),
            Map.entry("GET /api/v1/staff/sections/{key}/summary", "STAFF"),
            Map.entry("POST /api/v1/staff/comments/{commentId}/moderation", "MODERATOR"),
            Map.entry("POST /api/v1/staff/comments/{commentId}/reply", "MODERATOR"),
            Map.entry("POST /api/v1/staff/campaigns/{campaignId}/moderation", "MODERATOR"),
            Map.entry("POST /api/v1/staff/campaigns/{campaignId}/reply", "MODERATOR"),
            Map.entry("POST /api/v1/staff/reports", "ADMIN"),
            Map.entry("GET /api/v1/staff/delegates", "ADMIN"),
            Map.entry("POST /api/v1/staff/delegates", "ADMIN"),
            Map.entry("POST /api/v1/staff/delegates/{username}/password", "ADMIN"),
            Map.entry("POST /api/v1/staff/delegates/{username}/close", "ADMIN"),
            Map.entry("GET /api/v1/staff/accounts", "ADMIN"),
            Map.entry("POST /api/v1/staff/accounts", "ADMIN"),
            Map.entry("POST /api/v1/staff/accounts/{username}/role", "ADMIN"),
            Map.entry("POST /api/v1/staff/accounts/{username}/password", "ADMIN"),
            Map.entry("POST /api/v1/staff/accounts/{username}/close", "ADMIN"),
            Map.entry("GET /api/v1/staff/audit/moderation.csv", "ADMIN"));

    private static final List<String> ROLES = List.of("STAFF", "MODERATOR", "ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    DelegateRegistry delegates;

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersEachCallerAsItsRoleAllows() {
        String delegate = "matrix" + UUID.randomUUID().toString().substring(0, 8);
        String password = delegates.open(delegate, "王建国", "东街街道代表团", "admin").password();
        return RouteMatrix.everyRoute(mappings, LEAST_ROLE, (route, method, path, leastRole) -> {
            boolean api = path.startsWith("/api/");
            List<MockHttpServletResponse> outsiders = List.of(call(mvc, method, path, null),
                    call(mvc, method, path, httpBasic(delegate, password)));
            MockHttpServletResponse delegatePrincipal = call(mvc, method, path, user(delegate).roles("DELEGATE"));
            if ("PUBLIC".equals(leastRole)) {
                assertThat(outsiders).as("%s for nobody and a delegate", route).noneMatch(RouteAuthorizationMatrixTests::refused);
                assertThat(refused(delegatePrincipal)).as("%s for a delegate principal", route).isFalse();
                return;
            }
            for (MockHttpServletResponse outsider : outsiders) {
                if (api) {
                    assertThat(outsider.getStatus()).as("%s for nobody and a delegate's credentials", route).isEqualTo(401);
                } else {
                    assertThat(outsider.getStatus()).as("%s for nobody and a delegate's credentials", route).isEqualTo(302);
                    assertThat(outsider.getRedirectedUrl()).as("%s for nobody and a delegate's credentials", route).endsWith("/login");
                }
            }
            assertThat(delegatePrincipal.getStatus()).as("%s for a delegate principal", route).isEqualTo(403);
            for (String role : ROLES) {
                boolean allowed = ROLES.indexOf(role) >= ROLES.indexOf(leastRole);
                MockHttpServletResponse answer = call(mvc, method, path, user("matrix-" + role.toLowerCase())
                        .roles(ROLES.subList(0, ROLES.indexOf(role) + 1).toArray(String[]::new)));
                if (allowed) {
                    assertThat(refused(answer)).as("%s for %s answered %d", route, role, answer.getStatus()).isFalse();
                } else {
                    assertThat(answer.getStatus()).as("%s for %s", route, role).isEqualTo(403);
                }
            }
        });
    }


    private static boolean refused(MockHttpServletResponse answer) {
        return answer.getStatus() == 401 || answer.getStatus() == 403
                || (answer.getRedirectedUrl() != null && answer.getRedirectedUrl().endsWith("/login"));
    }
}
