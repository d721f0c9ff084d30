package cn.hongqi.feedback.bench;

import cn.hongqi.feedback.analysis.Analysis;
import cn.hongqi.feedback.analysis.TextAnalyzer;
import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.CommentSubmitted;
import cn.hongqi.feedback.events.Topics;
import cn.hongqi.feedback.index.CommentDocument;
import cn.hongqi.feedback.index.CommentIndex;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * {@code ./feedback bench}: every figure the platform claims, measured in one run on a stack of its
 * own, beside the raw limits of the same Kafka broker and Elasticsearch node, and written as a
 * table and as JSON. Absolute numbers drift on a shared machine; the ratios are what compare.
 */
public final class Bench {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String RAW_INDEX = "bench-raw-bulk";
    private static final int ANALYSED_POOL = 20_000;
    /** Requests before timing starts: the console's JIT and Elasticsearch's caches warm up, as on a working day. */
    private static final int WARM_UP = 100;

    private final Arguments arguments;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final PeakMemory memory = new PeakMemory();
    private SampleComments samples;
    private List<String> sectionKeys;
    private String reportId;
    private List<Pooled> pool;

    private Bench(Arguments arguments) {
        this.arguments = arguments;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("load")) {
            LoadGenerator.run(new Arguments(java.util.Arrays.copyOfRange(args, 1, args.length)));
            return;
        }
        if (args.length > 0 && args[0].equals("chaos")) {
            System.exit(Chaos.runOnLocalStack(new Arguments(java.util.Arrays.copyOfRange(args, 1, args.length))) ? 0 : 1);
        }
        new Bench(new Arguments(args)).run();
        System.exit(0);
    }

    /** A text with its analysis, stamped onto many documents when the index must be filled quickly. */
    private record Pooled(String text, Analysis analysis) {
    }

    private void run() throws Exception {
        results.put("startedAt", Instant.now().toString());
        results.put("machine", machine());
        readReport();
        try (Elasticsearch elasticsearch = new Elasticsearch(arguments.text("elasticsearch"))) {
            step("kafka", "raw Kafka producer", this::rawKafka);
            step("", "analysing " + ANALYSED_POOL + " sample comments for the document steps", this::analysePool);
            step("bulk", "raw Elasticsearch _bulk", () -> rawBulk(elasticsearch));
            step("intake", "intake over HTTP", this::intake);
            step("freshness", "freshness at a fixed rate", this::freshness);
            step("indexer", "indexer draining a backlog", () -> drain(elasticsearch));
            step("queries", "queries on a full index", () -> queries(elasticsearch));
        }
        readMemory();
        results.put("peakResidentMiB", memory.mebibytes());
        results.put("stackPeakResidentMiB", memory.totalMebibytes());
        Path written = write();
        new ResultTable(results).print(System.out);
        System.out.println();
        System.out.println("Results written to " + written);
    }

    private interface Step {
        void run() throws Exception;
    }

    /** @param id the step's name for {@code --only=kafka,bulk,intake,freshness,indexer,queries}; empty: always run */
    private void step(String id, String name, Step step) throws Exception {
        List<String> only = List.of(arguments.text("only", "").split(","));
        if (!id.isEmpty() && !only.equals(List.of("")) && !only.contains(id)) {
            return;
        }
        System.out.println("• " + name + "…");
        long started = System.nanoTime();
        step.run();
        System.out.printf("  done in %.0f s%n", (System.nanoTime() - started) / 1e9);
        readMemory();
    }

    private Map<String, Object> machine() throws IOException {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        long memKib = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
        machine.put("memoryGiB", Math.round(memKib / 1024.0 / 1024.0 * 10) / 10.0);
        machine.put("cpu", Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown"));
        machine.put("java", System.getProperty("java.version"));
        return machine;
    }

    private void readReport() throws IOException, InterruptedException {
        samples = SampleComments.forPortal(HTTP, arguments.text("portal"));
        reportId = samples.reportId();
        sectionKeys = samples.sectionKeys();
    }

    private void rawKafka() throws Exception {
        List<byte[]> records = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            records.add(Topics.COMMENT_EVENTS.valueSerde().serializer().serialize(Topics.COMMENT_EVENTS.name(),
                    samples.submission(i, Instant.now())));
        }
        int count = arguments.number("raw-records", 200_000);
        double rate = RawKafka.producerRate(arguments.text("kafka"), records, count);
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("records", count);
        raw.put("recordBytes", records.stream().mapToInt(record -> record.length).sum() / records.size());
        raw.put("recordsPerSecond", Math.round(rate));
        results.put("rawKafka", raw);
    }

    private void analysePool() {
        TextAnalyzer analyzer = TextAnalyzer.withBundledModel();
        pool = IntStream.range(0, ANALYSED_POOL).parallel()
                .mapToObj(i -> samples.text(10_000_000L + i))
                .map(text -> new Pooled(text, analyzer.analyze(text))).toList();
    }

    /** Documents as the indexer writes them, for comments submitted over the last {@code days} days. */
    private List<CommentDocument> documents(int count, int days) {
        Instant now = Instant.now();
        List<CommentDocument> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Pooled pooled = pool.get(i % pool.size());
            Instant at = now.minus(ThreadLocalRandom.current().nextLong(TimeUnit.DAYS.toSeconds(days) + 1), ChronoUnit.SECONDS);
            CommentSubmitted submitted = samples.submission(pooled.text(), at);
            documents.add(CommentDocument.analysed(submitted, pooled.analysis(), submitted.commentId(), now)
                    .withStatus(i % 3 == 0 ? CommentDocument.STATUS_PUBLISHED : CommentDocument.STATUS_NEW));
        }
        return documents;
    }

    private void rawBulk(Elasticsearch elasticsearch) throws IOException {
        int count = arguments.number("raw-docs", 100_000);
        List<CommentDocument> documents = documents(count, 30);
        elasticsearch.createScratchIndex(RAW_INDEX);
        try {
            Map<String, Object> raw = new LinkedHashMap<>();
            raw.put("documents", count);
            raw.put("bulkOperations", Elasticsearch.BULK_OPERATIONS);
            raw.put("documentsPerSecond", Math.round(elasticsearch.bulkIndex(RAW_INDEX, documents)));
            results.put("rawBulk", raw);
        } finally {
            elasticsearch.deleteIfExists(RAW_INDEX);
        }
    }

    private void intake() throws Exception {
        results.put("intake", load("intake", "--clients=" + arguments.number("clients", 64),
                "--requests=" + arguments.number("intake-requests", 100_000), "--seconds=" + arguments.number("intake-seconds", 60),
                "--warm-up-seconds=" + arguments.number("warm-up-seconds", 30), "--first=0"));
    }

    /**
     * At the offered rate asked for (1,000/s unless told), and, when intake measured less than that,
     * again at half the measured intake: what a citizen sees when the platform is not overloaded.
     */
    private void freshness() throws Exception {
        int rate = arguments.number("rate", 1000);
        results.put("freshness", freshnessAt(rate, 1_000_000));
        Object measured = ((Map<?, ?>) results.getOrDefault("intake", Map.of())).get("acceptedPerSecond");
        if (measured instanceof Number intake && intake.doubleValue() < rate) {
            results.put("freshnessWithinCapacity", freshnessAt(Math.max(1, intake.intValue() / 2), 1_500_000));
        }
    }

    private Map<String, Object> freshnessAt(int rate, int first) throws Exception {
        return load("freshness", "--clients=" + arguments.number("clients", 64), "--rate=" + rate,
                "--seconds=" + arguments.number("freshness-seconds", 60), "--first=" + first,
                "--elasticsearch=" + arguments.text("elasticsearch"));
    }

    /** Runs the load generator as a process of its own and takes the JSON on its last line. */
    private Map<String, Object> load(String mode, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-jar", arguments.text("jar"), "load", "--mode=" + mode, "--portal=" + arguments.text("portal"),
                "--report=" + reportId, "--sections=" + String.join(",", sectionKeys)));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        if (process.waitFor() != 0 || lines.isEmpty()) {
            throw new IllegalStateException("the load generator failed:\n" + String.join("\n", lines));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = JSON.readValue(lines.get(lines.size() - 1), Map.class);
        return figures;
    }

    /**
     * Stops the indexer, puts a backlog on the comment log as the portal would have, starts the
     * indexer again and times it from its first indexed comment to its last.
     */
    private void drain(Elasticsearch elasticsearch) throws Exception {
        int backlog = arguments.number("backlog", 200_000);
        long indexer = pid("indexer");
        memory.read("indexer", indexer);
        ProcessHandle.of(indexer).ifPresent(ProcessHandle::destroy);
        ProcessHandle.of(indexer).ifPresent(process -> process.onExit().join());
        long before = elasticsearch.count();
        produceBacklog(backlog);
        Process restart = new ProcessBuilder(arguments.text("launcher"), "up").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long first = 0;
        long last;
        long deadline = System.nanoTime() + TimeUnit.HOURS.toNanos(1);
        long indexed;
        while (true) {
            indexed = elasticsearch.count() - before;
            long now = System.nanoTime();
            if (indexed > 0 && first == 0) {
                first = now;
            }
            if (indexed >= backlog || now > deadline) {
                last = now;
                break;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        restart.waitFor();
        Map<String, Object> drain = new LinkedHashMap<>();
        drain.put("backlog", backlog);
        drain.put("indexed", indexed);
        drain.put("seconds", Latencies.round((last - first) / 1e9));
        drain.put("documentsPerSecond", Math.round(indexed / ((last - first) / 1e9)));
        results.put("indexer", drain);
    }

    private void produceBacklog(int backlog) throws InterruptedException {
        try (KafkaProducer<String, CommentEvent> producer = RawKafka.acknowledgedProducer(arguments.text("kafka"),
                Topics.COMMENT_EVENTS.keySerde().serializer(), Topics.COMMENT_EVENTS.valueSerde().serializer())) {
            RawKafka.sendAll(producer, backlog, i -> {
                CommentSubmitted submitted = samples.submission(2_000_000L + i, Instant.now());
                return new ProducerRecord<>(Topics.COMMENT_EVENTS.name(), submitted.commentId(), submitted);
            });
        }
    }

    /** Fills the index to the corpus size by bulk (bypassing Kafka, which is slower), then times queries. */
    private void queries(Elasticsearch elasticsearch) throws Exception {
        int corpus = arguments.number("corpus", 1_000_000);
        long present = elasticsearch.count();
        Map<String, Object> fill = new LinkedHashMap<>();
        fill.put("presentBefore", present);
        if (present < corpus) {
            long started = System.nanoTime();
            int missing = (int) (corpus - present);
            for (int done = 0; done < missing; done += 100_000) {
                elasticsearch.bulkIndex(CommentIndex.ALIAS, documents(Math.min(100_000, missing - done), 60));
            }
            fill.put("loadedByBulk", missing);
            fill.put("loadSeconds", Latencies.round((System.nanoTime() - started) / 1e9));
        }
        fill.put("comments", elasticsearch.count());
        fill.put("how", "documents analysed as the indexer does and bulk-written straight into the live index; not on the comment log");
        results.put("corpus", fill);

        StaffSession staff = new StaffSession(arguments.text("staff"), arguments.text("admin-user"),
                Files.readString(arguments.path("admin-password-file")).strip());
        List<String> topLevel = sectionKeys.stream().filter(key -> !key.contains(".")).toList();
        int queries = arguments.number("queries", 200);
        Latencies search = timed(staff::timedGet, queries, i -> "/search?q=" + StaffSession.encode(SampleComments.TOPICS.get(i % SampleComments.TOPICS.size())[1])
                + "&section=" + topLevel.get(i % topLevel.size()));
        Latencies summary = timed(staff::timedGet, queries / 2, i -> "/sections/" + sectionKeys.get(i % sectionKeys.size()) + "/summary.json");
        Latencies apiSearch = timed(staff::timedApiGet, Math.max(10, queries / 4), i -> "/api/v1/staff/comments?q="
                + StaffSession.encode(SampleComments.TOPICS.get(i % SampleComments.TOPICS.size())[1]) + "&section=" + topLevel.get(i % topLevel.size()));
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("search", search.summary());
        timings.put("summary", summary.summary());
        timings.put("searchApiWithBasicAuth", apiSearch.summary());
        results.put("queries", timings);
    }

    private interface TimedGet {
        long get(String pathAndQuery) throws Exception;
    }

    private static Latencies timed(TimedGet get, int count, java.util.function.IntFunction<String> request) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            get.get(request.apply(i + 7));
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < count; i++) {
            latencies.add(get.get(request.apply(i)));
        }
        return latencies;
    }

    private void readMemory() throws IOException {
        for (String component : List.of("kafka", "indexer", "portal", "staff")) {
            memory.read(component, pid(component));
        }
        memory.read("elasticsearch", Long.parseLong(Files.readString(arguments.path("es-pid-file")).strip()));
    }

    private long pid(String component) throws IOException {
        return Long.parseLong(Files.readString(arguments.path("run-dir").resolve(component + ".pid")).strip());
    }

    private Path write() throws IOException {
        Path directory = arguments.path("results");
        Files.createDirectories(directory);
        Path file = directory.resolve("bench-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
        JSON.writeValue(file.toFile(), results);
        Files.copy(file, directory.resolve("latest.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return file;
    }
}
