package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.index.CommentDocument;
import cn.hongqi.feedback.index.CommentIndex;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The comments staff have published on a section, newest first, with their official replies. Read
 * from the comment index; when it cannot be reached the section page still shows the report and the
 * form, and says the comments are unavailable.
 */
@Component
class PublishedComments {

    static final int SHOWN = 50;
    private static final Logger log = LoggerFactory.getLogger(PublishedComments.class);

    private final ElasticsearchClient client;
    private final CommentIndex index;

    PublishedComments(ElasticsearchClient client, CommentIndex index) {
        this.client = client;
        this.index = index;
    }

    /** Empty when the index cannot be reached. */
    Optional<List<CommentDocument>> on(String sectionKey) {
        try {
            index.ensureExists();
            return Optional.of(client.search(search -> search.index(CommentIndex.ALIAS)
                            .query(query -> query.bool(bool -> bool
                                    .filter(filter -> filter.term(term -> term.field("sectionKey").value(sectionKey)))
                                    .filter(filter -> filter.term(term -> term.field("status").value(CommentDocument.STATUS_PUBLISHED)))))
                            .sort(sort -> sort.field(field -> field.field("submittedAt").order(SortOrder.Desc)))
                            .size(SHOWN), CommentDocument.class)
                    .hits().hits().stream().map(hit -> hit.source()).toList());
        } catch (IOException | RuntimeException e) {
            log.warn("Published comments of section {} are unavailable: {}", sectionKey, e.toString());
            return Optional.empty();
        }
    }
}
