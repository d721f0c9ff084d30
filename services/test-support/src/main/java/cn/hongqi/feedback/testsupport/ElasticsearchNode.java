package cn.hongqi.feedback.testsupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Elasticsearch node for integration tests, unpacked from the distribution that Maven
 * fetched ({@code feedback.es.zip}) and started on a free loopback port. Elasticsearch refuses to
 * run as root, so under root it runs as the unprivileged user {@value #NODE_USER}, with its
 * files under the system temp directory where that user can reach them.
 * <p>
 * One node serves a whole test JVM; it is stopped and its files are removed when the JVM exits.
 */
public final class ElasticsearchNode {

    static final String NODE_USER = "feedback-es";
    private static final Logger log = LoggerFactory.getLogger(ElasticsearchNode.class);
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(180);
    private static ElasticsearchNode shared;

    private final Path workDir;
    private final int httpPort;
    private final long pid;

    private ElasticsearchNode(Path workDir, int httpPort, long pid) {
        this.workDir = workDir;
        this.httpPort = httpPort;
        this.pid = pid;
    }

    /** The node of this JVM, started on first use. */
    public static synchronized ElasticsearchNode shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "elasticsearch-node-stop"));
        }
        return shared;
    }

    public String uri() {
        return "http://127.0.0.1:" + httpPort;
    }

    /**
     * Stops the node dead (SIGSTOP): it holds its connections and answers nothing, as a node in a
     * long pause or behind a broken network does. {@link #thaw()} lets it go on where it stopped.
     */
    public void freeze() throws IOException {
        run(List.of("kill", "-STOP", String.valueOf(pid)));
    }

    public void thaw() throws IOException {
        run(List.of("kill", "-CONT", String.valueOf(pid)));
    }

    private static ElasticsearchNode start() {
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path base = Path.of(System.getProperty("java.io.tmpdir"), root ? "feedback-test-es" : "feedback-test-es-" + System.getProperty("user.name"));
            Files.createDirectories(base);
            Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path home = unpackOnce(base);
            if (root) {
                ensureNodeUser();
            }
            Path workDir = Files.createTempDirectory(base, "node-");
            Files.setPosixFilePermissions(workDir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path config = workDir.resolve("config");
            copyTree(home.resolve("config"), config);
            int httpPort = freePort();
            Files.writeString(config.resolve("elasticsearch.yml"), String.join("\n",
                    "cluster.name: feedback-test",
                    "discovery.type: single-node",
                    "xpack.security.enabled: false",
                    "network.host: 127.0.0.1",
                    "http.port: " + httpPort,
                    "transport.port: " + freePort(),
                    "path.data: " + workDir.resolve("data"),
                    "path.logs: " + workDir.resolve("logs"),
                    "cluster.routing.allocation.disk.threshold_enabled: false",
                    ""), StandardOpenOption.APPEND);
            Files.createDirectories(workDir.resolve("data"));
            Files.createDirectories(workDir.resolve("logs"));
            if (root) {
                run(List.of("chown", "-R", NODE_USER, workDir.toString()));
            }
            Path pidFile = workDir.resolve("es.pid");
            List<String> command = new ArrayList<>();
            if (root) {
                command.addAll(List.of("runuser", "-u", NODE_USER, "--"));
            }
            command.addAll(List.of("env",
                    "ES_JAVA_HOME=" + System.getProperty("java.home"),
                    "ES_JAVA_OPTS=-Xms512m -Xmx512m",
                    "ES_PATH_CONF=" + config,
                    home.resolve("bin/elasticsearch").toString(), "-d", "-p", pidFile.toString()));
            log.info("Starting Elasticsearch on port {} from {}", httpPort, workDir);
            startDaemon(command, workDir.resolve("startup.log"));
            long pid = awaitHealthy(httpPort, pidFile, workDir);
            return new ElasticsearchNode(workDir, httpPort, pid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stop() {
        ProcessHandle.of(pid).ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        });
        deleteTree(workDir);
    }

    /** Unpacks the distribution once per version; later JVMs reuse it, and a lock keeps two builds apart. */
    private static Path unpackOnce(Path base) throws IOException {
        Path zip = Path.of(System.getProperty("feedback.es.zip", ""));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("The Elasticsearch distribution is missing: set feedback.es.zip (Maven does, from "
                    + "org.elasticsearch.distribution.integ-test-zip:elasticsearch:zip); was '" + zip + "'");
        }
        String name = zip.getFileName().toString().replaceFirst("\\.zip$", "");
        Path home = base.resolve(name);
        try (FileChannel lockFile = FileChannel.open(base.resolve(".unpack.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            if (Files.exists(home.resolve(".unpacked"))) {
                return home;
            }
            deleteTree(home);
            Path staging = Files.createTempDirectory(base, "unpack-");
            unzip(zip, staging);
            try (Stream<Path> entries = Files.list(staging)) {
                Path top = entries.findFirst().orElseThrow(() -> new IllegalStateException("empty distribution " + zip));
                Files.move(top, home, StandardCopyOption.ATOMIC_MOVE);
            }
            deleteTree(staging);
            try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
                for (Path script : scripts.toList()) {
                    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            Files.createFile(home.resolve(".unpacked"));
            return home;
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out);
                }
            }
        }
    }

    private static void ensureNodeUser() throws IOException {
        if (runQuietly(List.of("id", "-u", NODE_USER)) != 0) {
            run(List.of("useradd", "-r", "-M", "-s", "/usr/sbin/nologin", NODE_USER));
        }
    }

    private static long awaitHealthy(int port, Path pidFile, Path workDir) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200 && Files.exists(pidFile)) {
                    return Long.parseLong(Files.readString(pidFile).strip());
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            pause();
        }
        throw new IllegalStateException("Elasticsearch did not become healthy within " + STARTUP_LIMIT.toSeconds()
                + " s; the end of its log:\n" + tailOfLogs(workDir.resolve("logs")));
    }

    private static String tailOfLogs(Path logs) {
        try (Stream<Path> files = Files.list(logs)) {
            Path log = files.filter(file -> file.toString().endsWith(".log")).findFirst().orElse(null);
            if (log == null) {
                return "(no log written)";
            }
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not remove {}: {}", root, e.getMessage());
        }
    }

    /** The daemon keeps no handle on our pipes, so its start-up output goes to a file. */
    private static void startDaemon(List<String> command, Path output) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IOException("Elasticsearch failed to start (exit code " + exit + "):\n" + Files.readString(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting Elasticsearch", e);
        }
    }

    private static void run(List<String> command) throws IOException {
        int exit = runQuietly(command);
        if (exit != 0) {
            throw new IOException("command failed with exit code " + exit + ": " + String.join(" ", command));
        }
    }

    private static int runQuietly(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (InputStream output = process.getInputStream()) {
            String text = new String(output.readAllBytes());
            int exit = process.waitFor();
            if (exit != 0 && !text.isBlank()) {
                log.warn("{}: {}", String.join(" ", command), text.strip());
            }
            return exit;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
    }
}
