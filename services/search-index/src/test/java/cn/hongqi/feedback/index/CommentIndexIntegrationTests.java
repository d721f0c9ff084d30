package cn.hongqi.feedback.index;

import cn.hongqi.feedback.report.SectionKeys;
import cn.hongqi.feedback.testsupport.ElasticsearchNode;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The index contract against a real Elasticsearch node. */
class CommentIndexIntegrationTests {

    private static RestClient rest;
    private static ElasticsearchClient client;

    @BeforeAll
    static void connect() {
        rest = RestClient.builder(HttpHost.create(ElasticsearchNode.shared().uri())).build();
        client = new ElasticsearchClient(new RestClientTransport(rest, new CommentIndexAutoConfiguration().commentJsonpMapper()));
        new CommentIndex(client, IndexLayout.SINGLE_NODE).ensureExists();
    }

    @AfterAll
    static void disconnect() throws IOException {
        rest.close();
    }

    @Test
    void theAliasPointsAtTheFirstVersionAndCreatingAgainChangesNothing() throws IOException {
        new CommentIndex(client, IndexLayout.SINGLE_NODE).ensureExists();

        assertThat(client.indices().getAlias(alias -> alias.name(CommentIndex.ALIAS)).result())
                .containsOnlyKeys(CommentIndex.versionedName(1));
    }

    @Test
    void aNewVersionIsLaidOutAsTheDeploymentSays() throws IOException {
        String next = new CommentIndex(client, new IndexLayout(2, 1)).createNextVersion();
        try {
            var settings = client.indices().getSettings(request -> request.index(next)).get(next).settings().index();
            assertThat(settings.numberOfShards()).isEqualTo("2");
            assertThat(settings.numberOfReplicas()).isEqualTo("1");
            assertThat(settings.refreshInterval().time()).as("the mapping's own settings stay").isEqualTo("1s");
        } finally {
            new CommentIndex(client, IndexLayout.SINGLE_NODE).drop(next);
        }
    }

    @Test
    void aDocumentComesBackAsItWasWrittenWithItsTimestamps() throws IOException {
        Instant submitted = Instant.parse("2026-11-30T02:00:00.123Z");
        CommentDocument written = new CommentDocument("c-1", "AAAA-BBBB-CCCC", "hongqi-2020", "3.5", SectionKeys.pathOf("3.5"),
                null, "加装电梯", "加装 电梯", "delegate", "王建国", "东街街道代表团", "v1.c2VhbGVk",
                new CommentDocument.Sentiment("positive", 0.8, 0.9, "civic-lr-test"), "suggestion", List.of("电梯"), "0123456789abcdef",
                List.of("0:cdef", "1:89ab", "2:4567", "3:0123"), "c-1",
                "new", submitted, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                null, new CommentDocument.Reply("已转交区住建局。", "区住建局", "admin", submitted));

        client.index(request -> request.index(CommentIndex.ALIAS).id("c-1").document(written).refresh(Refresh.True));

        assertThat(client.get(get -> get.index(CommentIndex.ALIAS).id("c-1"), CommentDocument.class).source()).isEqualTo(written);
    }

    @Test
    void theMappingIsStrictSoATypoInAFieldNameIsAnErrorNotANewField() {
        assertThatThrownBy(() -> client.index(request -> request.index(CommentIndex.ALIAS).id("c-2")
                .document(Map.of("commentId", "c-2", "sectionKy", "3.5"))))
                .isInstanceOf(ElasticsearchException.class)
                .hasMessageContaining("strict_dynamic_mapping_exception");
    }

    @Test
    void theSegmentedTextIsSplitOnSpacesOnlyAndTheOriginalPerCharacter() throws IOException {
        List<String> segmented = client.indices().analyze(analyze -> analyze.index(CommentIndex.ALIAS).field("textSegmented").text("老旧小区 加装 电梯"))
                .tokens().stream().map(token -> token.token()).toList();
        List<String> original = client.indices().analyze(analyze -> analyze.index(CommentIndex.ALIAS).field("text").text("加装电梯"))
                .tokens().stream().map(token -> token.token()).toList();

        assertThat(segmented).containsExactly("老旧小区", "加装", "电梯");
        assertThat(original).containsExactly("加", "装", "电", "梯");
    }

    @Test
    void aSectionPathListsTheSectionAndItsAncestors() {
        assertThat(SectionKeys.pathOf("3")).containsExactly("3");
        assertThat(SectionKeys.pathOf("3.7.2")).containsExactly("3", "3.7", "3.7.2");
    }
}
