package cn.hongqi.feedback.index;

import cn.hongqi.feedback.analysis.Analysis;
import cn.hongqi.feedback.analysis.ChineseSegmenter;
import cn.hongqi.feedback.analysis.SimHash;
import cn.hongqi.feedback.events.CommentSubmitted;
import cn.hongqi.feedback.report.SectionKeys;

import java.time.Instant;
import java.util.List;

/**
 * A comment as staff search it: the shape of a document in the {@code comments} index. The
 * mapping that goes with it is {@code infra/elasticsearch/comments-index.json}.
 *
 * @param sectionPath   the section key and all its ancestors ({@code 3}, {@code 3.7}), so a filter on
 *                      a part also finds the comments on its sub-sections
 * @param text          the original text, for phrase matching and highlighting
 * @param textSegmented the words of the text joined by spaces, for word matching
 * @param delegation    the delegation of a delegate who wrote it, {@code null} for citizens
 * @param sealedContact the submitter's contact details, sealed ({@code ContactSeal}); not searchable,
 *                      opened only for ADMIN staff
 * @param sentiment     what the analysis read in it, and with which model
 * @param intent        {@code suggestion}, {@code complaint}, {@code praise} or {@code question}
 * @param keywords      up to five words that say what it is about
 * @param fingerprint   SimHash of its words (16 hex digits): near-duplicates differ in few bits
 * @param fingerprintBands the fingerprint cut in four 16-bit bands ({@code 0:3f62}…): fingerprints a
 *                      few bits apart share a band, so near-duplicates are found with a terms query
 * @param campaignId    the id of the first comment of its group of near-duplicates (its own id when
 *                      it has none), so mass campaigns of the same or lightly edited text group together
 * @param status        {@code new}, {@code published}, {@code hidden}, {@code spam} or
 *                      {@code withdrawn} (never acknowledged to its submitter: not a comment)
 */
public record CommentDocument(
        String commentId,
        String receipt,
        String reportId,
        String sectionKey,
        List<String> sectionPath,
        String anchorId,
        String text,
        String textSegmented,
        String role,
        String displayName,
        String delegation,
        String sealedContact,
        Sentiment sentiment,
        String intent,
        List<String> keywords,
        String fingerprint,
        List<String> fingerprintBands,
        String campaignId,
        String status,
        Instant submittedAt,
        Instant indexedAt,
        Moderation moderation,
        Reply reply) {

    public static final String STATUS_NEW = "new";
    public static final String STATUS_PUBLISHED = "published";
    public static final String STATUS_WITHDRAWN = "withdrawn";

    /** The same comment with another status. */
    /**
     * The document of a submitted comment as analysed, without a status: a replayed submission must
     * not undo a decision, so only a new document gets {@code new} (see {@link #withStatus}).
     */
    public static CommentDocument analysed(CommentSubmitted submitted, Analysis analysis, String campaignId, Instant indexedAt) {
        return new CommentDocument(submitted.commentId(), submitted.receipt(), submitted.reportId(),
                submitted.sectionKey(), SectionKeys.pathOf(submitted.sectionKey()), submitted.anchorId(),
                submitted.text(), ChineseSegmenter.indexed(analysis.tokens()), submitted.role().wireName(),
                submitted.displayName(), submitted.delegation(), submitted.sealedContact(),
                new Sentiment(analysis.label(), analysis.score(), analysis.confidence(), analysis.modelVersion()),
                analysis.intent(), analysis.keywords(), analysis.fingerprint(), SimHash.bands(analysis.fingerprint()), campaignId,
                null, submitted.occurredAt(), indexedAt, null, null);
    }

    public CommentDocument withStatus(String newStatus) {
        return new CommentDocument(commentId, receipt, reportId, sectionKey, sectionPath, anchorId, text, textSegmented, role,
                displayName, delegation, sealedContact, sentiment, intent, keywords, fingerprint, fingerprintBands, campaignId,
                newStatus, submittedAt, indexedAt, moderation, reply);
    }

    /** The same comment for readers who may not see even the sealed contact details. */
    public CommentDocument withoutContact() {
        return new CommentDocument(commentId, receipt, reportId, sectionKey, sectionPath, anchorId, text, textSegmented, role,
                displayName, delegation, null, sentiment, intent, keywords, fingerprint, fingerprintBands, campaignId, status,
                submittedAt, indexedAt,
                moderation, reply);
    }

    /**
     * @param label        {@code positive}, {@code neutral} or {@code negative}
     * @param score        -1 (negative) to 1 (positive)
     * @param modelVersion the model that read it; a rebuild with a newer model re-reads all comments
     */
    public record Sentiment(String label, double score, double confidence, String modelVersion) {
    }

    /** The last moderation decision. */
    public record Moderation(String action, String reason, String moderator, Instant at) {
    }

    /** The official reply, shown with the comment once it is published. */
    public record Reply(String text, String author, String staff, Instant at) {
    }
}
