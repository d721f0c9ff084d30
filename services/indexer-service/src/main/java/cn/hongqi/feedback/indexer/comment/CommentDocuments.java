package cn.hongqi.feedback.indexer.comment;

import cn.hongqi.feedback.report.SectionKeys;
import cn.hongqi.feedback.analysis.ChineseSegmenter;
import cn.hongqi.feedback.events.CommentSubmitted;
import cn.hongqi.feedback.index.CommentDocument;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Analyses a submitted comment into the document that staff search. */
@Component
class CommentDocuments {

    static final String STATUS_NEW = "new";

    private final ChineseSegmenter segmenter = new ChineseSegmenter();
    private final Clock clock;

    CommentDocuments(Clock clock) {
        this.clock = clock;
    }

    CommentDocument from(CommentSubmitted submitted) {
        return new CommentDocument(submitted.commentId(), submitted.receipt(), submitted.reportId(),
                submitted.sectionKey(), SectionKeys.pathOf(submitted.sectionKey()), submitted.anchorId(),
                submitted.text(), segmenter.segmented(submitted.text()), submitted.role().wireName(),
                submitted.displayName(), STATUS_NEW, submitted.occurredAt(), clock.instant());
    }
}
