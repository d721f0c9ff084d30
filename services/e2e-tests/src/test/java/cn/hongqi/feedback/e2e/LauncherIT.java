package cn.hongqi.feedback.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of {@code ./feedback} that answer before anything is built or started. */
class LauncherIT {

    @TempDir
    Path data;

    @Test
    void aTakenPortIsNamedWithTheVariableThatMovesIt() throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Result up = feedback(Map.of("FEEDBACK_PORTAL_PORT", String.valueOf(squatter.getLocalPort())), "up");

            assertThat(up.exitCode()).isEqualTo(1);
            assertThat(up.output()).contains("port " + squatter.getLocalPort(), "portal", "FEEDBACK_PORTAL_PORT");
        }
    }

    @Test
    void statusListsEveryComponentAsStoppedWhenNothingRuns() throws Exception {
        Result status = feedback(Map.of(), "status");

        assertThat(status.exitCode()).isZero();
        assertThat(status.output().lines().skip(1).toList()).hasSize(5)
                .allMatch(line -> line.contains("stopped"));
    }

    @Test
    void logsOfAnUnknownComponentSayWhichExist() throws Exception {
        Result logs = feedback(Map.of(), "logs", "nosuch");

        assertThat(logs.exitCode()).isEqualTo(1);
        assertThat(logs.output()).contains("unknown component 'nosuch'", "kafka elasticsearch indexer portal staff");
    }

    @Test
    void anUnknownCommandPrintsTheUsage() throws Exception {
        Result nothing = feedback(Map.of(), "frobnicate");

        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.output()).contains("usage: ./feedback up | down | status | logs NAME");
    }

    private Result feedback(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        Path launcher = Path.of(System.getProperty("feedback.root"), "feedback");
        ProcessBuilder builder = new ProcessBuilder(concat(launcher.toString(), arguments)).redirectErrorStream(true);
        builder.environment().put("FEEDBACK_DATA", data.toString());
        // Ports nobody listens on, so only the port under test can collide.
        for (String variable : List.of("FEEDBACK_KAFKA_PORT", "FEEDBACK_ES_PORT", "FEEDBACK_PORTAL_PORT", "FEEDBACK_STAFF_PORT", "FEEDBACK_INDEXER_PORT")) {
            builder.environment().put(variable, String.valueOf(freePort()));
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static List<String> concat(String first, String... rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), java.util.stream.Stream.of(rest)).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Result(int exitCode, String output) {
    }
}
