package cn.hongqi.feedback.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
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
    private final IndexLayout layout;
    private volatile boolean known;

    public CommentIndex(ElasticsearchClient client, IndexLayout layout) {
        this.client = client;
        this.layout = layout;
    }

    /** The mapping resource with this deployment's shards and replicas in its settings. */
    private InputStream mapping() throws IOException {
        try (InputStream resource = CommentIndex.class.getResourceAsStream(MAPPING)) {
            ObjectNode mapping = (ObjectNode) new ObjectMapper().readTree(resource);
            ((ObjectNode) mapping.get("settings")).put("number_of_shards", layout.shards()).put("number_of_replicas", layout.replicas());
            return new ByteArrayInputStream(mapping.toString().getBytes(StandardCharsets.UTF_8));
        }
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
        client.indices().putSettings(request -> request.index(ALIAS)
                .settings(settings -> settings.numberOfReplicas(String.valueOf(layout.replicas()))));
    }

    public static String versionedName(int version) {
        return ALIAS + "-v" + version;
    }

    /** The index the alias points at now. */
    public String liveIndex() {
        try {
            return client.indices().getAlias(request -> request.name(ALIAS)).result().keySet().iterator().next();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch", e);
        }
    }

    /** Every version of the index that exists, live or not, oldest first. */
    public List<String> versions() {
        try {
            return client.indices().get(request -> request.index(ALIAS + "-v*")).result().keySet().stream()
                    .sorted(Comparator.comparingInt(CommentIndex::versionOf)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch", e);
        }
    }

    /** Creates the version after the newest one, with the current mapping, beside the live index. */
    public String createNextVersion() {
        ensureExists();
        List<String> versions = versions();
        String next = versionedName(versionOf(versions.get(versions.size() - 1)) + 1);
        try (InputStream mapping = mapping()) {
            client.indices().create(request -> request.index(next).withJson(mapping));
            client.cluster().health(health -> health.index(next).waitForStatus(HealthStatus.Yellow));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + next, e);
        }
        return next;
    }

    /** Moves the alias in one atomic step: readers and writers see either index, never neither. */
    public void moveAlias(String from, String to) {
        try {
            client.indices().updateAliases(request -> request
                    .actions(action -> action.remove(remove -> remove.index(from).alias(ALIAS)))
                    .actions(action -> action.add(add -> add.index(to).alias(ALIAS).isWriteIndex(true))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the alias", e);
        }
    }

    /** Deletes an old version; the live one is refused. */
    public void drop(String index) {
        if (!index.startsWith(ALIAS + "-v")) {
            throw new IllegalArgumentException(index + " is not a version of the comment index");
        }
        if (index.equals(liveIndex())) {
            throw new IllegalArgumentException(index + " is the live index behind the alias " + ALIAS + "; it cannot be dropped");
        }
        try {
            client.indices().delete(request -> request.index(index));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot drop " + index, e);
        }
    }

    private static int versionOf(String index) {
        return Integer.parseInt(index.substring(index.lastIndexOf("-v") + 2));
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
            try (InputStream mapping = mapping()) {
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
