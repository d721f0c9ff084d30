package cn.hongqi.feedback.staff;

import cn.hongqi.feedback.report.SectionKeys;
import cn.hongqi.feedback.analysis.ChineseSegmenter;
import cn.hongqi.feedback.events.ContactSeal;
import cn.hongqi.feedback.index.CommentDocument;
import cn.hongqi.feedback.index.CommentIndex;
import cn.hongqi.feedback.testsupport.ElasticsearchNode;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Points the staff service at the test node and writes comments straight into the real index, the
 * way the indexer writes them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SeededComments {

    public static final String STAFF_USER = "admin";
    public static final String STAFF_PASSWORD = UUID.randomUUID().toString();
    public static final String CONTACT_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private static final ChineseSegmenter SEGMENTER = new ChineseSegmenter();

    private final ElasticsearchClient client;
    private final CommentIndex index;

    SeededComments(ElasticsearchClient client, CommentIndex index) {
        this.client = client;
        this.index = index;
    }

    @Bean
    static DynamicPropertyRegistrar testNodeAndStaffAccount() {
        return registry -> {
            registry.add("spring.elasticsearch.uris", () -> ElasticsearchNode.shared().uri());
            registry.add("feedback.staff.admin.username", () -> STAFF_USER);
            registry.add("feedback.staff.admin.password", () -> STAFF_PASSWORD);
            registry.add("feedback.staff.contact-key", () -> CONTACT_KEY);
        };
    }

    /** A made-up Latin word that the segmenter keeps whole, so a test can find just its own comments. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("mark");
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(letter -> word.append((char) letter));
        return word.toString();
    }

    /** Indexes many comments in one bulk request, searchable at once. */
    public void addMany(String sectionKey, List<String> texts) {
        index.ensureExists();
        try {
            client.bulk(bulk -> {
                for (String text : texts) {
                    String id = UUID.randomUUID().toString();
                    CommentDocument document = new CommentDocument(id, "TEST-" + id.substring(0, 4).toUpperCase() + "-0000",
                            "hongqi-2020", sectionKey, SectionKeys.pathOf(sectionKey), null, text, SEGMENTER.segmented(text), "citizen",
                            null, null, null, null, null, List.of(), null, List.of(), id, "new", Instant.now(), Instant.now(), null, null);
                    bulk.operations(operation -> operation.index(op -> op.index(CommentIndex.ALIAS).id(id).document(document)));
                }
                return bulk.refresh(Refresh.True);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes a comment and makes it searchable at once; returns its id. */
    public String add(String sectionKey, String text) {
        return add(sectionKey, text, null, "new");
    }

    /** Indexes a comment as the indexer would, with contact details sealed as the portal seals them. */
    public String add(String sectionKey, String text, String contact, String status) {
        return add(sectionKey, text, contact, status, null, null, null);
    }

    /**
     * Indexes a comment as analysed: {@code sentiment} and {@code intent} as the model would label it,
     * in the campaign named (its own when null).
     */
    public String add(String sectionKey, String text, String contact, String status, String sentiment, String intent,
                      String campaignId) {
        return add(sectionKey, text, contact, status, sentiment, intent, campaignId, List.of());
    }

    /** Indexes a comment as analysed, with the keywords the analysis would have found in it. */
    public String add(String sectionKey, String text, String contact, String status, String sentiment, String intent,
                      String campaignId, List<String> keywords) {
        index.ensureExists();
        String id = UUID.randomUUID().toString();
        String sealed = contact == null ? null : ContactSeal.withKey(CONTACT_KEY).seal(id, contact);
        CommentDocument.Sentiment read = sentiment == null ? null : new CommentDocument.Sentiment(sentiment, 0, 1, "test");
        CommentDocument document = new CommentDocument(id, "TEST-" + id.substring(0, 4).toUpperCase() + "-0000", "hongqi-2020",
                sectionKey, SectionKeys.pathOf(sectionKey), null, text, SEGMENTER.segmented(text), "citizen", null, null, sealed,
                read, intent, keywords, null, List.of(), campaignId == null ? id : campaignId, status, Instant.now(), Instant.now(),
                null, null);
        try {
            client.index(request -> request.index(CommentIndex.ALIAS).id(id).document(document).refresh(Refresh.True));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }
}
