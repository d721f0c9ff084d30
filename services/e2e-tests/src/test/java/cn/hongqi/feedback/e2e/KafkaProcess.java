package cn.hongqi.feedback.e2e;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A KRaft broker in a JVM of its own, from the same Kafka jars the tests use, so that a test can
 * kill it and start it again on the same port and the same log directory: an outage and a recovery
 * of the real thing, which an in-process broker cannot give.
 */
final class KafkaProcess implements AutoCloseable {

    private final Path directory;
    private final int port;
    private final Path properties;
    private final Path log;
    private Process process;

    private KafkaProcess(Path directory, int port, Path properties, Path log) {
        this.directory = directory;
        this.port = port;
        this.properties = properties;
        this.log = log;
    }

    static KafkaProcess start() throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("feedback-e2e-kafka");
        int port = ServiceProcess.freePort();
        int controllerPort = ServiceProcess.freePort();
        Path properties = directory.resolve("server.properties");
        Files.writeString(properties, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + directory.resolve("logs"),
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                ""));
        Path logConfig = directory.resolve("logback.xml");
        Files.writeString(logConfig, """
                <configuration>
                  <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d %-5level %logger{36} - %msg%n</pattern></encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="out"/></root>
                </configuration>
                """);
        Path log = Path.of("target", "e2e-logs", "kafka.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        KafkaProcess kafka = new KafkaProcess(directory, port, properties, log);
        Process format = new ProcessBuilder(kafka.java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", properties.toString())).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException("formatting the broker's storage failed; see " + log);
        }
        kafka.startAgain();
        return kafka;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** A crash, not a shutdown: SIGKILL, with requests in flight. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void startAgain() throws IOException {
        process = new ProcessBuilder(java("kafka.Kafka", properties.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        await("the broker listening on " + port + " (log: " + log + ")").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200)).until(this::listening);
    }

    private boolean listening() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the broker exited; see " + log);
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private List<String> java(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-Dlogback.configurationFile=" + directory.resolve("logback.xml"),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            kill();
        }
    }
}
