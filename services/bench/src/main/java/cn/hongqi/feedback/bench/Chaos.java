package cn.hongqi.feedback.bench;

import cn.hongqi.feedback.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The platform's faults, one after another, each under a steady load of citizens posting, each
 * ended by an account: every receipt indexed exactly once, nothing without a receipt indexed.
 * {@code ./feedback chaos} runs it on a local stack; the end-to-end tests run it on theirs.
 */
public final class Chaos {

    /**
     * @param rate             comments per second offered during each fault
     * @param clients          clients sending them
     * @param serviceDown      how long a killed service stays down before it is started again
     * @param brokerDown       how long the broker stays down
     * @param elasticsearchDown how long Elasticsearch stays stopped
     * @param backlog          comments sent while the indexer is stopped, as fast as the portal takes them
     * @param backlogClients   clients sending those
     * @param settleWithin     how long the platform may take to index everything after a fault, and a
     *                         client goes on resending one comment that gets no answer
     */
    public record Settings(int rate, int clients, Duration serviceDown, Duration brokerDown, Duration elasticsearchDown,
                           int backlog, int backlogClients, Duration settleWithin) {
    }

    /** Where the stack answers: the portal's base URL, the broker's bootstrap servers, Elasticsearch's URL. */
    public record Stack(String portal, String kafka, String elasticsearch) {
    }

    private interface Action {
        void run() throws Exception;
    }

    private final Stack stack;
    private final Faults faults;
    private final Settings settings;
    private final PrintStream progress;
    private final IndexedComments index;
    private SampleComments samples;

    public Chaos(Stack stack, Faults faults, Settings settings, PrintStream progress) {
        this.stack = stack;
        this.faults = faults;
        this.settings = settings;
        this.progress = progress;
        this.index = new IndexedComments(stack.elasticsearch());
    }

