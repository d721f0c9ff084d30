package cn.hongqi.feedback.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The load: a process of its own, so that its work is not the platform's. It talks to loopback
 * only, and every run is bounded in requests and in time.
 * <ul>
 *   <li>{@code intake}: clients post as fast as they are answered; counts 202s and their latency;</li>
 *   <li>{@code freshness}: posts at a fixed rate and times each 202 until the comment is found by a
 *       search of the comments alias, the view staff search reads.</li>
 * </ul>
 * Prints one JSON object with the figures on its last line.
 */
final class LoadGenerator {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final long VISIBILITY_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final int IDS_PER_SEARCH = 5000;
    private static final Duration GIVE_UP_AFTER_LAST = Duration.ofSeconds(60);

    private final URI comments;
    private final int clients;
    private final HttpClient http;
    private final SampleComments samples;
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private Latencies accepted = new Latencies();

    private LoadGenerator(Arguments arguments) {
        this.comments = loopback(arguments.text("portal")).resolve("/api/v1/comments");
        this.clients = arguments.number("clients", 64);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(clients)).build();
        this.samples = new SampleComments(List.of(arguments.text("sections").split(",")), arguments.text("report"));
    }

    static void run(Arguments arguments) throws Exception {
        LoadGenerator load = new LoadGenerator(arguments);
        Map<String, Object> figures = switch (arguments.text("mode")) {
            case "intake" -> load.intake(arguments.number("requests", 100_000), arguments.number("seconds", 60),
                    arguments.number("warm-up-seconds", 15), arguments.number("first", 0));
            case "freshness" -> load.freshness(arguments.number("rate", 1000), arguments.number("seconds", 60),
                    arguments.number("first", 0), loopback(arguments.text("elasticsearch")));
            default -> throw new IllegalArgumentException("--mode is intake or freshness");
        };
        System.out.println(JSON.writeValueAsString(figures));
        System.exit(0);
    }

    private static URI loopback(String url) {
        URI uri = URI.create(url);
        if (!LOOPBACK.contains(uri.getHost())) {
            throw new IllegalArgumentException("the load generator only targets this machine's loopback; refused " + url);
        }
        return uri;
    }

    /**
     * Closed loop: each client posts its next comment as soon as the last is answered. A warm-up
     * of the same load comes first and is not counted: the services' JIT compilers are still at
     * work for their first seconds, and a flash crowd meets a platform that has been running.
     */
    private Map<String, Object> intake(int requests, int seconds, int warmUpSeconds, int first) throws InterruptedException {
        AtomicLong next = new AtomicLong(first);
        closedLoop(next, Long.MAX_VALUE, warmUpSeconds);
        long warmUpRequests = next.get() - first;
        statuses.clear();
        accepted = new Latencies();
        long started = System.nanoTime();
        closedLoop(next, next.get() + requests, seconds);
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("warmUpSeconds", warmUpSeconds);
        figures.put("warmUpRequests", warmUpRequests);
        figures.put("clients", clients);
        figures.put("seconds", Latencies.round(elapsed));
        figures.put("accepted", accepted.count());
        figures.put("acceptedPerSecond", Math.round(accepted.count() / elapsed));
        figures.put("statuses", statusCounts());
        figures.put("latencyOf202", accepted.summary());
        return figures;
    }

    private void closedLoop(AtomicLong next, long end, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        runClients(() -> {
            long n;
            while ((n = next.getAndIncrement()) < end && System.nanoTime() < deadline) {
                post(n, null);
            }
        });
    }

    /** Open loop: request i is sent at i/rate seconds, whoever is free sends it. */
    private Map<String, Object> freshness(int rate, int seconds, int first, URI elasticsearch) throws InterruptedException {
        ConcurrentLinkedQueue<long[]> pending = new ConcurrentLinkedQueue<>();
        Map<Long, String> ids = new ConcurrentHashMap<>();
        Latencies visibleAfter = new Latencies();
        long total = (long) rate * seconds;
        AtomicLong next = new AtomicLong();
        long started = System.nanoTime();
        AtomicLong lastAccepted = new AtomicLong(started);
        Thread watcher = new Thread(() -> watch(elasticsearch, pending, ids, visibleAfter, total, lastAccepted), "visibility");
        watcher.start();
        runClients(() -> {
            long i;
            while ((i = next.getAndIncrement()) < total) {
                long due = started + i * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                long sequence = first + i;
                String id = post(sequence, due);
                if (id != null) {
                    ids.put(sequence, id);
                    pending.add(new long[]{sequence, System.nanoTime()});
                    lastAccepted.set(System.nanoTime());
                }
            }
        });
        double sending = (System.nanoTime() - started) / 1e9;
        watcher.join();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("offeredPerSecond", rate);
        figures.put("seconds", Latencies.round(sending));
        figures.put("accepted", accepted.count());
        figures.put("statuses", statusCounts());
        figures.put("latencyOf202", accepted.summary());
        figures.put("visible", visibleAfter.count());
        figures.put("neverVisible", accepted.count() - visibleAfter.count());
        figures.put("pollIntervalMs", TimeUnit.NANOSECONDS.toMillis(VISIBILITY_POLL_NANOS));
        figures.put("acceptedToVisible", visibleAfter.summary());
        return figures;
    }

    /** Searches for the accepted comments not yet seen, every 100 ms, until all are seen or it gives up. */
    private void watch(URI elasticsearch, ConcurrentLinkedQueue<long[]> pending, Map<Long, String> ids, Latencies visibleAfter,
                       long total, AtomicLong lastAccepted) {
        Map<String, Long> waiting = new HashMap<>();
        long polled = 0;
        while (true) {
            long[] entry;
            while ((entry = pending.poll()) != null) {
                waiting.put(ids.get(entry[0]), entry[1]);
            }
            boolean allSent = statusTotal() >= total;
            if (waiting.isEmpty() && allSent) {
                return;
            }
            if (System.nanoTime() - lastAccepted.get() > GIVE_UP_AFTER_LAST.toNanos() && allSent) {
                return;
            }
            LockSupport.parkNanos(Math.max(0, polled + VISIBILITY_POLL_NANOS - System.nanoTime()));
            polled = System.nanoTime();
            List<String> batch = new ArrayList<>(waiting.keySet());
            for (int from = 0; from < batch.size(); from += IDS_PER_SEARCH) {
                List<String> chunk = batch.subList(from, Math.min(batch.size(), from + IDS_PER_SEARCH));
                for (String found : found(elasticsearch, chunk)) {
                    Long acceptedAt = waiting.remove(found);
                    if (acceptedAt != null) {
                        visibleAfter.add(polled - acceptedAt);
                    }
                }
            }
        }
    }

    private List<String> found(URI elasticsearch, List<String> candidates) {
        try {
            String body = JSON.writeValueAsString(Map.of("size", candidates.size(), "_source", false,
                    "query", Map.of("ids", Map.of("values", candidates))));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(elasticsearch.resolve("/comments/_search"))
                    .header("Content-Type", "application/json").timeout(REQUEST_TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            List<String> found = new ArrayList<>();
            for (JsonNode hit : JSON.readTree(response.body()).path("hits").path("hits")) {
                found.add(hit.get("_id").asText());
            }
            return found;
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** @param due when an open-loop request was due (its latency counts from then), or null */
    private String post(long n, Long due) {
        long started = due == null ? System.nanoTime() : due;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(comments).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(samples.requestBody(n))).build(), HttpResponse.BodyHandlers.ofString());
            statuses.computeIfAbsent(response.statusCode(), status -> new AtomicLong()).incrementAndGet();
            if (response.statusCode() == 202) {
                accepted.add(System.nanoTime() - started);
                return JSON.readTree(response.body()).get("commentId").asText();
            }
        } catch (IOException e) {
            statuses.computeIfAbsent(0, status -> new AtomicLong()).incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private void runClients(Runnable client) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            pool.execute(client);
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
            throw new IllegalStateException("the clients did not finish within an hour");
        }
    }

    private long statusTotal() {
        return statuses.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** Status → count; 0 stands for no answer at all (connection refused or timed out). */
    private Map<String, Long> statusCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        statuses.forEach((status, count) -> counts.put(Integer.toString(status), count.get()));
        return counts;
    }
}
