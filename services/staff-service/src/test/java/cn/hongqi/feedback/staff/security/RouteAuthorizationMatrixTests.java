package cn.hongqi.feedback.staff.security;

import cn.hongqi.feedback.staff.StaffIntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route the staff service maps, asked by nobody and by each role. The routes come from the
 * application itself, so a new route that is missing from {@link #LEAST_ROLE} fails this test
 * until someone decides who may use it.
 */
@StaffIntegrationTest
class RouteAuthorizationMatrixTests {

    /** The least role each route needs; {@code null} for the few that need no login. */
    private static final Map<String, String> LEAST_ROLE = Map.ofEntries(
            Map.entry("GET /login", "PUBLIC"),
            Map.entry("GET /error", "PUBLIC"),
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

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersEachCallerAsItsRoleAllows() {
        Set<String> routes = routes();
        assertThat(LEAST_ROLE.keySet()).as("routes in the matrix that the service no longer maps").isSubsetOf(routes);
        return routes.stream().map(route -> DynamicTest.dynamicTest(route, () -> {
            assertThat(LEAST_ROLE).as("the least role of the new route " + route + " must be decided here").containsKey(route);
            checkRoute(route, LEAST_ROLE.get(route));
        }));
    }

    private void checkRoute(String route, String leastRole) throws Exception {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "no-such-id");
        boolean api = path.startsWith("/api/");

        MockHttpServletResponse anonymous = call(method, path, null);
        if ("PUBLIC".equals(leastRole)) {
            assertThat(refused(anonymous)).as("%s for nobody", route).isFalse();
            return;
        }
        if (api) {
            assertThat(anonymous.getStatus()).as("%s for nobody", route).isEqualTo(401);
        } else {
            assertThat(anonymous.getStatus()).as("%s for nobody", route).isEqualTo(302);
            assertThat(anonymous.getRedirectedUrl()).as("%s for nobody", route).endsWith("/login");
        }
        for (String role : ROLES) {
            boolean allowed = ROLES.indexOf(role) >= ROLES.indexOf(leastRole);
            MockHttpServletResponse answer = call(method, path, role);
            if (allowed) {
                assertThat(refused(answer)).as("%s for %s answered %d", route, role, answer.getStatus()).isFalse();
            } else {
                assertThat(answer.getStatus()).as("%s for %s", route, role).isEqualTo(403);
            }
        }
    }

    private MockHttpServletResponse call(String method, String path, String role) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).with(csrf());
        if (role != null) {
            request.with(user("matrix-" + role.toLowerCase()).roles(ROLES.subList(0, ROLES.indexOf(role) + 1).toArray(String[]::new)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static boolean refused(MockHttpServletResponse answer) {
        return answer.getStatus() == 401 || answer.getStatus() == 403
                || (answer.getRedirectedUrl() != null && answer.getRedirectedUrl().endsWith("/login"));
    }

    private Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            List<String> methods = new ArrayList<>();
            info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).forEach(methods::add);
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : info.getPatternValues()) {
                methods.forEach(method -> routes.add(method + " " + pattern));
            }
        });
        return routes;
    }
}