    /** {@code ./feedback chaos}: on the launcher's stack, with its figures printed; true when nothing was lost. */
    static boolean runOnLocalStack(Arguments arguments) throws Exception {
        Settings settings = new Settings(arguments.number("rate", 50), arguments.number("clients", 16),
                Duration.ofSeconds(arguments.number("service-down-seconds", 5)), Duration.ofSeconds(arguments.number("broker-down-seconds", 15)),
                Duration.ofSeconds(arguments.number("elasticsearch-down-seconds", 60)), arguments.number("backlog", 200_000),
                arguments.number("backlog-clients", 64), Duration.ofSeconds(arguments.number("settle-seconds", 600)));
        Stack stack = new Stack(arguments.text("portal"), arguments.text("kafka"), arguments.text("elasticsearch"));
        LauncherFaults faults = new LauncherFaults(arguments.path("launcher"), arguments.path("run-dir"), arguments.path("es-pid-file"));
        ChaosReport report = new Chaos(stack, faults, settings, System.out).run();
        System.out.println();
        report.print(System.out);
        Files.createDirectories(arguments.path("results"));
        Files.writeString(arguments.path("results").resolve("chaos-latest.json"),
                new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report.outcomes()));
        return report.whole();
    }

    public ChaosReport run() throws Exception {
        samples = SampleComments.forPortal(HttpClient.newHttpClient(), stack.portal());
        ChaosReport report = new ChaosReport();
        for (String service : new String[]{"portal", "indexer", "staff"}) {
            report.add(underLoad(service + " killed (SIGKILL), restarted", () -> faults.kill(service), settings.serviceDown(),
                    () -> faults.start(service)));
        }
        report.add(underLoad("Kafka broker stopped " + settings.brokerDown().toSeconds() + " s", () -> faults.stop("kafka"),
                settings.brokerDown(), () -> faults.start("kafka")));
        report.add(underLoad("Elasticsearch stopped " + settings.elasticsearchDown().toSeconds() + " s",
                faults::freezeElasticsearch, settings.elasticsearchDown(), faults::thawElasticsearch));
        report.add(backlog());
        report.add(malformedRecord());
        return report;
    }

    /**
     * The load starts, the fault strikes, lasts, and is lifted; the load goes on until receipts come
     * again, then stops. Recovery runs from the lifting until every receipt given is searchable.
     */
    private ChaosReport.Outcome underLoad(String fault, Action strike, Duration lasting, Action lift) throws Exception {
        progress.println("• " + fault + "…");
        String marker = marker();
        Postings load = steadyLoad(marker);
        awaitReceipts(load, System.nanoTime());
        strike.run();
        LockSupport.parkNanos(lasting.toNanos());
        long lifted = System.nanoTime();
        lift.run();
        awaitReceipts(load, lifted);
        load.stop();
        return account(fault, marker, load, awaitIndexed(marker, load, lifted), "");
    }

    /** The indexer stopped while a backlog arrives through the portal; recovery is the drain. */
    private ChaosReport.Outcome backlog() throws Exception {
        String fault = "indexer stopped, " + settings.backlog() + " comments arrive";
        progress.println("• " + fault + "…");
        String marker = marker();
        faults.stop("indexer");
        Postings load = new Postings(stack.portal(), samples, marker, settings.backlogClients(), settings.settleWithin());
        long sending = System.nanoTime();
        load.asFastAsAnswered(settings.backlog());
        double sent = seconds(System.nanoTime() - sending);
        long lifted = System.nanoTime();
        faults.start("indexer");
        double drained = awaitIndexed(marker, load, lifted);
        return account(fault, marker, load, drained, String.format("%,d receipts in %.0f s (%.0f/s) while the indexer was down; "
                + "restarted and drained in %.1f s (%.0f/s)", load.receipts.size(), sent, load.receipts.size() / sent, drained,
                load.receipts.size() / drained));
    }

    /** Bytes that are no event, straight into the comment log, with comments on either side of them. */
    private ChaosReport.Outcome malformedRecord() throws Exception {
        String fault = "malformed record in the comment log";
        progress.println("• " + fault + "…");
        String marker = marker();
        Postings load = steadyLoad(marker);
        awaitReceipts(load, System.nanoTime());
        long parkedBefore = deadLetters();
        try (KafkaProducer<byte[], byte[]> producer = RawKafka.acknowledgedProducer(stack.kafka(), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.COMMENT_EVENTS.name(), (marker + "-malformed").getBytes(StandardCharsets.UTF_8),
                    "{\"type\":\"comment.submitted\",\"text\":".getBytes(StandardCharsets.UTF_8))).get();
        }
        long lifted = System.nanoTime();
        long deadline = lifted + settings.settleWithin().toNanos();
        while (deadLetters() == parkedBefore && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        awaitReceipts(load, System.nanoTime());
        load.stop();
        return account(fault, marker, load, awaitIndexed(marker, load, lifted),
                "dead-letter topic: " + (deadLetters() - parkedBefore) + " record(s) parked");
    }

    private Postings steadyLoad(String marker) {
        return new Postings(stack.portal(), samples, marker, settings.clients(), settings.settleWithin()).atRate(settings.rate());
    }

    /** Waits until a receipt came after {@code since}, and a little longer, so the load runs steadily around the fault. */
    private void awaitReceipts(Postings load, long since) throws InterruptedException {
        long deadline = since + settings.settleWithin().toNanos();
        while (!load.receiptSince(since) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        TimeUnit.SECONDS.sleep(2);
    }

    /** @return seconds from {@code since} until a search finds as many comments as there were receipts; -1 if never */
    private double awaitIndexed(String marker, Postings load, long since) throws InterruptedException {
        long deadline = System.nanoTime() + settings.settleWithin().toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (index.visible(marker) >= load.receipts.size()) {
                    return seconds(System.nanoTime() - since);
                }
            } catch (java.io.IOException stillComingBack) {
                // Elasticsearch just thawed, or is refreshing under the backlog: ask again.
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        return -1;
    }

    /**
     * Compares every receipt with every document of the fault's comments. Withdrawals of comments
     * refused during the fault may still be on their way, so an account that is not whole is taken
     * again for a few seconds before it stands.
     */
    private ChaosReport.Outcome account(String fault, String marker, Postings load, double recoverySeconds, String detail)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        ChaosReport.Outcome outcome;
        do {
            Map<String, IndexedComments.Document> documents = index.all(marker);
            long indexed = load.receipts.keySet().stream().filter(id -> documents.containsKey(id) && documents.get(id).visible()).count();
            long visible = documents.values().stream().filter(IndexedComments.Document::visible).count();
            long distinctVisible = documents.values().stream().filter(IndexedComments.Document::visible)
                    .mapToLong(IndexedComments.Document::number).distinct().count();
            long unreceipted = documents.entrySet().stream()
                    .filter(entry -> entry.getValue().visible() && !load.receipts.containsKey(entry.getKey())).count();
            List<String> notes = new ArrayList<>(detail.isEmpty() ? List.of() : List.of(detail));
            if (load.retries.get() > 0) {
                notes.add(load.retries.get() + " resends after no answer");
            }
            if (load.gaveUp.get() > 0) {
                notes.add(load.gaveUp.get() + " comments given up on");
            }
            if (!load.unexpected.isEmpty()) {
                notes.add("first unexpected answer: " + load.unexpected.peek());
            }
            String more = String.join("; ", notes);
            outcome = new ChaosReport.Outcome(fault, load.receipts.size(), load.refused.get(), indexed, load.receipts.size() - indexed,
                    visible - distinctVisible, unreceipted, load.unexpected.size(), recoverySeconds, more);
            if (outcome.whole()) {
                break;
            }
            TimeUnit.SECONDS.sleep(3);
        } while (System.nanoTime() < deadline);
        progress.printf("  %,d accepted, %,d indexed, %d lost, %d duplicates, %d unreceipted; recovered in %.1f s%n", outcome.accepted(),
                outcome.indexed(), outcome.lost(), outcome.duplicates(), outcome.unreceipted(), outcome.recoverySeconds());
        return outcome;
    }

    private long deadLetters() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka(),
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(Topics.COMMENT_EVENTS.deadLetterName(), Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            return consumer.endOffsets(partitions, Duration.ofSeconds(10)).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A word no other run writes, to find one fault's comments among all others. */
    private static String marker() {
        return "chaos" + ThreadLocalRandom.current().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e8) / 10.0;
    }
}
