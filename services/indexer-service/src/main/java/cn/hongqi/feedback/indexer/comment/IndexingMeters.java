package cn.hongqi.feedback.indexer.comment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * What the indexer counts: each bulk request (its size and duration), what Elasticsearch would not
 * take, the records parked on the dead-letter topic, and the sentiment of indexed comments. The
 * section tag is the top-level section only, so the number of series stays that of the report's chapters.
 */
@Component
class IndexingMeters {

    static final String ITEM_REJECTED = "item-rejected";
    static final String UNAVAILABLE = "unavailable";

    private final MeterRegistry registry;
    private final DistributionSummary bulkSize;
    private final Timer bulk;
    private final Counter itemsRejected;
    private final Counter unavailable;
    private final Counter deadLetters;

    IndexingMeters(MeterRegistry registry) {
        this.registry = registry;
        this.bulkSize = DistributionSummary.builder("feedback.indexer.bulk.size")
                .description("Operations in one bulk request").register(registry);
        this.bulk = Timer.builder("feedback.indexer.bulk").description("Bulk requests to Elasticsearch, until their answer")
                .register(registry);
        this.itemsRejected = indexErrors(registry, ITEM_REJECTED);
        this.unavailable = indexErrors(registry, UNAVAILABLE);
        this.deadLetters = Counter.builder("feedback.indexer.dead.letters")
                .description("Records parked on the dead-letter topic").register(registry);
    }

    private static Counter indexErrors(MeterRegistry registry, String kind) {
        return Counter.builder("feedback.indexer.index.errors")
                .description("Comment changes Elasticsearch refused for good (item-rejected) or could not take now (unavailable)")
                .tag("kind", kind).register(registry);
    }

    Timer.Sample bulkStarted() {
        return Timer.start(registry);
    }

    void bulkAnswered(Timer.Sample started, int operations) {
        started.stop(bulk);
        bulkSize.record(operations);
    }

    void itemRejected() {
        itemsRejected.increment();
    }

    void unavailable() {
        unavailable.increment();
    }

    void deadLettered() {
        deadLetters.increment();
    }

    /** @param sectionKey a section key such as {@code 3.7}; counted under its chapter, {@code 3} */
    void indexed(String sectionKey, String sentiment) {
        int dot = sectionKey.indexOf('.');
        Counter.builder("feedback.comments.sentiment").description("Indexed comments by chapter and sentiment")
                .tag("section", dot < 0 ? sectionKey : sectionKey.substring(0, dot))
                .tag("sentiment", sentiment)
                .register(registry).increment();
    }
}
