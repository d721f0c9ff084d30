package cn.hongqi.feedback.e2e;

import cn.hongqi.feedback.testsupport.ElasticsearchNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three services as separate processes, the way {@code ./feedback up} runs them, on a given
 * broker and the shared test Elasticsearch node, with the seed report imported through the staff API.
 */
final class Platform implements AutoCloseable {

    static final String STAFF_USER = "admin";
    static final String CONTACT_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final ServiceProcess portal;
    final ServiceProcess indexer;
    final ServiceProcess staff;
    private final String staffPassword;

    private Platform(ServiceProcess portal, ServiceProcess indexer, ServiceProcess staff, String staffPassword) {
        this.portal = portal;
        this.indexer = indexer;
        this.staff = staff;
        this.staffPassword = staffPassword;
    }

    /** @param overrides environment for every service, on top of what the platform needs */
    static Platform start(String bootstrapServers, Map<String, String> overrides) throws Exception {
        String staffPassword = UUID.randomUUID().toString();
        Map<String, String> environment = new HashMap<>(Map.of(
                "FEEDBACK_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers,
                "FEEDBACK_ELASTICSEARCH_URIS", ElasticsearchNode.shared().uri(),
                "FEEDBACK_ADMIN_USERNAME", STAFF_USER,
                "FEEDBACK_ADMIN_PASSWORD", staffPassword,
                "FEEDBACK_CONTACT_KEY", CONTACT_KEY,
                // The tests type faster than a person; the portal's own tests cover the minimum fill time.
                "FEEDBACK_FORM_MINIMUM_FILL_TIME", "0s"));
        environment.putAll(overrides);
        ServiceProcess portal = ServiceProcess.start("portal", "FEEDBACK_PORTAL_PORT", environment);
        ServiceProcess indexer = ServiceProcess.start("indexer", "FEEDBACK_INDEXER_PORT", environment);
        ServiceProcess staff = ServiceProcess.start("staff", "FEEDBACK_STAFF_PORT", environment);
        Platform platform = new Platform(portal, indexer, staff, staffPassword);
        try {
            portal.awaitHealthy(STARTUP_LIMIT);
            indexer.awaitHealthy(STARTUP_LIMIT);
            staff.awaitHealthy(STARTUP_LIMIT);
            platform.importTheSeedReport();
        } catch (Exception | AssertionError failed) {
            platform.close();
            throw failed;
        }
        return platform;
    }

    /** The way ./feedback up seeds the platform: an upload to the staff API, read back by the portal from Kafka. */
    private void importTheSeedReport() throws Exception {
        Path report = Path.of(System.getProperty("feedback.report.file"));
        String boundary = "----report" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + report.getFileName()
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> imported = HTTP.send(HttpRequest.newBuilder(URI.create(staff.url("/api/v1/staff/reports")))
                .header("Authorization", staffAuthorization())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(report), tail)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/report"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
    }

    ServiceProcess service(String name) {
        return switch (name) {
            case "portal" -> portal;
            case "indexer" -> indexer;
            case "staff" -> staff;
            default -> throw new IllegalArgumentException("no service " + name);
        };
    }

    /** Starts a stopped or killed service again, as a supervisor would, and waits until it is healthy. */
    void restart(String name) throws IOException {
        service(name).startAgain();
        service(name).awaitHealthy(STARTUP_LIMIT);
    }

    String staffPassword() {
        return staffPassword;
    }

    String staffAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((STAFF_USER + ":" + staffPassword).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws InterruptedException {
        for (ServiceProcess service : List.of(portal, indexer, staff)) {
            service.close();
        }
    }
}
