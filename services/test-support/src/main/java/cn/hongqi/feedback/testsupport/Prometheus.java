package cn.hongqi.feedback.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** A service's {@code /actuator/prometheus}, read as a scraper reads it: no login, plain HTTP/1.1. */
public final class Prometheus {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Prometheus() {
    }

    public static Scrape scrape(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Scrape(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One answer of the endpoint, in the Prometheus text format. */
    public record Scrape(int status, String body) {

        /**
         * The samples of one metric whose labels include every one given, each written as in the
         * exposition ({@code reason="text.blank"}).
         */
        public List<String> samples(String metric, String... labels) {
            return body.lines()
                    .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                    .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                    .toList();
        }

        /** The sum of those samples; 0 when there are none. */
        public double sum(String metric, String... labels) {
            return samples(metric, labels).stream()
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        }
    }
}
