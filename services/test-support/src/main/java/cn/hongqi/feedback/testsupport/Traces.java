package cn.hongqi.feedback.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** W3C trace context as the services write it: {@code traceparent} headers and the {@code traceId} of JSON log lines. */
public final class Traces {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Traces() {
    }

    /** A sampled {@code traceparent} with a new trace id, as a caller that is part of a trace sends it. */
    public record Traceparent(String traceId, String header) {

        public static Traceparent random() {
            String traceId = hex(16);
            return new Traceparent(traceId, "00-" + traceId + "-" + hex(8) + "-01");
        }
    }

    /** The trace id in a {@code traceparent} header's value. */
    public static String traceId(byte[] traceparent) {
        return new String(traceparent, StandardCharsets.US_ASCII).split("-")[1];
    }

    /** The trace ids of the structured log lines whose message contains {@code fragment}. */
    public static List<String> loggedWith(String log, String fragment) {
        return log.lines().filter(line -> line.startsWith("{") && line.contains(fragment))
                .map(Traces::traceIdOf).flatMap(Optional::stream).toList();
    }

    private static Optional<String> traceIdOf(String line) {
        try {
            return Optional.ofNullable(JSON.readTree(line).path("traceId").textValue());
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

    private static String hex(int bytes) {
        byte[] id = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(id);
        id[0] |= 1; // an all-zero id is invalid
        return HexFormat.of().formatHex(id);
    }
}
