package cn.hongqi.feedback.testsupport.openapi;

import cn.hongqi.feedback.testsupport.RouteMatrix;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Holds a service to its OpenAPI document, on the running service: the document it serves is the one
 * committed under {@code docs/openapi}, it documents exactly the {@code /api/**} routes the service
 * maps, and every request example, sent for real, gets the response example of the same name (its
 * status, its {@code reason}) and a body with what the schema requires.
 */
public final class ApiContract {

    /** {@code -Dfeedback.openapi.write=true} rewrites the committed document instead of comparing. */
    public static final String REWRITE = "feedback.openapi.write";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** @param authorization the {@code Authorization} header for the API's calls, or {@code null} */
    public ApiContract(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /**
     * Every check, one test each: the committed document {@code docs/openapi/<name>.json} is the one
     * served, it documents every {@code /api/**} route, its response examples fit their schemas, and
     * each request example gets its documented answer ({@code pathValues} fill path variables).
     */
    public Stream<DynamicTest> everyCheck(String name, String module, RequestMappingHandlerMapping mappings,
                                          Map<String, String> pathValues) throws Exception {
        JsonNode document = served();
        return Stream.concat(Stream.of(
                        DynamicTest.dynamicTest("the committed document is the one served", () -> assertCommitted(document, name, module)),
                        DynamicTest.dynamicTest("every /api/** route is documented", () -> assertEveryApiRouteDocumented(document, mappings)),
                        DynamicTest.dynamicTest("response examples fit their schemas", () -> assertExamplesFitSchemas(document))),
                requestExamples(document, pathValues));
    }

    /** The document as the service serves it, without a login. */
    JsonNode served() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/v3/api-docs")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as("GET /v3/api-docs without a login").isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /**
     * The served document equals {@code docs/openapi/<name>.json}; with {@link #REWRITE} set, the file
     * is written instead, keys in the order served (sorted) and pretty-printed.
     */
    static void assertCommitted(JsonNode served, String name, String module) throws IOException {
        Path committed = Path.of(System.getProperty("feedback.openapi.dir", "../../docs/openapi"), name + ".json");
        if (Boolean.getBoolean(REWRITE)) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
            return;
        }
        JsonNode expected = Files.exists(committed) ? JSON.readTree(committed.toFile()) : JSON.createObjectNode();
        assertThat(served).as("""
                %s differs from the document the service serves. If the API change is intended, regenerate it:
                  mvn -o -pl services/%s test -Dtest=ApiContractTests -D%s=true
                and commit the file.""", committed, module, REWRITE).isEqualTo(expected);
    }

    /** Every {@code /api/**} route the service maps is documented with its method, and nothing else is. */
    static void assertEveryApiRouteDocumented(JsonNode document, RequestMappingHandlerMapping mappings) {
        Set<String> mapped = new TreeSet<>(RouteMatrix.routes(mappings));
        mapped.removeIf(route -> !route.substring(route.indexOf(' ') + 1).startsWith("/api/"));
        Set<String> documented = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertThat(documented).as("documented routes against the routes mapped").isEqualTo(mapped);
    }

    /** Every documented response example fits its schema: examples cannot drift from the models either. */
    static void assertExamplesFitSchemas(JsonNode document) {
        List<String> problems = new ArrayList<>();
        operations(document).forEach(operation -> operation.node().path("responses").fields().forEachRemaining(response ->
                response.getValue().path("content").fields().forEachRemaining(media -> media.getValue().path("examples").fields()
                        .forEachRemaining(example -> Schemas.check(document, media.getValue().path("schema"), example.getValue().path("value"),
                                operation + " " + response.getKey() + " example " + example.getKey(), problems)))));
        assertThat(problems).as("response examples that do not fit their schema").isEmpty();
    }

    /**
     * One test per request example: sent to the service with the path variables in {@code pathValues}
     * (or the parameter's documented example), it gets the status under which the response example of
     * the same name is documented, that example's {@code reason} if it has one, and a body that fits the schema.
     */
    Stream<DynamicTest> requestExamples(JsonNode document, Map<String, String> pathValues) {
        List<DynamicTest> tests = new ArrayList<>();
        operations(document).forEach(operation -> operation.node().path("requestBody").path("content").fields()
                .forEachRemaining(media -> media.getValue().path("examples").fields().forEachRemaining(example ->
                        tests.add(DynamicTest.dynamicTest(operation + " example " + example.getKey(), () ->
                                send(document, operation, pathValues, media.getKey(), example.getKey(), example.getValue().path("value")))))));
        assertThat(tests).as("request examples").isNotEmpty();
        return tests.stream();
    }

    private void send(JsonNode document, Operation operation, Map<String, String> pathValues, String mediaType, String name,
                      JsonNode body) throws Exception {
        Map.Entry<String, JsonNode> expected = pairedResponse(operation, name);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path(operation, pathValues)))
                .header("Content-Type", mediaType).header("Accept-Language", "zh-CN")
                .method(operation.method().toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as("%s example %s answered %s", operation, name, answer.body())
                .isEqualTo(Integer.parseInt(expected.getKey()));
        JsonNode content = operation.node().path("responses").path(expected.getKey()).path("content");
        Iterator<Map.Entry<String, JsonNode>> media = content.fields();
        if (!media.hasNext()) {
            return;
        }
        JsonNode actual = JSON.readTree(answer.body());
        JsonNode documented = expected.getValue().path("value");
        if (documented.has("reason")) {
            assertThat(actual.path("reason").asText()).as("%s example %s: reason", operation, name).isEqualTo(documented.path("reason").asText());
        }
        List<String> problems = new ArrayList<>();
        Schemas.check(document, media.next().getValue().path("schema"), actual, operation + " answer to " + name, problems);
        assertThat(problems).as("the answer to %s fits the documented schema", name).isEmpty();
    }

    /** The response example named like the request example, and the status it is documented under. */
    private static Map.Entry<String, JsonNode> pairedResponse(Operation operation, String name) {
        List<Map.Entry<String, JsonNode>> paired = new ArrayList<>();
        operation.node().path("responses").fields().forEachRemaining(response -> response.getValue().path("content").elements()
                .forEachRemaining(media -> {
                    if (media.path("examples").has(name)) {
                        paired.add(Map.entry(response.getKey(), media.path("examples").path(name)));
                    }
                }));
        if (paired.size() != 1) {
            fail("%s: request example %s needs exactly one response example of the same name, found %d", operation, name, paired.size());
        }
        return paired.get(0);
    }

    private static String path(Operation operation, Map<String, String> pathValues) {
        String path = operation.path();
        for (JsonNode parameter : operation.node().path("parameters")) {
            String name = parameter.path("name").asText();
            if ("path".equals(parameter.path("in").asText())) {
                String value = pathValues.getOrDefault(name, parameter.path("example").asText());
                path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return path;
    }

    private record Operation(String method, String path, JsonNode node) {
        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method ->
                operations.add(new Operation(method.getKey(), path.getKey(), method.getValue()))));
        return operations;
    }
}
