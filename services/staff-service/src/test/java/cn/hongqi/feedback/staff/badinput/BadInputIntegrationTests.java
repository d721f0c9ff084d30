package cn.hongqi.feedback.staff.badinput;

import cn.hongqi.feedback.staff.SeededComments;
import cn.hongqi.feedback.staff.StaffIntegrationTest;
import cn.hongqi.feedback.testsupport.badinput.BadInput;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static cn.hongqi.feedback.testsupport.badinput.BadInputAnswers.assertAnswered;
import static cn.hongqi.feedback.testsupport.badinput.BadInputAnswers.assertShownAsText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The bad-input corpus against the staff search box (page and API), the report importer (page and
 * API) and the CSV export. The APIs are called over a real socket, so Tomcat's own limits and
 * decoding apply; a comment the corpus seeds must come back as text on the page and neutralised in
 * the CSV.
 */
@StaffIntegrationTest
class BadInputIntegrationTests {

    private static final String CORPUS = "cn.hongqi.feedback.testsupport.badinput.BadInputCorpus#";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(
            (SeededComments.STAFF_USER + ":" + SeededComments.STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final Set<String> WITHOUT_BODY = Set.of("GET", "DELETE");
    private static final int TEXT_COLUMN = 7;

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SeededComments comments;

    @Autowired
    ObjectMapper json;

    @ParameterizedTest(name = "{0}")
    @MethodSource(CORPUS + "staffSearchApi")
    void theSearchApi(BadInput badInput) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/staff/comments?" + searchParameters(badInput, null)))
                .header("Authorization", BASIC);
        badInput.input().path("headers").forEach(header -> request.header(header.get(0).asText(), header.get(1).asText()));
        HttpResponse<String> response = HTTP.send(withBody(request, badInput, badInput.bytes("body")).build(), HttpResponse.BodyHandlers.ofString());

        assertAnswered(badInput, response.statusCode(), response.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(CORPUS + "staffSearchPage")
    void theSearchPage(BadInput badInput) throws Exception {
        String marker = SeededComments.uniqueWord();
        String seed = badInput.string("seed");
        if (seed != null) {
            comments.add("3.5", seed + " " + marker);
        }
        MockHttpServletResponse response = mvc.perform(request(badInput.string("method", "GET"),
                        URI.create("/search?" + searchParameters(badInput, seed == null ? null : marker)))
                .with(user("reader").roles("STAFF")).with(csrf())).andReturn().getResponse();
        String html = response.getContentAsString(StandardCharsets.UTF_8);

        assertAnswered(badInput, response.getStatus(), html);
        if (seed != null) {
            assertShownAsText(badInput, html, "<td class=\"text\">", "</td>", "</?mark>", seed + " " + marker);
        }
        String absent = badInput.expected("absent");
        if (absent != null) {
            assertThat(html).as(badInput + " echoes the query as markup").doesNotContain(absent);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(CORPUS + "staffImportApi")
    void theReportImportApi(BadInput badInput) throws Exception {
        String boundary = "corpus" + UUID.randomUUID();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/staff/reports")).header("Authorization", BASIC)
                .header("Content-Type", badInput.string("contentType", "multipart/form-data; boundary=" + boundary));
        byte[] body = badInput.has("body") ? badInput.bytes("body") : multipartBody(badInput, boundary);
        HttpResponse<String> response = HTTP.send(withBody(request, badInput, body).build(), HttpResponse.BodyHandlers.ofString());

        assertAnswered(badInput, response.statusCode(), response.body());
        String reportId = badInput.expected("reportId");
        if (reportId != null) {
            assertThat(json.readTree(response.body()).path("reportId").asText()).as(badInput + " imported as").isEqualTo(reportId);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(CORPUS + "staffImportPage")
    void theReportImportPage(BadInput badInput) throws Exception {
        MockHttpServletRequestBuilder request;
        if (badInput.has("body") || badInput.has("method")) {
            request = request(badInput.string("method", "POST"), URI.create("/admin/reports"))
                    .contentType(badInput.string("contentType", "text/plain")).content(badInput.bytes("body"));
        } else {
            MockMultipartHttpServletRequestBuilder upload = multipart("/admin/reports").file(new MockMultipartFile(
                    badInput.string("fieldName", "file"), badInput.string("fileName", "report.txt"), badInput.string("partType", "text/plain"),
                    fileContent(badInput)));
            reportIds(badInput).forEach(id -> upload.param("reportId", id));
            request = upload;
        }
        MockHttpServletResponse response = mvc.perform(request.with(user(SeededComments.STAFF_USER).roles("ADMIN")).with(csrf()))
                .andReturn().getResponse();

        assertAnswered(badInput, response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(CORPUS + "staffExport")
    void theCsvExport(BadInput badInput) throws Exception {
        String marker = SeededComments.uniqueWord();
        if (badInput.has("text")) {
            comments.add("3.5", badInput.text() + " " + marker);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/staff/comments/export.csv?"
                + searchParameters(badInput, badInput.has("text") ? marker : null))).header("Authorization", BASIC);
        HttpResponse<String> response = HTTP.send(withBody(request, badInput, new byte[0]).build(), HttpResponse.BodyHandlers.ofString());

        assertAnswered(badInput, response.statusCode(), response.body());
        String cell = badInput.expected("cell");
        if (cell != null) {
            List<List<String>> rows = Csv.parse(response.body());
            assertThat(rows).as(badInput + " exported rows").hasSize(2);
            assertThat(rows.get(1).get(TEXT_COLUMN)).as(badInput + " text cell").isEqualTo(cell + " " + marker);
        }
    }

    /** The search box's text, or the seeded comment's marker, followed by the case's raw parameters. */
    private static String searchParameters(BadInput badInput, String marker) {
        List<String> parameters = new ArrayList<>();
        String q = marker != null ? marker : badInput.string("q");
        if (q != null) {
            parameters.add("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        if (badInput.has("params")) {
            parameters.add(badInput.string("params"));
        }
        return String.join("&", parameters);
    }

    private static byte[] multipartBody(BadInput badInput, String boundary) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int files = badInput.input().path("twoFiles").asBoolean() ? 2 : 1;
        for (int i = 0; i < files; i++) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + badInput.string("fieldName", "file")
                    + "\"; filename=\"" + badInput.string("fileName", "report.txt").replace("\"", "%22") + "\"\r\nContent-Type: "
                    + badInput.string("partType", "text/plain") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(fileContent(badInput));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        for (String reportId : reportIds(badInput)) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"reportId\"\r\n\r\n" + reportId + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** The case's file, {@code size} bytes of filler, or else the seed report, which imports. */
    private static byte[] fileContent(BadInput badInput) throws Exception {
        if (badInput.has("size")) {
            return "报".repeat(badInput.input().get("size").asInt() / 3 + 1).getBytes(StandardCharsets.UTF_8);
        }
        if (badInput.has("content") || badInput.has("contentBase64")) {
            return badInput.bytes("content");
        }
        return Files.readAllBytes(Path.of(System.getProperty("feedback.report.file")));
    }

    private static List<String> reportIds(BadInput badInput) {
        List<String> ids = new ArrayList<>();
        badInput.input().path("reportId").forEach(id -> ids.add(id.asText()));
        if (badInput.input().path("reportId").isTextual()) {
            ids.add(badInput.string("reportId"));
        }
        return ids;
    }

    private static HttpRequest.Builder withBody(HttpRequest.Builder request, BadInput badInput, byte[] body) {
        String method = badInput.string("method", body.length == 0 && !badInput.has("body") ? "GET" : "POST");
        return request.method(method, WITHOUT_BODY.contains(method) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }
}
