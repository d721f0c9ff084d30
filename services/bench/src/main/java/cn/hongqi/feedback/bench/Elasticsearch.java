package cn.hongqi.feedback.bench;

import cn.hongqi.feedback.events.Topics;
import cn.hongqi.feedback.index.CommentDocument;
import cn.hongqi.feedback.index.CommentIndex;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The benchmark's way to Elasticsearch: the same client, mapping and documents as the indexer's. */
final class Elasticsearch implements AutoCloseable {

    /** The indexer's {@code bulk-max-operations}. */
    static final int BULK_OPERATIONS = 1000;
    private static final int CONCURRENT_BULKS = 2;

    private final RestClient rest;
    final ElasticsearchClient client;

    Elasticsearch(String url) {
        rest = RestClient.builder(HttpHost.create(url)).build();
        client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(Topics.eventMapper())));
    }

    /** Comments in the live index, as a search sees them now. */
    long count() throws IOException {
        client.indices().refresh(refresh -> refresh.index(CommentIndex.ALIAS));
        return client.count(count -> count.index(CommentIndex.ALIAS)).count();
    }

    void createScratchIndex(String name) throws IOException {
        deleteIfExists(name);
        try (InputStream mapping = CommentIndex.class.getResourceAsStream("/elasticsearch/comments-index.json")) {
            client.indices().create(create -> create.index(name).withJson(mapping));
        }
    }

    void deleteIfExists(String name) throws IOException {
        if (client.indices().exists(exists -> exists.index(name)).value()) {
            client.indices().delete(delete -> delete.index(name));
        }
    }

    /**
     * Writes the documents with plain index operations in bulks of the indexer's size, two bulks in
     * flight (this machine's cores), checking every item. @return documents per second
     */
    double bulkIndex(String index, List<CommentDocument> documents) {
        AtomicLong failed = new AtomicLong();
        long started = System.nanoTime();
        try (BulkIngester<Void> ingester = BulkIngester.of(builder -> builder.client(client)
                .maxOperations(BULK_OPERATIONS).maxConcurrentRequests(CONCURRENT_BULKS).maxSize(20L * 1024 * 1024)
                .listener(new BulkListener<>() {
                    @Override
                    public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
                    }

                    @Override
                    public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
                        response.items().stream().filter(item -> item.error() != null).forEach(item -> failed.incrementAndGet());
                    }

                    @Override
                    public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable failure) {
                        failed.addAndGet(request.operations().size());
                    }
                }))) {
            for (CommentDocument document : documents) {
                ingester.add(operation -> operation.index(put -> put.index(index).id(document.commentId()).document(document)));
            }
            ingester.flush();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " documents were refused by Elasticsearch");
        }
        return documents.size() / ((System.nanoTime() - started) / 1e9);
    }

    @Override
    public void close() throws IOException {
        rest.close();
    }
}
