package cn.hongqi.feedback.testsupport;

import org.junit.jupiter.api.DynamicTest;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * An authorisation matrix over every route a service maps, taken from the service's own handler
 * mappings: a route added without a rule in the test's table fails until someone decides who may
 * use it, and a rule whose route is gone fails too.
 */
public final class RouteMatrix {

    private RouteMatrix() {
    }

    /** Checks one route under its rule; path variables in {@code path} are already filled in with an id that does not exist. */
    @FunctionalInterface
    public interface Check<R> {
        void check(String route, String method, String path, R rule) throws Exception;
    }

    /** One test per route the service maps. */
    public static <R> Stream<DynamicTest> everyRoute(RequestMappingHandlerMapping mappings, Map<String, R> rules, Check<R> check) {
        Set<String> routes = routes(mappings);
        assertThat(rules.keySet()).as("routes in the matrix that the service no longer maps").isSubsetOf(routes);
        return routes.stream().map(route -> DynamicTest.dynamicTest(route, () -> {
            assertThat(rules).as("who may use the new route " + route + " must be decided in the matrix").containsKey(route);
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "no-such-id");
            check.check(route, method, path, rules.get(route));
        }));
    }

    /**
     * The answer to a call without a body, with a CSRF token so that only authorisation decides;
     * {@code caller} (a user, credentials) may be {@code null} for nobody.
     */
    public static MockHttpServletResponse call(MockMvc mvc, String method, String path, RequestPostProcessor caller) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).with(csrf());
        if (caller != null) {
            request.with(caller);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** {@code METHOD /pattern} for each method and pattern mapped; a mapping without a method counts as GET. */
    public static Set<String> routes(RequestMappingHandlerMapping mappings) {
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
