package cn.hongqi.feedback.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/** One service's executable jar, run as its own JVM the way {@code ./feedback up} runs it. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final String portVariable;
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    private ServiceProcess(String name, String portVariable, int port, Map<String, String> environment, Path log) {
        this.name = name;
        this.portVariable = portVariable;
        this.port = port;
        this.environment = environment;
        this.log = log;
    }

    static ServiceProcess start(String name, String portVariable, Map<String, String> environment) {
        try {
            Path log = Path.of("target", "e2e-logs", name + ".log");
            Files.createDirectories(log.getParent());
            ServiceProcess service = new ServiceProcess(name, portVariable, freePort(), Map.copyOf(environment), log);
            service.startAgain();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the service on the port and with the environment it had; returns without waiting for it. */
    void startAgain() throws IOException {
        String jar = System.getProperty("feedback.jar." + name);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("The " + name + " jar is missing (" + jar + "); run the tests with 'mvn verify'");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put(portVariable, String.valueOf(port));
        process = builder.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void awaitHealthy(Duration limit) {
        await(name + " healthy (log: " + log.toAbsolutePath() + ")").atMost(limit).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
                    }
                    HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    return health.statusCode() == 200 && health.body().contains("\"UP\"");
                });
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, and SIGKILL if it has not stopped within 30 s. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
