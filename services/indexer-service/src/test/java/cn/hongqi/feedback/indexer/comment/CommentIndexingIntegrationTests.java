package cn.hongqi.feedback.indexer.comment;

import cn.hongqi.feedback.analysis.SimHash;
import cn.hongqi.feedback.analysis.TextAnalyzer;
import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.CommentModerated;
import cn.hongqi.feedback.events.CommentReplied;
import cn.hongqi.feedback.events.CommentSubmitted;
import cn.hongqi.feedback.events.CommentWithdrawn;
import cn.hongqi.feedback.events.Role;
import cn.hongqi.feedback.events.Topics;
import cn.hongqi.feedback.index.CommentDocument;
import cn.hongqi.feedback.index.CommentIndex;
import cn.hongqi.feedback.reportlog.ReportImporter;
import cn.hongqi.feedback.testsupport.ElasticsearchNode;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static cn.hongqi.feedback.indexer.comment.TestComments.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The indexer between a real KRaft broker and a real Elasticsearch node. */
@SpringBootTest(properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(kraft = true, partitions = 6, topics = {"feedback.comment-events", "feedback.comment-events.DLT"})
class CommentIndexingIntegrationTests {

    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(30);

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    ReportImporter importer;

    @Autowired
    TextAnalyzer analyzer;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("spring.elasticsearch.uris", () -> ElasticsearchNode.shared().uri());
    }

    @Test
    void aSubmittedCommentBecomesASegmentedDocumentUnderItsId() throws Exception {
        CommentSubmitted submitted = submitted("3.5", "希望加快老旧小区加装电梯");

        publish(submitted);

        CommentDocument document = awaitDocument(submitted.commentId());
        assertThat(document.receipt()).isEqualTo(submitted.receipt());
        assertThat(document.sectionPath()).containsExactly("3", "3.5");
        assertThat(document.textSegmented().split(" ")).contains("老旧小区", "小区", "电梯");
        assertThat(document.sentiment().label()).isIn("positive", "neutral", "negative");
        assertThat(document.sentiment().modelVersion()).startsWith("civic-lr-");
        assertThat(document.intent()).isEqualTo("suggestion");
        assertThat(document.keywords()).contains("加装电梯");
        assertThat(document.fingerprint()).matches("[0-9a-f]{16}");
        assertThat(document.role()).isEqualTo("citizen");
        assertThat(document.status()).isEqualTo("new");
        assertThat(document.submittedAt()).isEqualTo(submitted.occurredAt());
        assertThat(document.indexedAt()).isAfterOrEqualTo(submitted.occurredAt());
    }

    @Test
    void theSameEventDeliveredTwiceLeavesOneDocument() throws Exception {
        CommentSubmitted submitted = submitted("1.1", "防范化解重大风险很重要");

        publish(submitted);
        publish(submitted);
        CommentSubmitted later = submitted("1.1", "之后的一条意见");
        publish(later);
        awaitDocument(later.commentId());

        elasticsearch.indices().refresh(refresh -> refresh.index(CommentIndex.ALIAS));
        long copies = elasticsearch.count(count -> count.index(CommentIndex.ALIAS)
                .query(query -> query.term(term -> term.field("commentId").value(submitted.commentId())))).count();
        assertThat(copies).isEqualTo(1);
    }

    @Test
    void aDecisionAndAReplyAreMergedIntoTheCommentAndAReplayedSubmissionDoesNotUndoThem() throws Exception {
        CommentSubmitted submitted = submitted("3.7", "建议增加社区老年助餐点");
        Instant decided = Instant.parse("2026-11-30T03:00:00Z");

        publish(submitted);
        publish(new CommentModerated(submitted.commentId(), CommentModerated.Action.PUBLISH, null, "admin", decided));
        publish(new CommentReplied(submitted.commentId(), "已纳入2021年民生实事。", "区民政局", "admin", decided));
        publish(submitted);
        CommentSubmitted marker = submitted("3.7", "之后的一条意见");
        publish(marker);
        awaitDocument(marker.commentId());

        CommentDocument document = awaitDocument(submitted.commentId());
        assertThat(document.status()).isEqualTo("published");
        assertThat(document.moderation().action()).isEqualTo("PUBLISH");
        assertThat(document.reply().text()).isEqualTo("已纳入2021年民生实事。");
        assertThat(document.reply().author()).isEqualTo("区民政局");
        assertThat(document.text()).isEqualTo("建议增加社区老年助餐点");
    }

    @Test
    void aDecisionThatArrivesBeforeItsCommentIsKeptAndCompletedByIt() throws Exception {
        CommentSubmitted submitted = submitted("1.1", "油烟扰民问题突出");

        publish(new CommentModerated(submitted.commentId(), CommentModerated.Action.HIDE, "含个人信息", "admin", Instant.now()));
        awaitDocument(submitted.commentId());
        publish(submitted);

        CommentDocument document = await().atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> awaitDocument(submitted.commentId()), found -> found.text() != null);
        assertThat(document.status()).isEqualTo("hidden");
        assertThat(document.moderation().reason()).isEqualTo("含个人信息");
        assertThat(document.sectionKey()).isEqualTo("1.1");
    }

    @Test
    void aDelegatesCommentKeepsItsDelegationAndOnlyTheSealedContact() throws Exception {
        String id = UUID.randomUUID().toString();
        CommentSubmitted submitted = new CommentSubmitted(id, "TEST-0000-0002", "hongqi-2020", "3.7", null,
                "建议增设社区养老服务站", Role.DELEGATE, "王建国", "东街街道代表团", "v1.c2VhbGVkLWNvbnRhY3Q", Instant.now());

        publish(submitted);

        CommentDocument document = awaitDocument(id);
        assertThat(document.role()).isEqualTo("delegate");
        assertThat(document.delegation()).isEqualTo("东街街道代表团");
        assertThat(document.sealedContact()).isEqualTo("v1.c2VhbGVkLWNvbnRhY3Q");
    }

    @Test
    void aWithdrawnCommentStaysWithdrawnWhicheverOfItsRecordsArrivesFirst() throws Exception {
        CommentSubmitted landedFirst = submitted("3.5", "未确认的意见甲");
        CommentSubmitted landedNever = submitted("3.5", "未确认的意见乙");

        publish(landedFirst);
        publish(new CommentWithdrawn(landedFirst.commentId(), CommentWithdrawn.Reason.NOT_ACKNOWLEDGED, Instant.now()));
        publish(new CommentWithdrawn(landedNever.commentId(), CommentWithdrawn.Reason.NOT_ACKNOWLEDGED, Instant.now()));
        publish(landedFirst);

        CommentDocument withdrawn = await().atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> awaitDocument(landedFirst.commentId()), found -> "withdrawn".equals(found.status()));
        assertThat(withdrawn.text()).isEqualTo("未确认的意见甲");
        assertThat(awaitDocument(landedNever.commentId()).status()).isEqualTo("withdrawn");
    }

    @Test
    void lightlyEditedCopiesJoinTheCampaignOfTheFirstAndAnUnrelatedCommentStartsItsOwn() throws Exception {
        String campaignText = " 强烈要求立即停止印染厂项目征收，补偿标准太低，居民无法接受！";
        String editedText = " 强烈要求马上停止印染厂项目征收，补偿标准太低了，居民无法接受！";
        String marker = markerKeepingWithinNearDuplicateBits(campaignText, editedText);
        CommentSubmitted first = submitted("3.5", marker + campaignText);
        CommentSubmitted copy = submitted("3.5", marker + campaignText + "！");
        CommentSubmitted edited = submitted("3.5", marker + editedText);
        CommentSubmitted unrelated = submitted("3.5", marker + " 建议在公园里多设几个健身器材，方便老人晨练。");

        publish(first);
        awaitDocument(first.commentId());
        publish(copy);
        publish(edited);
        publish(unrelated);

        assertThat(awaitDocument(first.commentId()).campaignId()).isEqualTo(first.commentId());
        assertThat(awaitDocument(copy.commentId()).campaignId()).isEqualTo(first.commentId());
        assertThat(awaitDocument(edited.commentId()).campaignId()).isEqualTo(first.commentId());
        assertThat(awaitDocument(unrelated.commentId()).campaignId()).isEqualTo(unrelated.commentId());
        assertThat(awaitDocument(copy.commentId()).fingerprintBands()).hasSize(4);
    }

    /**
     * A marker that keeps this test's comments apart from every other test's in the shared node.
     * It is a word of the fingerprint too, and some markers tip an edit past the near-duplicate
     * threshold, so the test takes one that leaves the edit a near-duplicate, as its words alone are.
     */
    private String markerKeepingWithinNearDuplicateBits(String text, String edited) {
        return Stream.generate(() -> "campaign" + UUID.randomUUID().toString().substring(0, 6))
                .filter(marker -> SimHash.distance(analyzer.analyze(marker + text).fingerprint(),
                        analyzer.analyze(marker + edited).fingerprint()) <= SimHash.NEAR_DUPLICATE_BITS)
                .findFirst().orElseThrow();
    }

    @Test
    void aTermTheReportPutsInQuotesIsOneWordOfTheCommentsThatQuoteIt() throws Exception {
        Path report = Path.of(System.getProperty("feedback.report.file"));
        importer.importReport("hongqi-2020", report.getFileName().toString(), Files.readAllBytes(report));
        CommentSubmitted quoting = submitted("3.3", "打造“清亲法诚快”营商环境，这个提法好，关键看落实。");

        publish(quoting);

        assertThat(awaitDocument(quoting.commentId()).textSegmented().split(" ")).contains("清亲法诚快", "营商环境");
    }

    @Test
    void anUnreadableRecordIsParkedWithItsReasonAndTheCommentsBehindItAreIndexed() throws Exception {
        String key = UUID.randomUUID().toString();
        byte[] garbage = "{\"type\":\"comment.submitted\",\"text\":".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KafkaTestUtils.producerProps(broker),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.COMMENT_EVENTS.name(), 0, key, garbage)).get();
        }
        CommentSubmitted behind = submitted("2", "工作总体要求写得很清楚");
        publishToPartition(0, behind);

        awaitDocument(behind.commentId());
        ConsumerRecord<String, byte[]> parked = awaitDeadLetter(key);
        assertThat(parked.value()).isEqualTo(garbage);
        assertThat(parked.partition()).isZero();
        assertThat(new String(parked.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE).value(), StandardCharsets.UTF_8))
                .isNotBlank();
        assertThat(new String(parked.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC).value(), StandardCharsets.UTF_8))
                .isEqualTo(Topics.COMMENT_EVENTS.name());
    }

    private CommentDocument awaitDocument(String commentId) {
        return await().atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions() // the index appears with the first batch
                .until(() -> {
            GetResponse<CommentDocument> response = elasticsearch.get(get -> get.index(CommentIndex.ALIAS).id(commentId), CommentDocument.class);
            return response.found() ? response.source() : null;
        }, document -> document != null);
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        Map<String, Object> properties = KafkaTestUtils.consumerProps("dlt-" + UUID.randomUUID(), "false", broker);
        properties.put("auto.offset.reset", "earliest");
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(properties,
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(Topics.COMMENT_EVENTS.deadLetterName()));
            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            await().atMost(INDEXED_WITHIN).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(record -> key.equals(record.key()));
            });
            return seen.stream().filter(record -> key.equals(record.key())).findFirst().orElseThrow();
        }
    }

    private void publish(CommentEvent event) throws Exception {
        send(new ProducerRecord<>(Topics.COMMENT_EVENTS.name(), event.commentId(), event));
    }

    private void publishToPartition(int partition, CommentSubmitted event) throws Exception {
        send(new ProducerRecord<>(Topics.COMMENT_EVENTS.name(), partition, event.commentId(), event));
    }

    private void send(ProducerRecord<String, CommentEvent> record) throws Exception {
        TestComments.send(broker, record);
    }
}
