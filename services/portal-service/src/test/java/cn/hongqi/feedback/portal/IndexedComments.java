package cn.hongqi.feedback.portal;

import cn.hongqi.feedback.index.CommentDocument;
import cn.hongqi.feedback.index.CommentIndex;
import cn.hongqi.feedback.report.SectionKeys;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.springframework.boot.test.context.TestComponent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Comments written straight into the real index, in the states that moderation and replies leave them in. */
@TestComponent
public class IndexedComments {

    private final ElasticsearchClient client;
    private final CommentIndex index;

    IndexedComments(ElasticsearchClient client, CommentIndex index) {
        this.client = client;
        this.index = index;
    }

    public void add(String receipt, String sectionKey, String text, String status, String displayName,
                    CommentDocument.Moderation moderation, CommentDocument.Reply reply) {
        index.ensureExists();
        String id = UUID.randomUUID().toString();
        CommentDocument document = new CommentDocument(id, receipt, "hongqi-2020-government-work-report", sectionKey,
                SectionKeys.pathOf(sectionKey), null, text, text, "citizen", displayName, null, null, null, null, List.of(), null, List.of(), id, status,
                Instant.now(), Instant.now(), moderation, reply);
        try {
            client.index(request -> request.index(CommentIndex.ALIAS).id(id).document(document).refresh(Refresh.True));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
