package cn.hongqi.feedback.indexer.comment;

import cn.hongqi.feedback.index.CommentIndex;
import cn.hongqi.feedback.indexer.IndexerProperties;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes changes to comment documents through a {@link BulkIngester} and reports the outcome of every item,
 * so the caller can commit Kafka offsets only for what Elasticsearch really holds. The comment id
 * is the document id: writing the same event twice leaves one document.
 */
@Component
class CommentIndexWriter {

    private static final int CONFLICT = 409;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERROR = 500;

    private final CommentIndex index;
    private final IndexerProperties properties;
    private final IndexingMeters meters;
    private final BulkIngester<CompletableFuture<BulkResponseItem>> ingester;

    CommentIndexWriter(ElasticsearchClient client, CommentIndex index, IndexerProperties properties, IndexingMeters meters) {
        this.index = index;
        this.properties = properties;
        this.meters = meters;
        this.ingester = BulkIngester.of(builder -> builder.client(client)
                .maxOperations(properties.bulkMaxOperations())
                .maxConcurrentRequests(1)
                .listener(new ItemOutcomes(meters)));
    }

    /** An item Elasticsearch could not take now (overloaded, failing) rather than one it refuses for good. */
    static boolean unavailable(BulkResponseItem outcome) {
        return outcome.status() == TOO_MANY_REQUESTS || outcome.status() >= SERVER_ERROR;
    }

    /**
     * One outcome per change, in order. A change refused because its document exists already is
     * written again as its {@link CommentDocuments.Change#ifExists()}, after the whole first round,
     * so that it lands after every other change of the batch to that document. Throws
     * {@link IndexUnavailableException} when a round as a whole did not reach Elasticsearch.
     */
    List<BulkResponseItem> write(List<CommentDocuments.Change> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        ensureIndex();
        List<BulkResponseItem> outcomes = new ArrayList<>(writeRound(changes.stream().map(CommentDocuments.Change::operation).toList()));
        List<Integer> existing = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).status() == CONFLICT && changes.get(i).ifExists() != null) {
                existing.add(i);
            }
        }
        if (!existing.isEmpty()) {
            List<BulkResponseItem> second = writeRound(existing.stream().map(i -> changes.get(i).ifExists()).toList());
            for (int j = 0; j < existing.size(); j++) {
                outcomes.set(existing.get(j), second.get(j));
            }
        }
        outcomes.stream().filter(outcome -> outcome.error() != null)
                .forEach(outcome -> {
                    if (unavailable(outcome)) {
                        meters.unavailable();
                    } else {
                        meters.itemRejected();
                    }
                });
        return outcomes;
    }

    private List<BulkResponseItem> writeRound(List<BulkOperation> changes) {
        List<CompletableFuture<BulkResponseItem>> outcomes = changes.stream().map(change -> {
            CompletableFuture<BulkResponseItem> outcome = new CompletableFuture<>();
            ingester.add(change, outcome);
            return outcome;
        }).toList();
        ingester.flush();
        try {
            CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
                    .get(properties.writeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            meters.unavailable();
            throw new IndexUnavailableException("the bulk write of " + changes.size() + " comment changes did not complete", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexUnavailableException("interrupted while writing comments", e);
        }
        return outcomes.stream().map(CompletableFuture::join).toList();
    }

    private void ensureIndex() {
        try {
            index.ensureExists();
        } catch (RuntimeException e) {
            meters.unavailable();
            throw new IndexUnavailableException("cannot create the comment index", e);
        }
    }

    @PreDestroy
    void close() {
        ingester.close();
    }

    /** Hands each bulk item's response to the future of the document it belongs to, and times each request. */
    private static final class ItemOutcomes implements BulkListener<CompletableFuture<BulkResponseItem>> {

        private final IndexingMeters meters;
        // The ingester may answer on another thread than the one that sent.
        private final Map<Long, Timer.Sample> sent = new ConcurrentHashMap<>();

        ItemOutcomes(IndexingMeters meters) {
            this.meters = meters;
        }

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<CompletableFuture<BulkResponseItem>> contexts) {
            sent.put(executionId, meters.bulkStarted());
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<CompletableFuture<BulkResponseItem>> contexts,
                              BulkResponse response) {
            answered(executionId, request);
            for (int i = 0; i < contexts.size(); i++) {
                contexts.get(i).complete(response.items().get(i));
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<CompletableFuture<BulkResponseItem>> contexts,
                              Throwable failure) {
            answered(executionId, request);
            contexts.forEach(outcome -> outcome.completeExceptionally(failure));
        }

        private void answered(long executionId, BulkRequest request) {
            Timer.Sample started = sent.remove(executionId);
            if (started != null) {
                meters.bulkAnswered(started, request.operations().size());
            }
        }
    }
}
