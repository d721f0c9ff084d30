package cn.hongqi.feedback.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The comment index: versioned indexes {@code comments-v{N}} behind the alias {@code comments}.
 * Readers and writers use the alias only, so an index can be rebuilt beside the live one and
 * swapped in.
 */
public final class CommentIndex {

    public static final String ALIAS = "comments";
    static final int CURRENT_VERSION = 1;
    private static final String MAPPING = "/elasticsearch/comments-index.json";
    private static final Logger log = LoggerFactory.getLogger(CommentIndex.class);

    private final ElasticsearchClient client;
    private volatile boolean known;

    public CommentIndex(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * Fields added to the mapping since an index was created are added to it too: new fields are
     * the one mapping change Elasticsearch accepts in place. Anything else needs a rebuild.
     */
    private void addNewFields() throws IOException {
        try (InputStream resource = CommentIndex.class.getResourceAsStream(MAPPING)) {
            JsonNode mappings = new ObjectMapper().readTree(resource).get("mappings");
            client.indices().putMapping(request -> request.index(ALIAS)
                    .withJson(new ByteArrayInputStream(mappings.toString().getBytes(StandardCharsets.UTF_8))));
        }
    }

    public static String versionedName(int version) {
        return ALIAS + "-v" + version;
    }

    /**
     * Creates the current index version and points the alias at it, unless the alias exists.
     * Two services may race here; the loser finds the index already there and moves on. Once the
     * alias is known to exist, later calls cost nothing.
     */
    public void ensureExists() {
        if (known) {
            return;
        }
        try {
            if (client.indices().existsAlias(request -> request.name(ALIAS)).value()) {
                addNewFields();
                known = true;
                return;
            }
            String index = versionedName(CURRENT_VERSION);
            try (InputStream mapping = CommentIndex.class.getResourceAsStream(MAPPING)) {
                client.indices().create(request -> request.index(index).withJson(mapping)
                        .aliases(ALIAS, alias -> alias.isWriteIndex(true)));
            }
            // Until its shard is allocated the new index answers 503; wait so the first writer does not.
            client.cluster().health(health -> health.index(index).waitForStatus(HealthStatus.Yellow));
            log.info("Created index {} behind alias {}", index, ALIAS);
            known = true;
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            known = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch to create the comment index", e);
        }
    }
}
