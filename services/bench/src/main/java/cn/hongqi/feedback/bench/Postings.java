package cn.hongqi.feedback.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Citizens posting through the public API the way its contract asks: each comment with an
 * {@code Idempotency-Key}, sent again with the same key while no answer comes (a portal killed
 * mid-request answers nothing) and after each 503 once its {@code Retry-After} has passed; given up
 * on a definite refusal (a spent key is one) or after a while. Keeps every receipt.
 */
final class Postings {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final long RETRY_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final HttpClient http;
    private final URI comments;
    private final SampleComments samples;
    private final String marker;
    private final int clients;
    private final Duration keepTrying;
    private final AtomicLong next = new AtomicLong();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ExecutorService pool;

    /** Comment id → the number of the comment that got it. */
    final Map<String, Long> receipts = new ConcurrentHashMap<>();
    /** Answers without a receipt: 503s with Retry-After, and spent keys. */
    final AtomicLong refused = new AtomicLong();
    /** Sends again after no answer at all. */
    final AtomicLong retries = new AtomicLong();
    /** Comments given up on: no final answer within the time to keep trying. */
    final AtomicLong gaveUp = new AtomicLong();
    final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicLong lastReceiptNanos = new AtomicLong();

    /** @param keepTrying how long one comment is sent again while no answer comes */
    Postings(String portal, SampleComments samples, String marker, int clients, Duration keepTrying) {
        this.comments = URI.create(portal).resolve("/api/v1/comments");
        this.samples = samples;
        this.marker = marker;
        this.clients = clients;
        this.keepTrying = keepTrying;
        this.pool = Executors.newFixedThreadPool(clients);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    /** Open loop: comment i is due at i/rate seconds, until {@link #stop()}. */
    Postings atRate(int perSecond) {
        long started = System.nanoTime();
        for (int client = 0; client < clients; client++) {
            pool.execute(() -> {
                long i;
                while (!stopping.get()) {
                    i = next.getAndIncrement();
                    LockSupport.parkNanos(started + i * 1_000_000_000L / perSecond - System.nanoTime());
                    if (!stopping.get()) {
                        post(i);
                    }
                }
            });
        }
        return this;
    }

    /** Closed loop: {@code count} comments, each sent as soon as a client is free; returns when all are answered. */
    void asFastAsAnswered(int count) throws InterruptedException {
        for (int client = 0; client < clients; client++) {
            pool.execute(() -> {
                long i;
                while ((i = next.getAndIncrement()) < count) {
                    post(i);
                }
            });
        }
        finish();
    }

    /** Sends no new comments, and waits for those on their way to be answered or given up. */
    void stop() throws InterruptedException {
        stopping.set(true);
        finish();
    }

    private void finish() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(keepTrying.toSeconds() + REQUEST_TIMEOUT.toSeconds() + 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("comments still unanswered after " + keepTrying);
        }
    }

    boolean receiptSince(long nanos) {
        return lastReceiptNanos.get() > nanos;
    }

    private void post(long n) {
        String key = marker + "-" + n;
        String body = samples.requestBody(marker + " ", n);
        long giveUp = System.nanoTime() + keepTrying.toNanos();
        while (true) {
            long pause = RETRY_PAUSE_NANOS;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(comments).timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "application/json").header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                Long retryAfter = answered(n, response);
                if (retryAfter == null) {
                    return;
                }
                pause = TimeUnit.SECONDS.toNanos(retryAfter);
            } catch (IOException noAnswer) {
                retries.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (System.nanoTime() + pause > giveUp) {
                gaveUp.incrementAndGet();
                return;
            }
            LockSupport.parkNanos(pause);
        }
    }

    /** @return the seconds to wait before sending again, or null when the answer is final */
    private Long answered(long n, HttpResponse<String> response) throws IOException {
        if (response.statusCode() == 202) {
            receipts.put(JSON.readTree(response.body()).get("commentId").asText(), n);
            lastReceiptNanos.set(System.nanoTime());
            return null;
        }
        if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()) {
            refused.incrementAndGet();
            return Long.parseLong(response.headers().firstValue("Retry-After").get());
        }
        if (response.statusCode() == 409 && response.body().contains("idempotency.key-spent")) {
            refused.incrementAndGet();
        } else {
            unexpected.add(response.statusCode() + " " + response.body());
        }
        return null;
    }
}
